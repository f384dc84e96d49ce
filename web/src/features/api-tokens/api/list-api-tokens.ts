import { ApiToken } from '@contracts/identity';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api';

export type { ApiToken };

const ApiTokenList = z.object({ items: z.array(ApiToken) });

export const apiTokenKeys = {
  all: ['api-tokens'] as const,
  list: (all: boolean) => ['api-tokens', { all }] as const,
};

/** Your tokens; with `all` (administrators) everybody's. */
export function listApiTokens(opts: { all?: boolean; signal?: AbortSignal } = {}): Promise<ApiToken[]> {
  return api
    .get('/api-tokens', ApiTokenList, { query: { all: opts.all ? 'true' : undefined }, signal: opts.signal })
    .then((r) => r.items);
}

export const apiTokensQueryOptions = (all: boolean) =>
  queryOptions({ queryKey: apiTokenKeys.list(all), queryFn: ({ signal }) => listApiTokens({ all, signal }) });

export function useApiTokens(opts: { all?: boolean } = {}) {
  return useQuery(apiTokensQueryOptions(opts.all ?? false));
}
