import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { approvalKeys } from './query-keys';

/** DELETE /delegations/{id}: end a delegation you gave. */
export function deleteDelegation(id: string): Promise<void> {
  return api.send('DELETE', `/delegations/${encodeURIComponent(id)}`);
}

export function useDeleteDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDelegation,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
  });
}
