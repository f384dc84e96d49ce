import { pageOf } from '@contracts/common';
import {
  type CreateUserRequest,
  type UpdateUserRequest,
  User,
  type UserListQuery,
} from '@contracts/identity';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, isApiError, newIdempotencyKey, read } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * Users through the generated API client: the queries and changes the admin pages use, with their
 * cache keys.
 */

export type { User };
export type UserListFilter = z.input<typeof UserListQuery>;

const UserPage = pageOf(User);
export type UserPage = z.output<typeof UserPage>;

export const userKeys = {
  all: ['users'] as const,
  lists: () => ['users', 'list'] as const,
  list: (filter: UserListFilter) => ['users', 'list', filter] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export const auditRootKey = ['audit'] as const;

// ── Reading ───────────────────────────────────────────────────────────────────────────────────────

export function listUsers(
  filter: UserListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<UserPage> {
  return read(UserPage, () =>
    client.GET('/api/v1/users', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 25 } },
      signal: opts.signal,
    }),
  );
}

export const usersQueryOptions = (filter: UserListFilter) =>
  pagedQueryOptions({
    queryKey: userKeys.list(filter),
    page: (cursor, signal) => listUsers(filter, { cursor, signal }),
  });

export function useUsers(filter: UserListFilter) {
  return useInfiniteQuery(usersQueryOptions(filter));
}

export function getUser(id: string, signal?: AbortSignal): Promise<User> {
  return read(User, () => client.GET('/api/v1/users/{id}', { params: { path: { id } }, signal }));
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

// ── Changing ──────────────────────────────────────────────────────────────────────────────────────

export type CreateUserInput = z.input<typeof CreateUserRequest>;

export function createUser(input: CreateUserInput): Promise<User> {
  const key = newIdempotencyKey();
  return read(
    User,
    () => client.POST('/api/v1/users', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}

export type UpdateUserInput = z.input<typeof UpdateUserRequest>;

/**
 * Changes a user as of `version` (If-Match). Also how an administrator resets a password
 * (`{ password }`): the user's sessions end.
 */
export function updateUser(args: { id: string; version: number; input: UpdateUserInput }): Promise<User> {
  return read(User, () =>
    client.PATCH('/api/v1/users/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: userKeys.detail(id) });
    },
  });
}
