import type { ApprovalDocumentType } from '../../domain/approvals';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type ApprovalPolicy, toPolicy } from './policy';
import * as repo from './repository';

export async function getApprovalPolicy(ctx: Ctx, opts: { id: string }): Promise<ApprovalPolicy> {
  const row = await repo.findPolicyById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Approval policy', opts.id);
  return toPolicy(row, await repo.findPolicySteps(ctx.db, [row.id]));
}

/** Every policy (there are few), by document type and name. */
export async function listApprovalPolicies(
  ctx: Ctx,
  opts: { documentType?: ApprovalDocumentType },
): Promise<ApprovalPolicy[]> {
  const rows = await repo.listPolicies(ctx.db, opts.documentType);
  const steps = await repo.findPolicySteps(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    toPolicy(
      r,
      steps.filter((s) => s.policyId === r.id),
    ),
  );
}

/** The enabled policy of a document type, or null when none is: documents keep single-step approval. */
export async function findEnabledPolicy(
  ctx: Ctx,
  documentType: ApprovalDocumentType,
): Promise<ApprovalPolicy | null> {
  const row = await repo.findEnabledPolicy(ctx.db, documentType);
  if (!row) return null;
  return toPolicy(row, await repo.findPolicySteps(ctx.db, [row.id]));
}
