import { User } from '@contracts/identity';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { userKeys } from './query-keys';

export type { User };

export function getUser(id: string, signal?: AbortSignal): Promise<User> {
  return api.get(`/users/${encodeURIComponent(id)}`, User, { signal });
}

export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => getUser(id, signal),
    staleTime: 60_000,
  });

export function useUser(id: string | null | undefined) {
  return useQuery({ ...userQueryOptions(id ?? ''), enabled: !!id });
}
