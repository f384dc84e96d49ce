import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canonicalJson } from '../../core/shared/audit';
import { AppError, isUniqueViolation } from '../../core/shared/errors';
import type { Db } from '../../db/client';
import { idempotencyKeys } from '../../db/schema';

/** How long a key is remembered. The guarantee is 24 h; rows are removed after twice that. */
export const IDEMPOTENCY_RETENTION_MS = 48 * 60 * 60 * 1000;
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];

type Pending = { principal: string; key: string };
const pendingKey = Symbol('idempotency');
type WithPending = FastifyRequest & { [pendingKey]?: Pending };

/**
 * `Idempotency-Key` on creating POSTs: the first response is stored and replayed for a retry with
 * the same key and body; the same key with another body is a 422; a retry while the first is
 * still running is a 409.
 */
export function registerIdempotency(app: FastifyInstance, db: Db): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config?.idempotent) return;
    const raw = request.headers['idempotency-key'];
    if (raw === undefined) return;
    const key = String(raw);
    if (key.length < 1 || key.length > 200) {
      throw AppError.field('Idempotency-Key', 'must be 1 to 200 characters');
    }
    const principal = request.actor?.userId ?? 'anonymous';
    const path = request.routeOptions.url ?? request.url;
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
      .digest('hex');
    try {
      // Written as SQL text: the two statements every idempotent request makes skip building a query.
      await db.execute(sql`insert into idempotency_keys (principal, key, method, path, request_hash)
        values (${principal}, ${key}, ${request.method}, ${path}, ${requestHash})`);
      (request as WithPending)[pendingKey] = { principal, key };
      return;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    const [first] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.principal, principal), eq(idempotencyKeys.key, key)));
    if (!first)
      throw AppError.conflict('The request with this Idempotency-Key was just discarded; retry it.');
    if (first.requestHash !== requestHash) {
      throw AppError.field(
        'Idempotency-Key',
        'was already used for a different request; use a new key for a new request',
      );
    }
    if (first.statusCode === null) {
      throw AppError.conflict('A request with this Idempotency-Key is still being processed; retry shortly.');
    }
    reply.headers({ ...(first.responseHeaders ?? {}), 'idempotent-replayed': 'true' });
    return reply.code(first.statusCode).send(first.responseBody ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const pending = (request as WithPending)[pendingKey];
    if (!pending) return payload;
    (request as WithPending)[pendingKey] = undefined;
    const where = sql`principal = ${pending.principal} and key = ${pending.key}`;
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      // Nothing was (knowingly) done: let the client retry with the same key.
      await db.execute(sql`delete from idempotency_keys where ${where}`);
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const h of REPLAYED_HEADERS) {
      const v = reply.getHeader(h);
      if (v !== undefined) headers[h] = String(v);
    }
    await db.execute(sql`update idempotency_keys set status_code = ${reply.statusCode},
      response_body = ${payload}, response_headers = ${JSON.stringify(headers)}::jsonb where ${where}`);
    return payload;
  });
}

export async function purgeIdempotencyKeys(db: Db, now: Date): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS)));
}
