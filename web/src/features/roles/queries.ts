import { type RoleDefinition, RoleList } from '@contracts/organisation';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, read } from '@/lib/api';

/** The roles through the generated API client: the query the pages use, with its cache key. */

export type { RoleDefinition };

/** Every role with its label and the permissions it grants (GET /roles). */
export function listRoles(signal?: AbortSignal): Promise<RoleDefinition[]> {
  return read(RoleList, () => client.GET('/api/v1/roles', { signal })).then((list) => list.items);
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
