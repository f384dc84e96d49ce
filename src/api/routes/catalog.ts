import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateItemCategoryRequest,
  CreateItemRequest,
  CreatePriceListEntryRequest,
  CreateUnitRequest,
  CsvBody,
  Item,
  ItemCategory,
  ItemCategoryListQuery,
  ItemExportQuery,
  ItemListQuery,
  PriceListEntry,
  PriceListEntryListQuery,
  PriceLookup,
  PriceLookupQuery,
  Unit,
  UnitListQuery,
  UnitParams,
  UpdateItemCategoryRequest,
  UpdateItemRequest,
  UpdatePriceListEntryRequest,
  UpdateUnitRequest,
} from '../../contracts/catalog';
import { IdParams, ImportResult, PageQuery, Problem, pageOf, text } from '../../contracts/common';
import { ExportFormatQuery } from '../../contracts/exports';
import * as catalog from '../../core/catalog';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { IMPORT_MEDIA_TYPES, importableResponse, sendSheet, withFileReport } from '../plugins/csv-file';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const createErrors = { ...errors, 409: Problem } as const;
const tags = ['catalog'];

/** A list's filters without the export's `format`. */
function withoutFormat<T extends { format: unknown }>(query: T): Omit<T, 'format'> {
  const { format: _format, ...filter } = query;
  return filter;
}

