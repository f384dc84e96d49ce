import { AuditChainReport, AuditEntry, type AuditQuery } from '@contracts/audit';
import { pageOf } from '@contracts/common';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, read } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * The audit trail through the generated API client: the list of entries and the verification of the
 * chain, with their cache keys.
 */

export type AuditFilter = z.input<typeof AuditQuery>;
const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.output<typeof AuditPage>;
export type ChainReport = z.output<typeof AuditChainReport>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => ['audit', 'list', filter] as const,
};

export function listAuditEntries(
  filter: AuditFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<AuditPage> {
  return read(AuditPage, () =>
    client.GET('/api/v1/audit', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 25 } },
      signal: opts.signal,
    }),
  );
}

export const auditEntriesQueryOptions = (filter: AuditFilter, limit = 25) =>
  pagedQueryOptions({
    queryKey: auditKeys.list(filter),
    page: (cursor, signal) => listAuditEntries(filter, { cursor, limit, signal }),
    keepPrevious: false,
  });

export function useAuditEntries(filter: AuditFilter, opts: { enabled?: boolean; limit?: number } = {}) {
  return useInfiniteQuery({ ...auditEntriesQueryOptions(filter, opts.limit), enabled: opts.enabled ?? true });
}

/** Verifies the audit trail on the server (entries, checkpoints, published copy) and reports its faults. */
export function verifyAuditChain(): Promise<ChainReport> {
  return read(AuditChainReport, () => client.POST('/api/v1/audit/verify'));
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
