import { describe, expect, it } from 'vitest';
import {
  isAwaitingDelivery,
  PURCHASE_ORDER_STATUSES,
  type PurchaseOrderStatus,
  purchaseOrderCommitsSpend,
} from '../../src/domain/purchase-orders';
import { isRequisitionOrderable, REQUISITION_STATUSES } from '../../src/domain/requisitions';

/** The rules as procurement and finance state them, written out independently of src/domain. */
const COMMITS: Record<PurchaseOrderStatus, boolean> = {
  draft: false,
  pending_approval: false,
  approved: true,
  sent: true,
  acknowledged: true,
  partially_received: true,
  received: true,
  // What a closed order bought stays spent; a cancelled order never spent anything.
  closed: true,
  cancelled: false,
  on_hold: false, // held from a committed status it commits: see below
};

describe('purchase-order status groups', () => {
  it('counts committed spend from approval on, closed included, cancelled and unapproved not', () => {
    for (const status of PURCHASE_ORDER_STATUSES) {
      if (status === 'on_hold') continue;
      expect({ status, commits: purchaseOrderCommitsSpend({ status, heldFromStatus: null }) }).toEqual({
        status,
        commits: COMMITS[status],
      });
    }
  });

  it('keeps an order on hold committed exactly when the status it was held from is', () => {
    for (const from of PURCHASE_ORDER_STATUSES) {
      expect({
        from,
        commits: purchaseOrderCommitsSpend({ status: 'on_hold', heldFromStatus: from }),
      }).toEqual({ from, commits: COMMITS[from] });
    }
    expect(purchaseOrderCommitsSpend({ status: 'on_hold', heldFromStatus: null })).toBe(false);
  });

  it('awaits delivery from approval until everything is received', () => {
    expect(PURCHASE_ORDER_STATUSES.filter(isAwaitingDelivery)).toEqual([
      'approved',
      'sent',
      'acknowledged',
      'partially_received',
    ]);
  });
});

describe('requisition status groups', () => {
  it('lets buyers order lines of approved and partially ordered requisitions only', () => {
    expect(REQUISITION_STATUSES.filter(isRequisitionOrderable)).toEqual(['approved', 'partially_ordered']);
  });
});
