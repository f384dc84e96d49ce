import { pageOf } from '@contracts/common';
import { User } from '@contracts/identity';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { type UserListFilter, userKeys } from './query-keys';

export type { UserListFilter } from './query-keys';

const UserPage = pageOf(User);
export type UserPage = z.output<typeof UserPage>;

export function listUsers(
  filter: UserListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<UserPage> {
  return api.get('/users', UserPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 25 },
    signal: opts.signal,
  });
}

export const usersQueryOptions = (filter: UserListFilter) =>
  infiniteQueryOptions({
    queryKey: userKeys.list(filter),
    queryFn: ({ pageParam, signal }) => listUsers(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export function useUsers(filter: UserListFilter) {
  return useInfiniteQuery(usersQueryOptions(filter));
}
