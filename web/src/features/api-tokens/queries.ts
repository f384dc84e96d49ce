import { ApiToken, type CreateApiTokenRequest, CreatedApiToken } from '@contracts/identity';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { client, newIdempotencyKey, read } from '@/lib/api';

/** Personal API tokens through the generated API client: the list, creating and revoking, with their cache keys. */

export type { ApiToken };
export type CreateApiTokenInput = z.input<typeof CreateApiTokenRequest>;
export type NewApiToken = z.output<typeof CreatedApiToken>;

const ApiTokenList = z.object({ items: z.array(ApiToken) });

export const apiTokenKeys = {
  all: ['api-tokens'] as const,
  list: (all: boolean) => ['api-tokens', { all }] as const,
};

/** Your tokens; with `all` (administrators) everybody's. */
export function listApiTokens(opts: { all?: boolean; signal?: AbortSignal } = {}): Promise<ApiToken[]> {
  return read(ApiTokenList, () =>
    client.GET('/api/v1/api-tokens', {
      params: { query: { all: opts.all ? 'true' : undefined } },
      signal: opts.signal,
    }),
  ).then((r) => r.items);
}

export const apiTokensQueryOptions = (all: boolean) =>
  queryOptions({ queryKey: apiTokenKeys.list(all), queryFn: ({ signal }) => listApiTokens({ all, signal }) });

export function useApiTokens(opts: { all?: boolean } = {}) {
  return useQuery(apiTokensQueryOptions(opts.all ?? false));
}

/** Creates a token; the answer holds the secret, which the server never shows again. */
export function createApiToken(input: CreateApiTokenInput): Promise<NewApiToken> {
  const key = newIdempotencyKey();
  return read(
    CreatedApiToken,
    () => client.POST('/api/v1/api-tokens', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}

export function revokeApiToken(id: string): Promise<ApiToken> {
  return read(ApiToken, () => client.POST('/api/v1/api-tokens/{id}/revoke', { params: { path: { id } } }));
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
