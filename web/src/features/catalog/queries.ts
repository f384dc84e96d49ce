import {
  type CreateItemCategoryRequest,
  type CreateItemRequest,
  type CreatePriceListEntryRequest,
  type CreateUnitRequest,
  Item,
  ItemCategory,
  type ItemCategoryListQuery,
  type ItemListQuery,
  PriceListEntry,
  type PriceListEntryListQuery,
  PriceLookup,
  type PriceLookupQuery,
  Unit,
  type UnitListQuery,
  type UpdateItemCategoryRequest,
  type UpdateItemRequest,
  type UpdatePriceListEntryRequest,
  type UpdateUnitRequest,
} from '@contracts/catalog';
import { ImportResult, pageOf } from '@contracts/common';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, importFileBody, isApiError, newIdempotencyKey, read, send } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * The catalog through the generated API client: item categories, units of measure, items, supplier
 * price lists and the price lookup, with their cache keys. Paths, parameters and bodies are checked
 * against the API description.
 */

export type {
  CreateItemCategoryRequest,
  CreateItemRequest,
  CreatePriceListEntryRequest,
  CreateUnitRequest,
  Item,
  ItemCategory,
  PriceListEntry,
  PriceLookup,
  Unit,
  UpdateItemCategoryRequest,
  UpdateItemRequest,
  UpdatePriceListEntryRequest,
  UpdateUnitRequest,
};

/** Query keys of the catalog: each kind of record under its own prefix, so a change refreshes just that kind. */
export const catalogKeys = {
  all: ['catalog'] as const,
  categories: ['catalog', 'item-categories'] as const,
  categoryLists: () => ['catalog', 'item-categories', 'list'] as const,
  categoryList: (filter: object) => ['catalog', 'item-categories', 'list', filter] as const,
  categoryOptions: () => ['catalog', 'item-categories', 'options'] as const,
  category: (id: string) => ['catalog', 'item-categories', 'detail', id] as const,
  units: ['catalog', 'units'] as const,
  unitList: (filter: object) => ['catalog', 'units', 'list', filter] as const,
  unitOptions: () => ['catalog', 'units', 'options'] as const,
  unit: (code: string) => ['catalog', 'units', 'detail', code] as const,
  items: ['catalog', 'items'] as const,
  itemLists: () => ['catalog', 'items', 'list'] as const,
  itemList: (filter: object) => ['catalog', 'items', 'list', filter] as const,
  /** The item picker's searches and resolved options. */
  itemPicker: () => ['catalog', 'items', 'picker'] as const,
  item: (id: string) => ['catalog', 'items', 'detail', id] as const,
  prices: ['catalog', 'prices'] as const,
  priceList: (filter: object) => ['catalog', 'prices', 'list', filter] as const,
  priceLookup: (query: object) => ['catalog', 'prices', 'lookup', query] as const,
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
export const auditRootKey = ['audit'] as const;

// ── Item categories ───────────────────────────────────────────────────────────────────────────────

export type ItemCategoryListFilter = z.input<typeof ItemCategoryListQuery>;
const ItemCategoryPage = pageOf(ItemCategory);
export type ItemCategoryPage = z.output<typeof ItemCategoryPage>;

export function listItemCategories(
  filter: ItemCategoryListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<ItemCategoryPage> {
  return read(ItemCategoryPage, () =>
    client.GET('/api/v1/item-categories', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 } },
      signal: opts.signal,
    }),
  );
}

export const itemCategoriesQueryOptions = (filter: ItemCategoryListFilter) =>
  pagedQueryOptions({
    queryKey: catalogKeys.categoryList(filter),
    page: (cursor, signal) => listItemCategories(filter, { cursor, signal }),
  });

/** The categories page: filtered, in code order, a page at a time. */
export function useItemCategories(filter: ItemCategoryListFilter) {
  return useInfiniteQuery(itemCategoriesQueryOptions(filter));
}

/** Up to 200 item categories (active and not), for pickers and for naming categories of a record. */
export function listItemCategoryOptions(signal?: AbortSignal): Promise<ItemCategory[]> {
  return listItemCategories({}, { limit: 200, signal }).then((page) => page.items);
}

export const itemCategoryOptionsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.categoryOptions(),
    queryFn: ({ signal }) => listItemCategoryOptions(signal),
    staleTime: 5 * 60_000,
  });

/** Pass `enabled: false` for users without catalog:read: the caller then leaves categories out. */
export function useItemCategoryOptions(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...itemCategoryOptionsQueryOptions(), enabled: opts.enabled ?? true });
}

/** One item category: the current version, e.g. to reload after someone else saved it. */
export function getItemCategory(id: string, signal?: AbortSignal): Promise<ItemCategory> {
  return read(ItemCategory, () =>
    client.GET('/api/v1/item-categories/{id}', { params: { path: { id } }, signal }),
  );
}

export function createItemCategory(input: CreateItemCategoryRequest): Promise<ItemCategory> {
  const key = newIdempotencyKey();
  return read(
    ItemCategory,
    () =>
      client.POST('/api/v1/item-categories', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateItemCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createItemCategory,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogKeys.categories }),
  });
}

