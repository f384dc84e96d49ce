import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { AppError } from '../../core/shared/errors';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Prometheus metrics at /metrics: request counts and latencies by route, plus process metrics.
 * Only for a scraper that sends `Authorization: Bearer <OPENPO_METRICS_TOKEN>`; without that
 * setting /metrics is off (the routes and timings it reveals are nobody else's business).
 */
export function registerMetrics(app: FastifyInstance, opts: { token?: string }): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'openpo_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'openpo_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get(
    '/metrics',
    // No route permission: the Authorization header here is the metrics token, not an API token.
    { schema: { hide: true } },
    async (request, reply) => {
      if (!opts.token)
        throw new AppError(
          'not_found',
          'Metrics are off: set OPENPO_METRICS_TOKEN and scrape with that token.',
        );
      const sent = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!timingSafeEqual(digest(sent), digest(opts.token)))
        throw new AppError(
          'unauthenticated',
          'Send the metrics token: Authorization: Bearer <OPENPO_METRICS_TOKEN>.',
        );
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
}
