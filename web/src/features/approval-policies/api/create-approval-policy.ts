import { ApprovalPolicy, type CreateApprovalPolicyRequest } from '@contracts/approvals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { approvalPolicyKeys, auditRootKey } from './query-keys';

/** POST /approval-policies (one enabled policy per document type). */
export function createApprovalPolicy(input: CreateApprovalPolicyRequest): Promise<ApprovalPolicy> {
  return api.post('/approval-policies', ApprovalPolicy, { body: input, idempotent: true });
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