/** Saves changes made to `version` of the category; a 412 means someone else saved first. */
export function updateItemCategory(args: {
  id: string;
  version: number;
  input: UpdateItemCategoryRequest;
}): Promise<ItemCategory> {
  return read(ItemCategory, () =>
    client.PATCH('/api/v1/item-categories/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateItemCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateItemCategory,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.categories });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

// ── Units of measure ──────────────────────────────────────────────────────────────────────────────

export type UnitListFilter = z.input<typeof UnitListQuery>;
const UnitPage = pageOf(Unit);
export type UnitPage = z.output<typeof UnitPage>;

export function listUnits(
  filter: UnitListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<UnitPage> {
  return read(UnitPage, () =>
    client.GET('/api/v1/units', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 } },
      signal: opts.signal,
    }),
  );
}

export const unitsQueryOptions = (filter: UnitListFilter) =>
  pagedQueryOptions({
    queryKey: catalogKeys.unitList(filter),
    page: (cursor, signal) => listUnits(filter, { cursor, signal }),
  });

/** The units page: filtered, in code order, a page at a time. */
export function useUnits(filter: UnitListFilter) {
  return useInfiniteQuery(unitsQueryOptions(filter));
}

/** Up to 200 units, for pickers and for describing a unit's base unit. */
export const unitOptionsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.unitOptions(),
    queryFn: ({ signal }) => listUnits({}, { limit: 200, signal }).then((page) => page.items),
    staleTime: 5 * 60_000,
  });

export function useUnitOptions(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...unitOptionsQueryOptions(), enabled: opts.enabled ?? true });
}

/** One unit of measure: the current version, e.g. to reload after someone else saved it. */
export function getUnit(code: string, signal?: AbortSignal): Promise<Unit> {
  return read(Unit, () => client.GET('/api/v1/units/{code}', { params: { path: { code } }, signal }));
}

export function createUnit(input: CreateUnitRequest): Promise<Unit> {
  const key = newIdempotencyKey();
  return read(
    Unit,
    () => client.POST('/api/v1/units', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogKeys.units }),
  });
}

/** Saves changes made to `version` of the unit (its code never changes); a 412 means someone else saved first. */
export function updateUnit(args: { code: string; version: number; input: UpdateUnitRequest }): Promise<Unit> {
  return read(Unit, () =>
    client.PATCH('/api/v1/units/{code}', {
      params: { path: { code: args.code }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.units });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

// ── Items ─────────────────────────────────────────────────────────────────────────────────────────

export type ItemListFilter = z.input<typeof ItemListQuery>;
const ItemPage = pageOf(Item);
export type ItemPage = z.output<typeof ItemPage>;

export const ITEM_PAGE_SIZE = 25;

export function listItems(
  filter: ItemListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<ItemPage> {
  return read(ItemPage, () =>
    client.GET('/api/v1/items', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? ITEM_PAGE_SIZE } },
      signal: opts.signal,
    }),
  );
}

export const itemsQueryOptions = (filter: ItemListFilter) =>
  pagedQueryOptions({
    queryKey: catalogKeys.itemList(filter),
    page: (cursor, signal) => listItems(filter, { cursor, signal }),
  });

export function useItems(filter: ItemListFilter) {
  return useInfiniteQuery(itemsQueryOptions(filter));
}

export function getItem(id: string, signal?: AbortSignal): Promise<Item> {
  return read(Item, () => client.GET('/api/v1/items/{id}', { params: { path: { id } }, signal }));
}

export const itemQueryOptions = (id: string) =>
  queryOptions({ queryKey: catalogKeys.item(id), queryFn: ({ signal }) => getItem(id, signal) });

export function useItem(id: string | null | undefined) {
  return useQuery({ ...itemQueryOptions(id ?? ''), enabled: !!id });
}

export function createItem(input: CreateItemRequest): Promise<Item> {
  const key = newIdempotencyKey();
  return read(
    Item,
    () => client.POST('/api/v1/items', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createItem,
    onSuccess: (item) => {
      queryClient.setQueryData(catalogKeys.item(item.id), item);
      void queryClient.invalidateQueries({ queryKey: catalogKeys.itemLists() });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.itemPicker() });
    },
  });
}

/** Saves changes made to `version` of the item; a 412 means someone else saved first. */
export function updateItem(args: { id: string; version: number; input: UpdateItemRequest }): Promise<Item> {
  return read(Item, () =>
    client.PATCH('/api/v1/items/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateItem,
    onSuccess: (item) => {
      queryClient.setQueryData(catalogKeys.item(item.id), item);
      void queryClient.invalidateQueries({ queryKey: catalogKeys.itemLists() });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.itemPicker() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: catalogKeys.item(id) });
    },
  });
}

/** The columns of the items CSV (the server's import accepts exactly these). */
export { ITEM_IMPORT_COLUMNS as ITEM_CSV_COLUMNS } from '../../../../src/domain/import-columns';

