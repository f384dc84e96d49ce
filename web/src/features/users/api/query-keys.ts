import type { UserListQuery } from '@contracts/identity';
import type { z } from 'zod';

export type UserListFilter = z.input<typeof UserListQuery>;

export const userKeys = {
  all: ['users'] as const,
  lists: () => ['users', 'list'] as const,
  list: (filter: UserListFilter) => ['users', 'list', filter] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export const auditRootKey = ['audit'] as const;
