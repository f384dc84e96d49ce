import { pageOf } from '@contracts/common';
import { WorkbenchLine } from '@contracts/requisitions';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { type WorkbenchFilter, workbenchKeys } from './query-keys';

export type { WorkbenchFilter } from './query-keys';
export type { WorkbenchLine };

const WorkbenchPage = pageOf(WorkbenchLine);
export type WorkbenchPage = z.output<typeof WorkbenchPage>;

export const WORKBENCH_PAGE_SIZE = 50;

/** Lines of approved requisitions still to order, by needed-by date, with the price found for each. */
export function listWorkbenchLines(
  filter: WorkbenchFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<WorkbenchPage> {
  return api.get('/workbench/lines', WorkbenchPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? WORKBENCH_PAGE_SIZE },
    signal: opts.signal,
  });
}

export const workbenchLinesQueryOptions = (filter: WorkbenchFilter) =>
  infiniteQueryOptions({
    queryKey: workbenchKeys.lines(filter),
    queryFn: ({ pageParam, signal }) => listWorkbenchLines(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export function useWorkbenchLines(filter: WorkbenchFilter) {
  return useInfiniteQuery(workbenchLinesQueryOptions(filter));
}
