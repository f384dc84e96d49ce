import { ApiToken } from '@contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { apiTokenKeys } from './list-api-tokens';

export function revokeApiToken(id: string): Promise<ApiToken> {
  return api.post(`/api-tokens/${encodeURIComponent(id)}/revoke`, ApiToken);
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
