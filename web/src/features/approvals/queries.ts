import {
  BulkApproveResponse,
  type CreateDelegationRequest,
  DelegateCandidate,
  Delegation,
  InboxItem,
} from '@contracts/approvals';
import { pageOf } from '@contracts/common';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { client, newIdempotencyKey, read, send } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';

/**
 * The approval desk through the generated API client: the inbox, bulk approval and the signed-in
 * user's delegations, with their cache keys.
 */

export type { DelegateCandidate, Delegation };

/** Cache keys of the approval desk: the inbox and the signed-in user's delegations. */
export const approvalKeys = {
  all: ['approvals'] as const,
  inbox: (limit?: number) => ['approvals', 'inbox', limit] as const,
  delegations: () => ['approvals', 'delegations'] as const,
  delegateCandidates: () => ['approvals', 'delegate-candidates'] as const,
};

export const auditRootKey = ['audit'] as const;

// ── Inbox ─────────────────────────────────────────────────────────────────────────────────────────

export type ApprovalInboxItem = z.output<typeof InboxItem>;

const InboxPage = pageOf(InboxItem);
export type ApprovalInboxPage = z.output<typeof InboxPage>;

/** An inbox, not an archive: the first page is what the page shows. */
export const INBOX_LIMIT = 100;

/** What waits for the signed-in user's decision (or their delegators'), oldest first. */
export function listApprovalInbox(
  opts: { limit?: number; cursor?: string; signal?: AbortSignal } = {},
): Promise<ApprovalInboxPage> {
  return read(InboxPage, () =>
    client.GET('/api/v1/approvals/inbox', {
      params: { query: { limit: opts.limit ?? INBOX_LIMIT, cursor: opts.cursor } },
      signal: opts.signal,
    }),
  );
}

export const approvalInboxQueryOptions = (limit = INBOX_LIMIT) =>
  queryOptions({
    queryKey: approvalKeys.inbox(limit),
    queryFn: ({ signal }) => listApprovalInbox({ limit, signal }),
  });

export function useApprovalInbox(opts: { limit?: number; enabled?: boolean } = {}) {
  return useQuery({ ...approvalInboxQueryOptions(opts.limit), enabled: opts.enabled ?? true });
}

export type BulkApproveResult = z.output<typeof BulkApproveResponse>['results'][number];
export type BulkApproveItem = {
  documentType: 'purchase_order' | 'requisition' | 'invoice_variance';
  id: string;
  version: number;
};

/** Each document succeeds or fails on its own, with the reason. */
export function bulkApprove(args: {
  items: BulkApproveItem[];
  comment?: string;
}): Promise<BulkApproveResult[]> {
  const comment = args.comment?.trim();
  return read(BulkApproveResponse, () =>
    client.POST('/api/v1/approvals/bulk-approve', {
      body: { items: args.items, ...(comment ? { comment } : {}) },
    }),
  ).then((r) => r.results);
}

export function useBulkApprove() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkApprove,
    onSettled: () => {
      void documentChanged(queryClient, 'approval');
    },
  });
}

// ── Delegations ───────────────────────────────────────────────────────────────────────────────────

const DelegationList = z.object({ items: z.array(Delegation) });
const CandidateList = z.object({ items: z.array(DelegateCandidate) });

/** The signed-in user's delegations, given and received, that have not ended. */
export function listDelegations(signal?: AbortSignal): Promise<Delegation[]> {
  return read(DelegationList, () => client.GET('/api/v1/delegations', { signal })).then((r) => r.items);
}

export const delegationsQueryOptions = () =>
  queryOptions({
    queryKey: approvalKeys.delegations(),
    queryFn: ({ signal }) => listDelegations(signal),
  });

export function useDelegations(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...delegationsQueryOptions(), enabled: opts.enabled ?? true });
}

/**
 * Whom the signed-in user may choose as delegate (active users other than them who may approve), by
 * name; `q` matches name or e-mail.
 */
export function listDelegateCandidates(
  q: string,
  opts: { limit?: number; signal?: AbortSignal } = {},
): Promise<DelegateCandidate[]> {
  return read(CandidateList, () =>
    client.GET('/api/v1/delegations/candidates', {
      params: { query: { q: q || undefined, limit: opts.limit ?? 20 } },
      signal: opts.signal,
    }),
  ).then((r) => r.items);
}

/** As sent: instants are ISO strings with offset. */
export type CreateDelegationInput = CreateDelegationRequest;

/** Let somebody act on your approvals for a time (out of office). */
export function createDelegation(input: CreateDelegationInput): Promise<Delegation> {
  const key = newIdempotencyKey();
  return read(
    Delegation,
    () => client.POST('/api/v1/delegations', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDelegation,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
  });
}

/** End a delegation you gave. */
export function deleteDelegation(id: string): Promise<void> {
  return send(() => client.DELETE('/api/v1/delegations/{id}', { params: { path: { id } } }));
}

export function useDeleteDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDelegation,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
  });
}
