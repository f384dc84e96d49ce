import { pageOf } from '@contracts/common';
import { RequisitionSummary } from '@contracts/requisitions';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { type RequisitionListFilter, requisitionKeys } from './query-keys';

export type { RequisitionListFilter } from './query-keys';
export type { RequisitionSummary };

const RequisitionPage = pageOf(RequisitionSummary);
export type RequisitionPage = z.output<typeof RequisitionPage>;

export const REQUISITION_PAGE_SIZE = 25;

export function listRequisitions(
  filter: RequisitionListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<RequisitionPage> {
  return api.get('/requisitions', RequisitionPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? REQUISITION_PAGE_SIZE },
    signal: opts.signal,
  });
}

export const requisitionsQueryOptions = (filter: RequisitionListFilter, limit = REQUISITION_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: requisitionKeys.list(filter, limit),
    queryFn: ({ pageParam, signal }) => listRequisitions(filter, { cursor: pageParam, limit, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** Requisitions matching the filter, newest first, a page at a time. */
export function useRequisitions(
  filter: RequisitionListFilter,
  opts: { limit?: number; enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    ...requisitionsQueryOptions(filter, opts.limit),
    enabled: opts.enabled ?? true,
  });
}
