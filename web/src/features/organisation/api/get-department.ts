import { Department } from '@contracts/organisation';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export function getDepartment(id: string, signal?: AbortSignal): Promise<Department> {
  return api.get(`/departments/${encodeURIComponent(id)}`, Department, { signal });
}

export const departmentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: organisationKeys.department(id),
    queryFn: ({ signal }) => getDepartment(id, signal),
  });

export function useDepartment(id: string) {
  return useQuery(departmentQueryOptions(id));
}
