import { ImportResult, pageOf } from '@contracts/common';
import {
  type CreateSupplierRequest,
  Supplier,
  type SupplierListQuery,
  type SupplierStatus,
  type UpdateSupplierRequest,
} from '@contracts/suppliers';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, importFileBody, isApiError, newIdempotencyKey, read } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * Suppliers through the generated API client: the queries and changes the pages use, with their
 * cache keys, and the CSV export and import.
 */

export type { CreateSupplierRequest, Supplier, UpdateSupplierRequest };
export type SupplierListFilter = z.input<typeof SupplierListQuery>;

const SupplierPage = pageOf(Supplier);
export type SupplierPage = z.output<typeof SupplierPage>;

export const SUPPLIER_PAGE_SIZE = 25;

export const supplierKeys = {
  all: ['suppliers'] as const,
  lists: () => ['suppliers', 'list'] as const,
  list: (filter: SupplierListFilter) => ['suppliers', 'list', filter] as const,
  detail: (id: string) => ['suppliers', 'detail', id] as const,
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
const auditRootKey = ['audit'] as const;

// ── Reading ───────────────────────────────────────────────────────────────────────────────────────

export function listSuppliers(
  filter: SupplierListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<SupplierPage> {
  return read(SupplierPage, () =>
    client.GET('/api/v1/suppliers', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? SUPPLIER_PAGE_SIZE } },
      signal: opts.signal,
    }),
  );
}

export const suppliersQueryOptions = (filter: SupplierListFilter) =>
  pagedQueryOptions({
    queryKey: supplierKeys.list(filter),
    page: (cursor, signal) => listSuppliers(filter, { cursor, signal }),
  });

export function useSuppliers(filter: SupplierListFilter) {
  return useInfiniteQuery(suppliersQueryOptions(filter));
}

export function getSupplier(id: string, signal?: AbortSignal): Promise<Supplier> {
  return read(Supplier, () => client.GET('/api/v1/suppliers/{id}', { params: { path: { id } }, signal }));
}

export const supplierQueryOptions = (id: string) =>
  queryOptions({ queryKey: supplierKeys.detail(id), queryFn: ({ signal }) => getSupplier(id, signal) });

export function useSupplier(id: string) {
  return useQuery(supplierQueryOptions(id));
}

// ── Changing ──────────────────────────────────────────────────────────────────────────────────────

export function createSupplier(input: CreateSupplierRequest): Promise<Supplier> {
  const key = newIdempotencyKey();
  return read(
    Supplier,
    () => client.POST('/api/v1/suppliers', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateSupplier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSupplier,
    onSuccess: (supplier) => {
      queryClient.setQueryData(supplierKeys.detail(supplier.id), supplier);
      void queryClient.invalidateQueries({ queryKey: supplierKeys.lists() });
    },
  });
}

/** Saves changes made to `version` of the supplier; a 412 means someone else saved first. */
export function updateSupplier(args: {
  id: string;
  version: number;
  input: UpdateSupplierRequest;
}): Promise<Supplier> {
  return read(Supplier, () =>
    client.PATCH('/api/v1/suppliers/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateSupplier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSupplier,
    onSuccess: (supplier) => {
      queryClient.setQueryData(supplierKeys.detail(supplier.id), supplier);
      void queryClient.invalidateQueries({ queryKey: supplierKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

/** The transition verbs of a supplier's status (POST /suppliers/{id}/hold | block | activate). */
export const STATUS_VERBS = {
  on_hold: 'hold',
  blocked: 'block',
  active: 'activate',
} as const satisfies Record<SupplierStatus, string>;

const STATUS_PATHS = {
  on_hold: '/api/v1/suppliers/{id}/hold',
  blocked: '/api/v1/suppliers/{id}/block',
  active: '/api/v1/suppliers/{id}/activate',
} as const satisfies Record<
  SupplierStatus,
  `/api/v1/suppliers/{id}/${(typeof STATUS_VERBS)[SupplierStatus]}`
>;

export function changeSupplierStatus(args: {
  id: string;
  version: number;
  to: SupplierStatus;
  reason?: string;
}): Promise<Supplier> {
  return read(Supplier, () =>
    client.POST(STATUS_PATHS[args.to], {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.reason ? { reason: args.reason } : {},
    }),
  );
}

export function useChangeSupplierStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeSupplierStatus,
    onSuccess: (supplier) => {
      queryClient.setQueryData(supplierKeys.detail(supplier.id), supplier);
      void queryClient.invalidateQueries({ queryKey: supplierKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error, { id }) => {
      // Stale version: fetch the current one so a second try is based on it.
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: supplierKeys.detail(id) });
    },
  });
}

/** The columns of the suppliers CSV (the server's import accepts exactly these). */
export { SUPPLIER_IMPORT_COLUMNS as SUPPLIER_CSV_COLUMNS } from '../../../../src/domain/import-columns';

/**
 * Uploads a CSV file or workbook of suppliers as the request body: all rows or none; a 422 lists
 * every bad row. An upload the network lost is sent once more with the same Idempotency-Key.
 */
export function importSuppliers(file: File): Promise<z.output<typeof ImportResult>> {
  const key = newIdempotencyKey();
  return read(
    ImportResult,
    () =>
      client.POST('/api/v1/suppliers/import', {
        ...importFileBody(file),
        params: { header: { 'Idempotency-Key': key } },
      }),
    { retry: true },
  );
}

export function useImportSuppliers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importSuppliers,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: supplierKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
