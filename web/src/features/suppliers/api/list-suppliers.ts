import { pageOf } from '@contracts/common';
import { Supplier } from '@contracts/suppliers';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { type SupplierListFilter, supplierKeys } from './query-keys';

export type { SupplierListFilter } from './query-keys';

const SupplierPage = pageOf(Supplier);
export type SupplierPage = z.output<typeof SupplierPage>;

export const SUPPLIER_PAGE_SIZE = 25;

export function listSuppliers(
  filter: SupplierListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<SupplierPage> {
  return api.get('/suppliers', SupplierPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? SUPPLIER_PAGE_SIZE },
    signal: opts.signal,
  });
}

export const suppliersQueryOptions = (filter: SupplierListFilter) =>
  infiniteQueryOptions({
    queryKey: supplierKeys.list(filter),
    queryFn: ({ pageParam, signal }) => listSuppliers(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export function useSuppliers(filter: SupplierListFilter) {
  return useInfiniteQuery(suppliersQueryOptions(filter));
}
