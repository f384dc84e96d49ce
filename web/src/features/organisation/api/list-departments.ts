import { pageOf } from '@contracts/common';
import { Department, type DepartmentListQuery } from '@contracts/organisation';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { Department };
export type DepartmentListFilter = z.input<typeof DepartmentListQuery>;
const DepartmentPage = pageOf(Department);
export type DepartmentPage = z.output<typeof DepartmentPage>;

export function listDepartments(
  filter: DepartmentListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<DepartmentPage> {
  return api.get('/departments', DepartmentPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 },
    signal: opts.signal,
  });
}

export const departmentsQueryOptions = (filter: DepartmentListFilter) =>
  infiniteQueryOptions({
    queryKey: organisationKeys.departmentList(filter),
    queryFn: ({ pageParam, signal }) => listDepartments(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** The departments page: filtered, in code order, a page at a time. */
export function useDepartments(filter: DepartmentListFilter) {
  return useInfiniteQuery(departmentsQueryOptions(filter));
}

/** Up to 200 departments (active and not), for pickers and for naming a user's department. */
export function listDepartmentOptions(signal?: AbortSignal): Promise<Department[]> {
  return listDepartments({}, { limit: 200, signal }).then((page) => page.items);
}

export const departmentOptionsQueryOptions = () =>
  queryOptions({
    queryKey: organisationKeys.departmentOptions(),
    queryFn: ({ signal }) => listDepartmentOptions(signal),
    staleTime: 5 * 60_000,
  });

/** Pass `enabled: false` for users without organisation:read: the caller then leaves departments out. */
export function useDepartmentOptions(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...departmentOptionsQueryOptions(), enabled: opts.enabled ?? true });
}
