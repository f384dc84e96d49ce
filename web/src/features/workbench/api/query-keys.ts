import type { WorkbenchLineQuery } from '@contracts/requisitions';
import type { z } from 'zod';

export type WorkbenchFilter = z.input<typeof WorkbenchLineQuery>;

export const workbenchKeys = {
  all: ['workbench'] as const,
  lines: (filter: WorkbenchFilter) => ['workbench', 'lines', filter] as const,
  price: (query: object) => ['workbench', 'price', query] as const,
};

/** Ordering changes requisitions and creates orders: their cached pages are refreshed. */
export const requisitionsRootKey = ['requisitions'] as const;
export const purchaseOrdersRootKey = ['purchase-orders'] as const;
export const auditRootKey = ['audit'] as const;
