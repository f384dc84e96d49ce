import { type CreateDelegationRequest, Delegation } from '@contracts/approvals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { approvalKeys } from './query-keys';

/** As sent: instants are ISO strings with offset. */
export type CreateDelegationInput = CreateDelegationRequest;

/** POST /delegations: let somebody act on your approvals for a time (out of office). */
export function createDelegation(input: CreateDelegationInput): Promise<Delegation> {
  return api.post('/delegations', Delegation, { body: input, idempotent: true });
}

export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDelegation,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
  });
}
