import { AuditEntry, type AuditQuery } from '@contracts/audit';
import { pageOf } from '@contracts/common';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';

export type AuditFilter = z.input<typeof AuditQuery>;
const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.output<typeof AuditPage>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => ['audit', 'list', filter] as const,
};

export function listAuditEntries(
  filter: AuditFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<AuditPage> {
  return api.get('/audit', AuditPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 25 },
    signal: opts.signal,
  });
}

export const auditEntriesQueryOptions = (filter: AuditFilter, limit = 25) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam, signal }) => listAuditEntries(filter, { cursor: pageParam, limit, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useAuditEntries(filter: AuditFilter, opts: { enabled?: boolean; limit?: number } = {}) {
  return useInfiniteQuery({ ...auditEntriesQueryOptions(filter, opts.limit), enabled: opts.enabled ?? true });
}
