import {
  ApprovalPolicy,
  type CreateApprovalPolicyRequest,
  type UpdateApprovalPolicyRequest,
} from '@contracts/approvals';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { client, ifMatch, isApiError, newIdempotencyKey, read } from '@/lib/api';

/**
 * Approval policies through the generated API client: the queries and changes the admin pages use,
 * with their cache keys.
 */

export type { ApprovalPolicy };

export const approvalPolicyKeys = {
  all: ['approval-policies'] as const,
  list: () => ['approval-policies', 'list'] as const,
  detail: (id: string) => ['approval-policies', 'detail', id] as const,
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
export const auditRootKey = ['audit'] as const;

const PolicyList = z.object({ items: z.array(ApprovalPolicy) });

// ── Reading ───────────────────────────────────────────────────────────────────────────────────────

/** Every policy, by document type and name. */
export function listApprovalPolicies(signal?: AbortSignal): Promise<ApprovalPolicy[]> {
  return read(PolicyList, () => client.GET('/api/v1/approval-policies', { signal })).then((r) => r.items);
}

export const approvalPoliciesQueryOptions = () =>
  queryOptions({
    queryKey: approvalPolicyKeys.list(),
    queryFn: ({ signal }) => listApprovalPolicies(signal),
  });

export function useApprovalPolicies() {
  return useQuery(approvalPoliciesQueryOptions());
}

export function getApprovalPolicy(id: string, signal?: AbortSignal): Promise<ApprovalPolicy> {
  return read(ApprovalPolicy, () =>
    client.GET('/api/v1/approval-policies/{id}', { params: { path: { id } }, signal }),
  );
}

export const approvalPolicyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: approvalPolicyKeys.detail(id),
    queryFn: ({ signal }) => getApprovalPolicy(id, signal),
  });

export function useApprovalPolicy(id: string, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...approvalPolicyQueryOptions(id), enabled: opts.enabled ?? true });
}

// ── Changing ──────────────────────────────────────────────────────────────────────────────────────

/** One enabled policy per document type. */
export function createApprovalPolicy(input: CreateApprovalPolicyRequest): Promise<ApprovalPolicy> {
  const key = newIdempotencyKey();
  return read(
    ApprovalPolicy,
    () =>
      client.POST('/api/v1/approval-policies', {
        body: input,
        params: { header: { 'Idempotency-Key': key } },
      }),
    { retry: true },
  );
}

export function useCreateApprovalPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApprovalPolicy,
    onSuccess: (policy) => {
      queryClient.setQueryData(approvalPolicyKeys.detail(policy.id), policy);
      void queryClient.invalidateQueries({ queryKey: approvalPolicyKeys.list() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

/** Saves `version` with If-Match: rename, enable, disable, or replace every step. */
export function updateApprovalPolicy(args: {
  id: string;
  version: number;
  input: UpdateApprovalPolicyRequest;
}): Promise<ApprovalPolicy> {
  return read(ApprovalPolicy, () =>
    client.PATCH('/api/v1/approval-policies/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateApprovalPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateApprovalPolicy,
    onSuccess: (policy) => {
      queryClient.setQueryData(approvalPolicyKeys.detail(policy.id), policy);
      void queryClient.invalidateQueries({ queryKey: approvalPolicyKeys.list() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: approvalPolicyKeys.detail(id) });
    },
  });
}