/**
 * Uploads a CSV file of items as the request body: all rows or none. A 422 lists every bad row
 * ("line 3.unitCode").
 */
export function importItems(file: File): Promise<z.output<typeof ImportResult>> {
  const key = newIdempotencyKey();
  return read(
    ImportResult,
    () =>
      client.POST('/api/v1/items/import', {
        ...importFileBody(file),
        params: { header: { 'Idempotency-Key': key } },
      }),
    { retry: true },
  );
}

export function useImportItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importItems,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.items });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

// ── Price list entries ────────────────────────────────────────────────────────────────────────────

export type PriceListFilter = z.input<typeof PriceListEntryListQuery>;
const PriceListPage = pageOf(PriceListEntry);
export type PriceListPage = z.output<typeof PriceListPage>;

export function listPriceListEntries(
  filter: PriceListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<PriceListPage> {
  return read(PriceListPage, () =>
    client.GET('/api/v1/price-list-entries', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 } },
      signal: opts.signal,
    }),
  );
}

export const priceListEntriesQueryOptions = (filter: PriceListFilter, limit?: number) =>
  pagedQueryOptions({
    queryKey: catalogKeys.priceList({ ...filter, limit }),
    page: (cursor, signal) => listPriceListEntries(filter, { cursor, limit, signal }),
  });

/** Price list entries matching the filter (supplier, item, currency, valid on a date), a page at a time. */
export function usePriceListEntries(
  filter: PriceListFilter,
  opts: { limit?: number; enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    ...priceListEntriesQueryOptions(filter, opts.limit),
    enabled: opts.enabled ?? true,
  });
}

/** One price list entry: the current version, e.g. to reload after someone else saved it. */
export function getPriceListEntry(id: string, signal?: AbortSignal): Promise<PriceListEntry> {
  return read(PriceListEntry, () =>
    client.GET('/api/v1/price-list-entries/{id}', { params: { path: { id } }, signal }),
  );
}

export function createPriceListEntry(input: CreatePriceListEntryRequest): Promise<PriceListEntry> {
  const key = newIdempotencyKey();
  return read(
    PriceListEntry,
    () =>
      client.POST('/api/v1/price-list-entries', {
        body: input,
        params: { header: { 'Idempotency-Key': key } },
      }),
    { retry: true },
  );
}

export function useCreatePriceListEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPriceListEntry,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogKeys.prices }),
  });
}

/** Saves changes made to `version` of the entry (supplier and item never change); 412 means someone else saved first. */
export function updatePriceListEntry(args: {
  id: string;
  version: number;
  input: UpdatePriceListEntryRequest;
}): Promise<PriceListEntry> {
  return read(PriceListEntry, () =>
    client.PATCH('/api/v1/price-list-entries/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdatePriceListEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePriceListEntry,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.prices });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

/** Deletes `version` of the entry; the audit trail keeps its values and the reason. */
export function deletePriceListEntry(args: { id: string; version: number; reason?: string }): Promise<void> {
  return send(() =>
    client.DELETE('/api/v1/price-list-entries/{id}', {
      params: {
        path: { id: args.id },
        query: { reason: args.reason },
        header: { 'If-Match': ifMatch(args.version) },
      },
    }),
  );
}

export function useDeletePriceListEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePriceListEntry,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.prices });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

/** The columns of the price list CSV (the server's import accepts exactly these). */
export { PRICE_LIST_IMPORT_COLUMNS as PRICE_LIST_CSV_COLUMNS } from '../../../../src/domain/import-columns';

/** Uploads a CSV file of price list entries as the request body: all rows or none. */
export function importPriceListEntries(file: File): Promise<z.output<typeof ImportResult>> {
  const key = newIdempotencyKey();
  return read(
    ImportResult,
    () =>
      client.POST('/api/v1/price-list-entries/import', {
        ...importFileBody(file),
        params: { header: { 'Idempotency-Key': key } },
      }),
    { retry: true },
  );
}

export function useImportPriceListEntries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPriceListEntries,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.prices });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

// ── Price lookup ──────────────────────────────────────────────────────────────────────────────────

export type PriceLookupParams = z.input<typeof PriceLookupQuery>;

/** The supplier's price that applies to a quantity of an item on a date; 404 explains when none does. */
export function lookUpPrice(params: PriceLookupParams, signal?: AbortSignal): Promise<PriceLookup> {
  return read(PriceLookup, () => client.GET('/api/v1/price-lookup', { params: { query: params }, signal }));
}

export const priceLookupQueryOptions = (params: PriceLookupParams) =>
  queryOptions({
    queryKey: catalogKeys.priceLookup(params),
    queryFn: ({ signal }) => lookUpPrice(params, signal),
    retry: false,
  });

/** Runs the lookup for `params` once they are complete (null until then). */
export function usePriceLookup(params: PriceLookupParams | null) {
  return useQuery({
    ...priceLookupQueryOptions(params ?? { supplierId: '', itemId: '', quantity: '', date: '' }),
    enabled: params !== null,
  });
}
