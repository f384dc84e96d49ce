import { ApprovalPolicy, type UpdateApprovalPolicyRequest } from '@contracts/approvals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api';
import { approvalPolicyKeys, auditRootKey } from './query-keys';

/** PATCH /approval-policies/{id} with If-Match: rename, enable, disable, or replace every step. */
export function updateApprovalPolicy(args: {
  id: string;
  version: number;
  input: UpdateApprovalPolicyRequest;
}): Promise<ApprovalPolicy> {
  return api.patch(`/approval-policies/${encodeURIComponent(args.id)}`, ApprovalPolicy, {
    body: args.input,
    version: args.version,
  });
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
