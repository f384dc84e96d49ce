import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CsvBody } from '../../contracts/catalog';
import { IdParams, ImportResult, PageQuery, Problem, pageOf } from '../../contracts/common';
import { ExportFormatQuery } from '../../contracts/exports';
import {
  CreateSupplierRequest,
  Supplier,
  SupplierListQuery,
  SupplierStatusRequest,
  UpdateSupplierRequest,
} from '../../contracts/suppliers';
import * as suppliers from '../../core/suppliers';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { IMPORT_MEDIA_TYPES, importableResponse, sendSheet, withFileReport } from '../plugins/csv-file';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

export const supplierRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/suppliers',
    {
      config: { permission: 'suppliers:read' },
      schema: {
        tags: ['suppliers'],
        summary: 'List suppliers; q searches code, legal name and tax id',
        querystring: PageQuery.extend(SupplierListQuery.shape),
        response: { 200: pageOf(Supplier), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return suppliers.listSuppliers(ctx, { filter, limit, cursor });
    },
  );

  app.post(
    '/suppliers',
    {
      config: { location: true, etag: true, permission: 'suppliers:write', idempotent: true },
      schema: {
        tags: ['suppliers'],
        summary: 'Create a supplier',
        body: CreateSupplierRequest,
        response: { 201: Supplier, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const supplier = await suppliers.createSupplier(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/suppliers/${supplier.id}`);
      return withEtag(reply, supplier);
    },
  );

  app.get(
    '/suppliers/:id',
    {
      config: { etag: true, permission: 'suppliers:read' },
      schema: {
        tags: ['suppliers'],
        summary: 'One supplier',
        params: IdParams,
        response: { 200: Supplier, ...errors },
      },
    },
    async (request, reply) => withEtag(reply, await suppliers.getSupplier(ctx, { id: request.params.id })),
  );

  app.patch(
    '/suppliers/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'suppliers:write' },
      schema: {
        tags: ['suppliers'],
        summary: 'Update a supplier (send If-Match with the ETag)',
        params: IdParams,
        body: UpdateSupplierRequest,
        response: { 200: Supplier, ...writeErrors },
      },
    },
    async (request, reply) => {
      const supplier = await suppliers.updateSupplier(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, supplier);
    },
  );

  app.get(
    '/suppliers/export',
    {
      config: { permission: 'suppliers:read' },
      schema: {
        tags: ['suppliers'],
        summary:
          'All suppliers as CSV or an Excel workbook (the columns the import accepts; no bank details)',
        querystring: ExportFormatQuery,
        response: { 200: importableResponse, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      sendSheet(reply, 'suppliers', await suppliers.exportSuppliers(ctx), request.query.format),
  );

  app.post(
    '/suppliers/import',
    {
      config: { permission: 'suppliers:write', idempotent: true },
      schema: {
        tags: ['suppliers'],
        summary: 'Import suppliers from CSV (text/csv) or an Excel workbook (.xlsx): all rows or none',
        description:
          'A new code creates a supplier, a known code updates it. Every row is validated first; if any row is bad nothing is imported and the 422 lists every bad row with its line number.',
        consumes: IMPORT_MEDIA_TYPES,
        body: CsvBody,
        response: { 200: ImportResult, ...errors },
      },
    },
    async (request) =>
      withFileReport(
        request,
        await suppliers.importSuppliers(requestCtx(request, ctx), {
          actor: actorOf(request),
          csv: request.body,
        }),
      ),
  );

  for (const [verb, status, summary] of [
    ['hold', 'on_hold', 'Put a supplier on hold (reason required): new orders warn'],
    ['block', 'blocked', 'Block a supplier (reason required): new orders are refused'],
    ['activate', 'active', 'Make a held or blocked supplier active again'],
  ] as const) {
    app.post(
      `/suppliers/:id/${verb}`,
      {
        config: { ifMatch: true, etag: true, permission: 'suppliers:write' },
        schema: {
          tags: ['suppliers'],
          summary: `${summary} (send If-Match)`,
          params: IdParams,
          body: SupplierStatusRequest,
          response: { 200: Supplier, ...writeErrors },
        },
      },
      async (request, reply) => {
        const supplier = await suppliers.changeSupplierStatus(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          version: versionFromIfMatch(request),
          status,
          reason: request.body.reason,
        });
        return withEtag(reply, supplier);
      },
    );
  }
};
