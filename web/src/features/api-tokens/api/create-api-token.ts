import { type CreateApiTokenRequest, CreatedApiToken } from '@contracts/identity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { apiTokenKeys } from './list-api-tokens';

export type CreateApiTokenInput = z.input<typeof CreateApiTokenRequest>;
export type NewApiToken = z.output<typeof CreatedApiToken>;

/** Creates a token; the answer holds the secret, which the server never shows again. */
export function createApiToken(input: CreateApiTokenInput): Promise<NewApiToken> {
  return api.post('/api-tokens', CreatedApiToken, { body: input, idempotent: true });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
