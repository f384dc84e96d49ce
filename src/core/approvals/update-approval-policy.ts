import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { policyWriteError, stepRows } from './create-approval-policy';
import { type ApprovalPolicy, type ApprovalPolicyStepInput, auditedPolicy, toPolicy } from './policy';
import * as repo from './repository';
import { assertValidSteps } from './validate-approval-policy';

export type UpdateApprovalPolicyInput = {
  name?: string;
  enabled?: boolean;
  steps?: ApprovalPolicyStepInput[];
  reapproveWhenTotalRises?: ApprovalPolicy['reapproveWhenTotalRises'];
};

/**
 * Renames, enables, disables or redefines a policy. Documents already submitted keep the route
 * they were given: only later submissions see the change.
 */
export async function updateApprovalPolicy(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdateApprovalPolicyInput },
): Promise<ApprovalPolicy> {
  const { input } = opts;
  let documentType = '';
  try {
    return await ctx.db.transaction(async (tx) => {
      const txCtx = { ...ctx, db: tx };
      const beforeRow = await repo.findPolicyById(tx, opts.id, { forUpdate: true });
      if (!beforeRow) throw AppError.notFound('Approval policy', opts.id);
      documentType = beforeRow.documentType;
      assertVersion(beforeRow.version, opts.version);
      const before = toPolicy(beforeRow, await repo.findPolicySteps(tx, [opts.id]));
      if (input.steps) await assertValidSteps(txCtx, input.steps, beforeRow.documentType);
      const now = ctx.clock.now();
      const patch: Partial<repo.PolicyInsert> = { updatedAt: now };
      if (input.name !== undefined) patch.name = input.name.trim();
      if (input.enabled !== undefined) patch.enabled = input.enabled;
      if (input.reapproveWhenTotalRises !== undefined) {
        patch.reapproveRisePercent = input.reapproveWhenTotalRises.percent;
        patch.reapproveRiseAmount = input.reapproveWhenTotalRises.amount;
      }
      const row = await repo.updatePolicy(tx, opts.id, opts.version, patch);
      if (!row) throw AppError.conflict('The approval policy changed while saving; reload and try again.');
      if (input.steps)
        await repo.replacePolicySteps(tx, opts.id, stepRows(opts.id, input.steps, now.getTime()));
      const after = toPolicy(row, await repo.findPolicySteps(tx, [opts.id]));
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'approval_policy',
        entityId: opts.id,
        action: 'update',
        changes: { policy: { before: auditedPolicy(before), after: auditedPolicy(after) } },
      });
      return after;
    });
  } catch (err) {
    throw policyWriteError(err, { name: input.name?.trim(), documentType });
  }
}
