import type { SupplierListQuery } from '@contracts/suppliers';
import type { z } from 'zod';

export type SupplierListFilter = z.input<typeof SupplierListQuery>;

export const supplierKeys = {
  all: ['suppliers'] as const,
  lists: () => ['suppliers', 'list'] as const,
  list: (filter: SupplierListFilter) => ['suppliers', 'list', filter] as const,
  detail: (id: string) => ['suppliers', 'detail', id] as const,
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
export const auditRootKey = ['audit'] as const;
