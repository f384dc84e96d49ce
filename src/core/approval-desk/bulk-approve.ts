import * as purchaseOrders from '../purchase-orders';
import * as requisitions from '../requisitions';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError, type ErrorCode } from '../shared/errors';

/**
 * Approving many documents from the inbox: each one through its own approve use case (so
 * separation of duties, delegation and the stored route apply exactly as for a single approval),
 * each in its own transaction, so one refusal never holds back the others.
 */
export type BulkApproveItem = { documentType: 'purchase_order' | 'requisition'; id: string; version: number };

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
      if (item.documentType === 'purchase_order' && !can(opts.actor, 'purchase_orders:approve')) {
        throw AppError.forbidden(
          'You cannot approve purchase orders: your roles do not include an approver role.',
        );
      }
      const doc =
        item.documentType === 'purchase_order'
          ? await purchaseOrders.approvePurchaseOrder(ctx, {
              actor: opts.actor,
              id: item.id,
              version: item.version,
              comment: opts.comment,
            })
          : await requisitions.approveRequisition(ctx, {
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
