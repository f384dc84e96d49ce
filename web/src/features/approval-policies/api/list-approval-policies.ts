import { ApprovalPolicy } from '@contracts/approvals';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api';
import { approvalPolicyKeys } from './query-keys';

export type { ApprovalPolicy };

const PolicyList = z.object({ items: z.array(ApprovalPolicy) });

/** GET /approval-policies: every policy, by document type and name. */
export function listApprovalPolicies(signal?: AbortSignal): Promise<ApprovalPolicy[]> {
  return api.get('/approval-policies', PolicyList, { signal }).then((r) => r.items);
}

export const approvalPoliciesQueryOptions = () =>
  queryOptions({
    queryKey: approvalPolicyKeys.list(),
    queryFn: ({ signal }) => listApprovalPolicies(signal),
  });

export function useApprovalPolicies() {
  return useQuery(approvalPoliciesQueryOptions());
}
