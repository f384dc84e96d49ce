import type { ApprovalDocumentType } from '../../domain/approvals';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError, type ErrorCode } from '../shared/errors';
import { approvableOf } from './approvable';

/**
 * Approving many documents from the inbox: each one through its own approve use case (so the
 * permission, separation of duties, delegation and the stored route apply exactly as for a single
 * approval), each in its own transaction, so one refusal never holds back the others.
 */
export type BulkApproveItem = {
  documentType: Exclude<ApprovalDocumentType, 'purchase_order_revision'>;
  id: string;
  version: number;
};

export type BulkApproveResult =
  | { documentType: BulkApproveItem['documentType']; id: string; ok: true; status: string; version: number }
  | {
      documentType: BulkApproveItem['documentType'];
      id: string;
      ok: false;
      code: ErrorCode;
      message: string;
    };

export async function bulkApprove(
  ctx: Ctx,
  opts: { actor: Actor; items: BulkApproveItem[]; comment?: string },
): Promise<BulkApproveResult[]> {
  const results: BulkApproveResult[] = [];
  for (const item of opts.items) {
    try {
      const doc = await approvableOf(item.documentType).approve(ctx, {
        actor: opts.actor,
        id: item.id,
        version: item.version,
        comment: opts.comment,
      });
      results.push({
        documentType: item.documentType,
        id: item.id,
        ok: true,
        status: doc.status,
        version: doc.version,
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({
        documentType: item.documentType,
        id: item.id,
        ok: false,
        code: err.code,
        message: err.message,
      });
    }
  }
  return results;
}
