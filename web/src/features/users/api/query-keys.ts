import type { UserListFilter } from './list-users';

export const userKeys = {
  all: ['users'] as const,
  lists: () => ['users', 'list'] as const,
  list: (filter: UserListFilter) => ['users', 'list', filter] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export const auditRootKey = ['audit'] as const;
