import * as approvals from '../approvals';
import type { Ctx } from '../shared/context';
import { approvePurchaseOrder } from './approve-purchase-order';
import * as repo from './repository';

/** Purchase orders as the approvals capability sees them (inbox rows, notifications, bulk approve). */
export const purchaseOrderApprovable: approvals.Approvable = {
  documentType: 'purchase_order',
  label: 'purchase order',
  link: (id) => `/purchase-orders/${id}`,
  async summaries(ctx: Ctx, ids) {
    const rows = await repo.approvalSummaries(ctx.db, ids);
    return new Map(rows.map((r) => [r.id, { ...r, requesterName: null }]));
  },
  approve: (ctx, opts) => approvePurchaseOrder(ctx, opts),
};

approvals.registerApprovable(purchaseOrderApprovable);
