import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, organisationKeys } from './query-keys';

export function deleteExchangeRate(args: { id: string; version: number }): Promise<void> {
  return api.send('DELETE', `/exchange-rates/${encodeURIComponent(args.id)}`, { version: args.version });
}

export function useDeleteExchangeRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteExchangeRate,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.rates });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
