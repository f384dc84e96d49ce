import { pageOf } from '@contracts/common';
import { PurchaseOrderRevision as RevisionSchema } from '@contracts/purchase-orders';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { purchaseOrderKeys } from './query-keys';

export type PurchaseOrderRevision = z.output<typeof RevisionSchema>;
const RevisionPage = pageOf(RevisionSchema);
export type RevisionPage = z.output<typeof RevisionPage>;

/** The change orders of a purchase order, newest first, each with its diff. */
export function listRevisions(
  id: string,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<RevisionPage> {
  return api.get(`/purchase-orders/${encodeURIComponent(id)}/revisions`, RevisionPage, {
    query: { cursor: opts.cursor, limit: opts.limit ?? 20 },
    signal: opts.signal,
  });
}

export const revisionsQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: purchaseOrderKeys.revisions(id),
    queryFn: ({ pageParam, signal }) => listRevisions(id, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useRevisions(id: string, opts: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...revisionsQueryOptions(id), enabled: opts.enabled ?? true });
}
