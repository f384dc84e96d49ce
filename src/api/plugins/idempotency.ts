import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canonicalJson } from '../../core/shared/audit';
import type { Ctx } from '../../core/shared/context';
import { AppError, isUniqueViolation } from '../../core/shared/errors';
import type { Db } from '../../db/client';
import { idempotencyKeys } from '../../db/schema';

/** How long a key is remembered. The guarantee is 24 h; rows are removed after twice that. */
export const IDEMPOTENCY_RETENTION_MS = 48 * 60 * 60 * 1000;
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];

/** A request holding its key: the transaction its write and its stored answer commit in. */
type Held = { principal: string; key: string; tx: Db; end(commit: boolean): Promise<void> };
const heldKey = Symbol('idempotency');
type WithHeld = FastifyRequest & { [heldKey]?: Held };

const ROLLBACK = Symbol('rollback');

/**
 * A transaction that stays open until `end` is called: the request's handler and hooks run in
 * between. Rolled back by `end(false)`, or by the database when the process dies.
 */
async function openTransaction(db: Db): Promise<{ tx: Db; end(commit: boolean): Promise<void> }> {
  let decide!: (commit: boolean) => void;
  const decided = new Promise<boolean>((resolve) => {
    decide = resolve;
  });
  let opened!: (tx: Db) => void;
  const ready = new Promise<Db>((resolve) => {
    opened = resolve;
  });
  const done = db.transaction(async (tx) => {
    opened(tx as unknown as Db);
    if (!(await decided)) throw ROLLBACK;
  });
  const tx = await Promise.race([
    ready,
    done.then(() => {
      throw new Error('the transaction ended before it began');
    }),
  ]);
  return {
    tx,
    async end(commit) {
      decide(commit);
      try {
        await done;
      } catch (err) {
        // A rollback cannot fail in a way that matters: a connection lost meanwhile (the database
        // restarting) took the transaction with it. Thrown from the reply's onSend, it would turn
        // the 503 problem of that outage into Fastify's own JSON error.
        if (err !== ROLLBACK && commit) throw err;
      }
    },
  };
}

/**
 * The context a route's handler runs its use case with: the request's own transaction when it
 * holds an Idempotency-Key (so the write and the stored answer commit together), else `ctx`.
 * Nothing is signalled inside it; the hook tells the relay after the commit.
 */
export function requestCtx(request: FastifyRequest, ctx: Ctx): Ctx {
  const held = (request as WithHeld)[heldKey];
  return held ? { ...ctx, db: held.tx, events: undefined } : ctx;
}

/**
 * `Idempotency-Key` on creating POSTs: the first answer is stored and replayed for a retry with
 * the same key and body; the same key with another body is a 422. The key is written in one
 * transaction with the write it guards and its answer: a request that fails with a 5xx, or whose
 * process dies, leaves nothing — the key is free again at once, and the retry does the work.
 * A retry that arrives while the first request is still running waits for it, then gets its
 * answer (or, if it failed, does the work itself).
 */
export function registerIdempotency(app: FastifyInstance, ctx: Ctx): void {
  const db = ctx.db;
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
    for (let attempt = 0; attempt < 3; attempt++) {
      const held = await openTransaction(db);
      try {
        // Waits while another request holds the same key, then fails if that one committed.
        await held.tx.execute(sql`insert into idempotency_keys (principal, key, method, path, request_hash)
          values (${principal}, ${key}, ${request.method}, ${path}, ${requestHash})`);
        // The handler's own failure is undone to here, and its answer kept with the key.
        await held.tx.execute(sql`savepoint idempotent_request`);
        (request as WithHeld)[heldKey] = { principal, key, ...held };
        return;
      } catch (err) {
        await held.end(false);
        if (!isUniqueViolation(err)) throw err;
      }
      const [first] = await db
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.principal, principal), eq(idempotencyKeys.key, key)));
      if (!first) continue;
      if (first.requestHash !== requestHash) {
        throw AppError.field(
          'Idempotency-Key',
          'was already used for a different request; use a new key for a new request',
        );
      }
      if (first.statusCode === null) {
        // Left by a release that wrote keys before the work; nothing holds it any more.
        await db
          .delete(idempotencyKeys)
          .where(
            and(
              eq(idempotencyKeys.principal, principal),
              eq(idempotencyKeys.key, key),
              sql`${idempotencyKeys.statusCode} is null`,
            ),
          );
        continue;
      }
      reply.headers({ ...(first.responseHeaders ?? {}), 'idempotent-replayed': 'true' });
      return reply.code(first.statusCode).send(first.responseBody ?? '');
    }
    throw AppError.conflict('A request with this Idempotency-Key is still being processed; retry shortly.');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = (request as WithHeld)[heldKey];
    if (!held) return payload;
    (request as WithHeld)[heldKey] = undefined;
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      // Nothing is kept: the client may retry with the same key.
      await held.end(false);
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const h of REPLAYED_HEADERS) {
      const v = reply.getHeader(h);
      if (v !== undefined) headers[h] = String(v);
    }
    try {
      if (reply.statusCode >= 400) await held.tx.execute(sql`rollback to savepoint idempotent_request`);
      await held.tx.execute(sql`update idempotency_keys set status_code = ${reply.statusCode},
        response_body = ${payload}, response_headers = ${JSON.stringify(headers)}::jsonb
        where principal = ${held.principal} and key = ${held.key}`);
    } catch (err) {
      await held.end(false);
      throw err;
    }
    await held.end(true);
    await ctx.events?.committed();
    return payload;
  });

  // A reply that never reached onSend (a hook before it failed) must not keep its transaction open.
  app.addHook('onResponse', async (request) => {
    const held = (request as WithHeld)[heldKey];
    if (!held) return;
    (request as WithHeld)[heldKey] = undefined;
    await held.end(false);
  });
}

export async function purgeIdempotencyKeys(db: Db, now: Date): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS)));
}
