import { pageOf } from '@contracts/common';
import { PurchaseOrderSummary } from '@contracts/purchase-orders';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { type PurchaseOrderListFilter, purchaseOrderKeys } from './query-keys';

export type { PurchaseOrderListFilter } from './query-keys';
export type { PurchaseOrderSummary };

const PurchaseOrderPage = pageOf(PurchaseOrderSummary);
export type PurchaseOrderPage = z.output<typeof PurchaseOrderPage>;

export const PURCHASE_ORDER_PAGE_SIZE = 25;

export function listPurchaseOrders(
  filter: PurchaseOrderListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<PurchaseOrderPage> {
  return api.get('/purchase-orders', PurchaseOrderPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? PURCHASE_ORDER_PAGE_SIZE },
    signal: opts.signal,
  });
}

export const purchaseOrdersQueryOptions = (
  filter: PurchaseOrderListFilter,
  limit = PURCHASE_ORDER_PAGE_SIZE,
) =>
  infiniteQueryOptions({
    queryKey: purchaseOrderKeys.list(filter, limit),
    queryFn: ({ pageParam, signal }) => listPurchaseOrders(filter, { cursor: pageParam, limit, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** Purchase orders matching the filter, newest first, a page at a time. */
export function usePurchaseOrders(
  filter: PurchaseOrderListFilter,
  opts: { limit?: number; enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    ...purchaseOrdersQueryOptions(filter, opts.limit),
    enabled: opts.enabled ?? true,
  });
}
