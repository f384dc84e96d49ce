import { ApprovalPolicy } from '@contracts/approvals';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { approvalPolicyKeys } from './query-keys';

/** GET /approval-policies/{id}. */
export function getApprovalPolicy(id: string, signal?: AbortSignal): Promise<ApprovalPolicy> {
  return api.get(`/approval-policies/${encodeURIComponent(id)}`, ApprovalPolicy, { signal });
}

export const approvalPolicyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: approvalPolicyKeys.detail(id),
    queryFn: ({ signal }) => getApprovalPolicy(id, signal),
  });

export function useApprovalPolicy(id: string, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...approvalPolicyQueryOptions(id), enabled: opts.enabled ?? true });
}
