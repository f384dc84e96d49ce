import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppConfig } from '../config';
import type { AdjustableClock } from '../core/shared/clock';
import type { Ctx } from '../core/shared/context';
import { decodeCsvFile } from '../core/shared/csv';
import { isZipFile, XLSX_MEDIA_TYPE, xlsxToCsv } from '../core/shared/spreadsheet';
import { ping } from '../db/client';
import { type Listen, LiveEventHub, liveEventRoutes } from './live-events';
import { collectRouteFlags, finishApiDescription } from './openapi';
import { registerAuth } from './plugins/auth';
import { XML_MEDIA_TYPES } from './plugins/csv-file';
import { registerErrorHandling } from './plugins/errors';
import { registerIdempotency } from './plugins/idempotency';
import { loggedError } from './plugins/log-errors';
import { registerMetrics } from './plugins/metrics';
import { registerSameOrigin } from './plugins/same-origin';
import { strictBodyValidatorCompiler } from './plugins/strict-body';
import { registerTextInput } from './plugins/text-input';
import './plugins/types';
import { approvalRoutes } from './routes/approvals';
import { auditRoutes } from './routes/audit';
import { catalogRoutes } from './routes/catalog';
import { discussionRoutes } from './routes/discussion';
import { dispatchRoutes } from './routes/dispatch';
import { evaluationRoutes } from './routes/evaluation';
import { evaluationFeedbackRoutes } from './routes/evaluation-feedback';
import { exportRoutes } from './routes/exports';
import { identityRoutes } from './routes/identity';
import { invoicingRoutes } from './routes/invoicing';
import { notificationRoutes } from './routes/notifications';
import { organisationRoutes } from './routes/organisation';
import { paymentRoutes } from './routes/payments';
import { portalRoutes } from './routes/portal';
import { purchaseOrderRoutes } from './routes/purchase-orders';
import { ratingRoutes } from './routes/ratings';
import { receivingRoutes } from './routes/receiving';
import { reportRoutes } from './routes/reports';
import { requisitionRoutes } from './routes/requisitions';
import { supplierRoutes } from './routes/suppliers';
import { testClockRoutes } from './routes/test-clock';
import { webhookRoutes } from './routes/webhooks';
import { workbenchRoutes } from './routes/workbench';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');
const webAssets = `${path.join(webDist, 'assets')}${path.sep}`;

export type AppOptions = {
  ctx: Ctx;
  config: AppConfig;
  logger?: boolean | { level: string };
  /** Serve the built web app from dist/web when present (default true). */
  serveWeb?: boolean;
  /** LISTEN on the database (live updates are woken by it); without it the stream polls every second. */
  listen?: Listen;
  /** The clock of ctx when OPENPO_TEST_CLOCK is set: `PUT /api/v1/test/clock` moves it. */
  testClock?: AdjustableClock;
};

export const API_PREFIX = '/api/v1';

