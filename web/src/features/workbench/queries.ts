import { pageOf } from '@contracts/common';
import {
  WorkbenchLine,
  type WorkbenchLineQuery,
  type WorkbenchOrderRequest,
  WorkbenchOrderResult,
} from '@contracts/requisitions';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, newIdempotencyKey, read } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * The buyer's workbench through the generated API client: the requisition lines still to order and
 * ordering them, with their cache keys. Paths, parameters and bodies are checked against the API
 * description.
 */

export type { WorkbenchLine, WorkbenchOrderRequest, WorkbenchOrderResult };
export type WorkbenchFilter = z.input<typeof WorkbenchLineQuery>;

export const workbenchKeys = {
  all: ['workbench'] as const,
  lines: (filter: WorkbenchFilter) => ['workbench', 'lines', filter] as const,
  price: (query: object) => ['workbench', 'price', query] as const,
};

export const auditRootKey = ['audit'] as const;

const WorkbenchPage = pageOf(WorkbenchLine);
export type WorkbenchPage = z.output<typeof WorkbenchPage>;

export const WORKBENCH_PAGE_SIZE = 50;

/** Lines of approved requisitions still to order, by needed-by date, with the price found for each. */
export function listWorkbenchLines(
  filter: WorkbenchFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<WorkbenchPage> {
  return read(WorkbenchPage, () =>
    client.GET('/api/v1/workbench/lines', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? WORKBENCH_PAGE_SIZE } },
      signal: opts.signal,
    }),
  );
}

export const workbenchLinesQueryOptions = (filter: WorkbenchFilter) =>
  pagedQueryOptions({
    queryKey: workbenchKeys.lines(filter),
    page: (cursor, signal) => listWorkbenchLines(filter, { cursor, signal }),
  });

export function useWorkbenchLines(filter: WorkbenchFilter) {
  return useInfiniteQuery(workbenchLinesQueryOptions(filter));
}

/**
 * Orders the picked requisition lines: one draft purchase order per supplier, all or none. A 422
 * names the picked line ("lines[2].unitPrice") that could not be ordered.
 */
export function createOrdersFromLines(input: WorkbenchOrderRequest): Promise<WorkbenchOrderResult> {
  const key = newIdempotencyKey();
  return read(
    WorkbenchOrderResult,
    () =>
      client.POST('/api/v1/workbench/purchase-orders', {
        body: input,
        params: { header: { 'Idempotency-Key': key } },
      }),
    { retry: true },
  );
}

export function useCreateOrdersFromLines() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrdersFromLines,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: workbenchKeys.all });
      void documentChanged(queryClient, 'purchase_order');
    },
  });
}