export const catalogRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  // ── item categories ────────────────────────────────────────────────────────

  app.get(
    '/item-categories',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'List item categories in code order; q searches code and name',
        querystring: PageQuery.extend(ItemCategoryListQuery.shape),
        response: { 200: pageOf(ItemCategory), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return catalog.listItemCategories(ctx, { filter, limit, cursor });
    },
  );

  app.post(
    '/item-categories',
    {
      config: { location: true, etag: true, permission: 'catalog:write', idempotent: true },
      schema: {
        tags,
        summary: 'Create an item category',
        body: CreateItemCategoryRequest,
        response: { 201: ItemCategory, ...createErrors },
      },
    },
    async (request, reply) => {
      const category = await catalog.createItemCategory(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/item-categories/${category.id}`);
      return withEtag(reply, category);
    },
  );

  app.get(
    '/item-categories/:id',
    {
      config: { etag: true, permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'One item category',
        params: IdParams,
        response: { 200: ItemCategory, ...errors },
      },
    },
    async (request, reply) => withEtag(reply, await catalog.getItemCategory(ctx, { id: request.params.id })),
  );

  app.patch(
    '/item-categories/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'catalog:write' },
      schema: {
        tags,
        summary: 'Update an item category; active: false deactivates it (send If-Match)',
        params: IdParams,
        body: UpdateItemCategoryRequest,
        response: { 200: ItemCategory, ...writeErrors },
      },
    },
    async (request, reply) => {
      const category = await catalog.updateItemCategory(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, category);
    },
  );

  // ── units ──────────────────────────────────────────────────────────────────

  app.get(
    '/units',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'List units of measure in code order; q searches code and name',
        querystring: PageQuery.extend(UnitListQuery.shape),
        response: { 200: pageOf(Unit), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return catalog.listUnits(ctx, { filter, limit, cursor });
    },
  );

  app.post(
    '/units',
    {
      config: { location: true, etag: true, permission: 'catalog:write', idempotent: true },
      schema: {
        tags,
        summary: 'Create a unit of measure, optionally as a multiple of a base unit',
        body: CreateUnitRequest,
        response: { 201: Unit, ...createErrors },
      },
    },
    async (request, reply) => {
      const unit = await catalog.createUnit(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/units/${encodeURIComponent(unit.code)}`);
      return withEtag(reply, unit);
    },
  );

  app.get(
    '/units/:code',
    {
      config: { etag: true, permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'One unit of measure',
        params: UnitParams,
        response: { 200: Unit, ...errors },
      },
    },
    async (request, reply) => withEtag(reply, await catalog.getUnit(ctx, { code: request.params.code })),
  );

  app.patch(
    '/units/:code',
    {
      config: { ifMatch: true, etag: true, permission: 'catalog:write' },
      schema: {
        tags,
        summary: 'Update a unit of measure; the code never changes (send If-Match)',
        params: UnitParams,
        body: UpdateUnitRequest,
        response: { 200: Unit, ...writeErrors },
      },
    },
    async (request, reply) => {
      const unit = await catalog.updateUnit(ctx, {
        actor: actorOf(request),
        code: request.params.code,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, unit);
    },
  );

  // ── items ──────────────────────────────────────────────────────────────────

  app.get(
    '/items',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'List items in name order; q searches SKU, name and description',
        querystring: PageQuery.extend(ItemListQuery.shape),
        response: { 200: pageOf(Item), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return catalog.listItems(ctx, { filter, limit, cursor });
    },
  );

  app.post(
    '/items',
    {
      config: { location: true, etag: true, permission: 'catalog:write', idempotent: true },
      schema: {
        tags,
        summary: 'Create an item',
        body: CreateItemRequest,
        response: { 201: Item, ...createErrors },
      },
    },
    async (request, reply) => {
      const item = await catalog.createItem(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/items/${item.id}`);
      return withEtag(reply, item);
    },
  );

  app.get(
    '/items/export',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'Items as CSV or an Excel workbook, in the columns the import accepts',
        querystring: ItemExportQuery.extend(ExportFormatQuery.shape),
        response: { 200: importableResponse, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      sendSheet(
        reply,
        'items',
        await catalog.exportItems(ctx, {
          filter: { categoryId: request.query.categoryId, active: request.query.active },
        }),
        request.query.format,
      ),
  );

  app.post(
    '/items/import',
    {
      config: { permission: 'catalog:write', idempotent: true },
      schema: {
        tags,
        summary: 'Import items from CSV (text/csv) or an Excel workbook (.xlsx): all rows or none',
        description:
          'Columns: sku, name, categoryCode, unitCode (required); description, defaultTaxRate, inspectionRequired, active. ' +
          'A new SKU creates an item, a known SKU updates it. Every row is validated first; if any row is bad nothing ' +
          'is imported and the 422 lists every bad row with its line number (the header is line 1).',
        consumes: IMPORT_MEDIA_TYPES,
        body: CsvBody,
        response: { 200: ImportResult, ...createErrors },
      },
    },
    async (request) =>
      withFileReport(
        request,
        await catalog.importItems(requestCtx(request, ctx), { actor: actorOf(request), csv: request.body }),
      ),
  );

  app.get(
    '/items/:id',
    {
      config: { etag: true, permission: 'catalog:read' },
      schema: { tags, summary: 'One item', params: IdParams, response: { 200: Item, ...errors } },
    },
    async (request, reply) => withEtag(reply, await catalog.getItem(ctx, { id: request.params.id })),
  );

  app.patch(
    '/items/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'catalog:write' },
      schema: {
        tags,
        summary: 'Update an item; active: false deactivates it (send If-Match)',
        params: IdParams,
        body: UpdateItemRequest,
        response: { 200: Item, ...writeErrors },
      },
    },
    async (request, reply) => {
      const item = await catalog.updateItem(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, item);
    },
  );

  // ── price list entries ─────────────────────────────────────────────────────

  app.get(
    '/price-list-entries',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'List price list entries; validOn keeps those valid on that date',
        querystring: PageQuery.extend(PriceListEntryListQuery.shape),
        response: { 200: pageOf(PriceListEntry), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return catalog.listPriceListEntries(ctx, { filter, limit, cursor });
    },
  );

  app.post(
    '/price-list-entries',
    {
      config: { location: true, etag: true, permission: 'catalog:write', idempotent: true },
      schema: {
        tags,
        summary: "Add a supplier's price for an item",
        body: CreatePriceListEntryRequest,
        response: { 201: PriceListEntry, ...createErrors },
      },
    },
    async (request, reply) => {
      const entry = await catalog.createPriceListEntry(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/price-list-entries/${entry.id}`);
      return withEtag(reply, entry);
    },
  );

  app.get(
    '/price-list-entries/export',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'Price list entries as CSV or an Excel workbook, in the columns the import accepts',
        querystring: PriceListEntryListQuery.extend(ExportFormatQuery.shape),
        response: { 200: importableResponse, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      sendSheet(
        reply,
        'price-list',
        await catalog.exportPriceListEntries(ctx, { filter: withoutFormat(request.query) }),
        request.query.format,
      ),
  );

  app.post(
    '/price-list-entries/import',
    {
      config: { permission: 'catalog:write', idempotent: true },
      schema: {
        tags,
        summary:
          'Import price list entries from CSV (text/csv) or an Excel workbook (.xlsx): all rows or none',
        description:
          'Columns: supplierCode, sku, currency, unitPrice, validFrom (required); minQuantity, validTo, leadTimeDays, ' +
          'supplierPartNumber. A row matching an existing entry on supplier, SKU, currency, minQuantity and validFrom ' +
          'updates it; any other row creates one. Every row is validated first; if any row is bad nothing is imported ' +
          'and the 422 lists every bad row with its line number (the header is line 1).',
        consumes: IMPORT_MEDIA_TYPES,
        body: CsvBody,
        response: { 200: ImportResult, ...createErrors },
      },
    },
    async (request) =>
      withFileReport(
        request,
        await catalog.importPriceListEntries(requestCtx(request, ctx), {
          actor: actorOf(request),
          csv: request.body,
        }),
      ),
  );

  app.get(
    '/price-list-entries/:id',
    {
      config: { etag: true, permission: 'catalog:read' },
      schema: {
        tags,
        summary: 'One price list entry',
        params: IdParams,
        response: { 200: PriceListEntry, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply, await catalog.getPriceListEntry(ctx, { id: request.params.id })),
  );

  app.patch(
    '/price-list-entries/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'catalog:write' },
      schema: {
        tags,
        summary: 'Update a price list entry (send If-Match)',
        params: IdParams,
        body: UpdatePriceListEntryRequest,
        response: { 200: PriceListEntry, ...writeErrors },
      },
    },
    async (request, reply) => {
      const entry = await catalog.updatePriceListEntry(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, entry);
    },
  );

  app.delete(
    '/price-list-entries/:id',
    {
      config: { ifMatch: true, permission: 'catalog:write' },
      schema: {
        tags,
        summary: 'Delete a price list entry; the audit trail keeps its values (send If-Match)',
        params: IdParams,
        querystring: z.object({ reason: text(500).optional() }),
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await catalog.deletePriceListEntry(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        reason: request.query.reason,
      });
      return reply.code(204).send(null);
    },
  );

  // ── price lookup ───────────────────────────────────────────────────────────

  app.get(
    '/price-lookup',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        summary: "The supplier's best price for a quantity of an item on a date",
        description:
          'Among the entries valid on the date (in the currency, if given) whose minQuantity the quantity reaches: the ' +
          'lowest unit price; ties go to the higher quantity break, then the later validFrom. 404 when no price applies. ' +
          'Without a currency, prices in different currencies are never compared: name one.',
        querystring: PriceLookupQuery,
        response: { 200: PriceLookup, ...errors },
      },
    },
    async (request) => catalog.requireBestPrice(ctx, request.query),
  );
};
