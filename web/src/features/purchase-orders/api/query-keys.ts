import type { PurchaseOrderListQuery } from '@contracts/purchase-orders';
import type { z } from 'zod';

export type PurchaseOrderListFilter = z.input<typeof PurchaseOrderListQuery>;

export const purchaseOrderKeys = {
  all: ['purchase-orders'] as const,
  lists: () => ['purchase-orders', 'list'] as const,
  list: (filter: PurchaseOrderListFilter, limit?: number) =>
    ['purchase-orders', 'list', filter, limit] as const,
  detail: (id: string) => ['purchase-orders', 'detail', id] as const,
  revisions: (id: string) => ['purchase-orders', 'revisions', id] as const,
  /** Keyed by version too: any change to the order (edit, submit, decision) asks for the route again. */
  approvalRoute: (id: string, version: number) => ['purchase-orders', 'approval-route', id, version] as const,
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
export const auditRootKey = ['audit'] as const;

/** Orders change what is ordered of requisition lines: their pages and the workbench follow. */
export const requisitionsRootKey = ['requisitions'] as const;
export const workbenchRootKey = ['workbench'] as const;
