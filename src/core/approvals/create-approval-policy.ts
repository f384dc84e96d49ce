import type { ApprovalDocumentType } from '../../domain/approvals';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { constraintOf, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { type ApprovalPolicy, type ApprovalPolicyStepInput, auditedPolicy, toPolicy } from './policy';
import * as repo from './repository';
import { anotherPolicyEnabled, assertValidSteps, policyNameTaken } from './validate-approval-policy';

export type CreateApprovalPolicyInput = {
  documentType: ApprovalDocumentType;
  name: string;
  enabled: boolean;
  steps: ApprovalPolicyStepInput[];
  /** Default: 10 % or 1,000 in base currency. */
  reapproveWhenTotalRises?: ApprovalPolicy['reapproveWhenTotalRises'];
};

export function stepRows(
  policyId: string,
  steps: ApprovalPolicyStepInput[],
  now: number,
): repo.PolicyStepInsert[] {
  return steps.map((s, i) => ({
    id: newId(now),
    policyId,
    position: i + 1,
    level: s.level,
    name: s.name.trim(),
    condition: s.condition,
    approvers: s.approvers,
    mode: s.mode,
    reminderHours: s.reminderHours,
    escalationHours: s.escalationHours,
    fallbackUserId: s.fallbackUserId,
  }));
}

/** Maps the unique keys of policies to the errors an admin can act on. */
export function policyWriteError(err: unknown, input: { name?: string; documentType: string }): unknown {
  if (!isUniqueViolation(err)) return err;
  if (constraintOf(err) === 'approval_policies_enabled_type_key')
    return anotherPolicyEnabled(input.documentType);
  return policyNameTaken(input.name ?? '');
}

export async function createApprovalPolicy(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateApprovalPolicyInput },
): Promise<ApprovalPolicy> {
  const { input } = opts;
  try {
    return await ctx.db.transaction(async (tx) => {
      const txCtx = { ...ctx, db: tx };
      await assertValidSteps(txCtx, input.steps, input.documentType);
      const now = ctx.clock.now();
      const id = newId(now.getTime());
      const row = await repo.insertPolicy(tx, {
        id,
        documentType: input.documentType,
        name: input.name.trim(),
        enabled: input.enabled,
        ...(input.reapproveWhenTotalRises && {
          reapproveRisePercent: input.reapproveWhenTotalRises.percent,
          reapproveRiseAmount: input.reapproveWhenTotalRises.amount,
        }),
        createdAt: now,
        updatedAt: now,
      });
      await repo.replacePolicySteps(tx, id, stepRows(id, input.steps, now.getTime()));
      const policy = toPolicy(row, await repo.findPolicySteps(tx, [id]));
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'approval_policy',
        entityId: id,
        action: 'create',
        changes: { policy: { before: null, after: auditedPolicy(policy) } },
      });
      return policy;
    });
  } catch (err) {
    throw policyWriteError(err, { name: input.name.trim(), documentType: input.documentType });
  }
}
