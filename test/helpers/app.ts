import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/api/app';
import { loadConfig } from '../../src/config';
import { DISPATCHES_QUEUED, prepareDispatches } from '../../src/core/dispatch';
import { prepareScorecardReviews, SCORECARD_REVIEWS_QUEUED } from '../../src/core/evaluation';
import { relayEvents } from '../../src/core/events';
import { fixedClock } from '../../src/core/shared/clock';
import type { Ctx } from '../../src/core/shared/context';
import type { Role } from '../../src/core/shared/permissions';
import type { Database } from '../../src/db/client';
import { EVENT_CONSUMERS } from '../../src/jobs/event-relay';
import { memoryAuditSeal } from './audit';
import { createTestDatabase } from './db';
import { seedUser, TEST_PASSWORD } from './seed';

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  ctx: Ctx;
  clock: ReturnType<typeof fixedClock>;
  /** Creates a user with these roles and returns their session cookie header. */
  loginAs(roles: Role[], email?: string): Promise<{ cookie: string; userId: string; email: string }>;
  /** Signs an existing user in (again, e.g. after the clock jumped past their session): their cookie header. */
  signIn(email: string): Promise<string>;
  request(opts: InjectOptions & { as?: { cookie: string } }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

let counter = 0;

/**
 * Relays every committed event and prepares the sends to suppliers and the scorecard reviews they
 * left (in this thread); waits out a relay run that holds the lock.
 */
export async function relayNow(ctx: Ctx): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const run = await relayEvents(ctx, { consumers: EVENT_CONSUMERS });
    if (!run.busy) {
      if (run.queued.includes(DISPATCHES_QUEUED)) await prepareDispatches(ctx);
      if (run.queued.includes(SCORECARD_REVIEWS_QUEUED)) await prepareScorecardReviews(ctx);
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the event relay stayed busy');
}

export async function createTestApp(opts: { env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const start = new Date('2026-03-02T09:00:00Z');
  const clock = fixedClock(start);
  const ctx: Ctx = { db: database.db, clock, audit: memoryAuditSeal() };
  // The real relay and consumers, run right after each commit, so a test reads their effects
  // (notifications, queued e-mails) as soon as the request that caused them has answered.
  ctx.events = { committed: () => relayNow(ctx) };
  const config = loadConfig({
    OPENPO_DEMO: '0',
    LOG_LEVEL: 'silent',
    // Each app its own place for attachments' bytes, never the working copy's data directory.
    OPENPO_ATTACHMENTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-attachments-')),
    ...opts.env,
  });
  const app = await buildApp({
    ctx,
    config,
    serveWeb: false,
    listen: (channel, onNotify) => database.listen(channel, onNotify),
    // With OPENPO_TEST_CLOCK the route moves the test's own clock (null: back to its start).
    testClock: { now: clock.now, set: (d) => clock.set(d ?? start) },
    ...(process.env.TEST_LOG ? { logger: { level: 'error' } } : {}),
  });
  await app.ready();

  const request: TestApp['request'] = async ({ as, headers, ...opts }) =>
    app.inject({ ...opts, headers: { ...(headers ?? {}), ...(as ? { cookie: as.cookie } : {}) } });

  async function signIn(email: string): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: TEST_PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    const setCookie = res.headers['set-cookie'];
    return (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;
  }

  return {
    app,
    database,
    ctx,
    clock,
    request,
    async loginAs(roles, email) {
      counter++;
      const address =
        email ??
        `${roles.join('-') || 'norole'}-${counter}-${Math.random().toString(36).slice(2, 7)}@test.example`;
      const user = await seedUser(ctx, { email: address, roles });
      return { cookie: await signIn(address), userId: user.id, email: address };
    },
    signIn,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