/** OPENPO_TRUST_PROXY as Fastify takes it: a hop count becomes "trust the nearest N hops". */
function trustProxyOption(
  setting: AppConfig['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return setting === 0 ? false : (_address, hop) => hop < setting;
  return setting;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const hub = new LiveEventHub(opts.ctx, opts.listen);
  const app = Fastify({
    logger: opts.logger
      ? {
          ...(opts.logger === true ? {} : opts.logger),
          serializers: {
            err: (err: Error) => loggedError(err) as { type: string; message: string; stack: string },
          },
        }
      : false,
    bodyLimit: 20 * 1024 * 1024,
    trustProxy: trustProxyOption(opts.config.trustProxy),
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(strictBodyValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const serveSpa = (opts.serveWeb ?? true) && fs.existsSync(path.join(webDist, 'index.html'));
  registerErrorHandling(app, { serveSpa });
  registerTextInput(app);

  // CSV imports arrive as the raw file (Content-Type: text/csv). Not text/plain: a form on another
  // page can send that without asking the browser first.
  app.removeContentTypeParser('text/plain');
  // The file's bytes are read as UTF-8, UTF-16 or Windows-1252 (core/shared/csv.ts), never guessed
  // in silence: the import answers how it read them.
  app.decorateRequest('csvEncoding', null);
  // An Excel workbook's first sheet is read as the CSV the import takes (core/shared/spreadsheet.ts),
  // also when it arrives labelled text/csv (a browser labels a file by its name, and a renamed
  // workbook is still one): a workbook is a ZIP file, which no CSV file starts like.
  app.decorateRequest('importedSheet', null);
  const readWorkbook = (
    request: FastifyRequest,
    bytes: Buffer,
    done: (err: Error | null, body?: string) => void,
  ) => {
    xlsxToCsv(bytes).then(
      ({ csv, sheet }) => {
        request.importedSheet = sheet;
        done(null, csv);
      },
      (err: unknown) => done(err as Error, undefined),
    );
  };
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (isZipFile(bytes)) return readWorkbook(request, bytes, done);
    try {
      const { text, encoding } = decodeCsvFile(bytes);
      request.csvEncoding = encoding;
      done(null, text);
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  // UBL documents (an Order Response, a Despatch Advice) arrive as the XML itself; the core reads
  // and keeps the bytes as sent (they are checked as UTF-8 there, with every problem named).
  app.decorateRequest('xmlBytes', null);
  app.addContentTypeParser(XML_MEDIA_TYPES, { parseAs: 'buffer' }, (request, body, done) => {
    request.xmlBytes = body as Buffer;
    done(null, (body as Buffer).toString('utf8'));
  });
  app.addContentTypeParser(XLSX_MEDIA_TYPE, { parseAs: 'buffer' }, (request, body, done) =>
    readWorkbook(request, body as Buffer, done),
  );
  // Answers of 1 KB or more are compressed for clients that ask (brotli, else gzip), at levels that
  // cost little CPU per request; the web app's files are compressed once at build time instead.
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
  await app.register(fastifyCookie);
  await registerSameOrigin(app, {
    baseUrl: opts.config.baseUrl,
    https: opts.config.baseUrl.startsWith('https://'),
  });
  const routeFlags = collectRouteFlags(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OpenPO API',
        version: '1',
        description:
          'Purchase-order management. Money and quantities are decimal strings. Errors are RFC 9457 problem+json. ' +
          'Authenticate with the session cookie (POST /api/v1/auth/login) or `Authorization: Bearer <API token>`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'openpo_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) =>
      finishApiDescription(
        jsonSchemaTransformObject(input) as Record<string, unknown>,
        routeFlags,
      ) as ReturnType<typeof jsonSchemaTransformObject>,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuth(app, opts.ctx);
  registerIdempotency(app, opts.ctx);
  registerMetrics(app, { token: opts.config.metricsToken });

  app.get(
    '/healthz',
    { config: { permission: 'public' }, schema: { hide: true } },
    async (_request, reply) => {
      try {
        await ping(opts.ctx.db);
        return { status: 'ok' };
      } catch {
        return reply.code(503).send({ status: 'unavailable' });
      }
    },
  );
  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const deps = { ctx: opts.ctx, config: opts.config };
  await app.register(
    async (api) => {
      await api.register(identityRoutes, deps);
      await api.register(supplierRoutes, deps);
      await api.register(catalogRoutes, deps);
      await api.register(organisationRoutes, deps);
      await api.register(auditRoutes, deps);
      await api.register(requisitionRoutes, deps);
      await api.register(workbenchRoutes, deps);
      await api.register(purchaseOrderRoutes, deps);
      await api.register(dispatchRoutes, deps);
      await api.register(receivingRoutes, deps);
      await api.register(invoicingRoutes, deps);
      await api.register(paymentRoutes, deps);
      await api.register(portalRoutes, deps);
      await api.register(approvalRoutes, deps);
      await api.register(notificationRoutes, deps);
      await api.register(reportRoutes, deps);
      await api.register(evaluationRoutes, deps);
      await api.register(ratingRoutes, deps);
      await api.register(evaluationFeedbackRoutes, deps);
      await api.register(webhookRoutes, deps);
      await api.register(discussionRoutes, deps);
      await api.register(exportRoutes, deps);
      await api.register(liveEventRoutes, { ...deps, hub });
      if (opts.config.testClock && opts.testClock)
        await api.register(testClockRoutes, { clock: opts.testClock });
    },
    { prefix: API_PREFIX },
  );

  if (serveSpa) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      wildcard: false,
      index: false,
      // The .br / .gz copies written at build time, for browsers that accept them.
      preCompressed: true,
      cacheControl: false,
      setHeaders(res, file) {
        // Files under assets/ carry a hash of their content in their name: cached for good.
        // Anything else (index.html, icons) is checked with the server each time.
        res.setHeader(
          'cache-control',
          file.startsWith(webAssets) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  // Live streams never end on their own: they are ended before the server waits for its requests.
  await hub.start();
  app.addHook('preClose', async () => {
    await hub.close();
  });
  return app;
}
