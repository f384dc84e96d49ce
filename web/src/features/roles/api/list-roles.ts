import { type RoleDefinition, RoleList } from '@contracts/organisation';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';

export type { RoleDefinition };

/** Every role with its label and the permissions it grants (GET /roles). */
export function listRoles(signal?: AbortSignal): Promise<RoleDefinition[]> {
  return api.get('/roles', RoleList, { signal }).then((list) => list.items);
}

export const rolesQueryOptions = () =>
  queryOptions({
    queryKey: ['roles'] as const,
    queryFn: ({ signal }) => listRoles(signal),
    staleTime: 10 * 60_000,
  });

export function useRoles() {
  return useQuery(rolesQueryOptions());
}
