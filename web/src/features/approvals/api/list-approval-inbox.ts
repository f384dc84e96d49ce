import { InboxItem } from '@contracts/approvals';
import { pageOf } from '@contracts/common';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { approvalKeys } from './query-keys';

export type ApprovalInboxItem = z.output<typeof InboxItem>;

const InboxPage = pageOf(InboxItem);
export type ApprovalInboxPage = z.output<typeof InboxPage>;

/** An inbox, not an archive: the first page is what the page shows. */
export const INBOX_LIMIT = 100;

/** GET /approvals/inbox: what waits for the signed-in user's decision (or their delegators'), oldest first. */
export function listApprovalInbox(
  opts: { limit?: number; cursor?: string; signal?: AbortSignal } = {},
): Promise<ApprovalInboxPage> {
  return api.get('/approvals/inbox', InboxPage, {
    query: { limit: opts.limit ?? INBOX_LIMIT, cursor: opts.cursor },
    signal: opts.signal,
  });
}

export const approvalInboxQueryOptions = (limit = INBOX_LIMIT) =>
  queryOptions({
    queryKey: approvalKeys.inbox(limit),
    queryFn: ({ signal }) => listApprovalInbox({ limit, signal }),
  });

export function useApprovalInbox(opts: { limit?: number; enabled?: boolean } = {}) {
  return useQuery({ ...approvalInboxQueryOptions(opts.limit), enabled: opts.enabled ?? true });
}
