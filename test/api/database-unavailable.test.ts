import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import { loggedError } from '../../src/api/plugins/log-errors';
import { loadConfig } from '../../src/config';
import { fixedClock } from '../../src/core/shared/clock';
import { type Database, openDatabase } from '../../src/db/client';
import { isDatabaseUnavailable } from '../../src/db/unavailable';

/**
 * When PostgreSQL cannot be reached, every request gets a quick 503 problem with Retry-After
 * (never a 500 or a hang), and what is logged of a failed statement holds no values.
 */
let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  // Nothing listens on port 1: every connection is refused.
  database = await openDatabase({ kind: 'postgres', url: 'postgres://openpo@127.0.0.1:1/openpo', max: 2 });
  app = await buildApp({
    ctx: { db: database.db, clock: fixedClock(new Date('2026-03-02T09:00:00Z')) },
    config: loadConfig({ OPENPO_DEMO: '0', LOG_LEVEL: 'silent' }),
    serveWeb: false,
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('the database unreachable', () => {
  it('answers reads, writes and sign-ins with 503 and Retry-After, and the health check with 503', async () => {
    for (const [method, url, payload] of [
      ['GET', '/api/v1/purchase-orders', undefined],
      ['POST', '/api/v1/suppliers', { code: 'X' }],
      ['POST', '/api/v1/auth/login', { email: 'a@b.example', password: 'whatever' }],
    ] as const) {
      const started = Date.now();
      const res = await app.inject({ method, url, payload, headers: { cookie: 'openpo_session=abc' } });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().detail).toMatch(/database cannot be reached/);
      expect(Date.now() - started).toBeLessThan(5000);
    }
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
  });
});

describe('errors in the logs', () => {
  it('keep the statement and the codes but not the parameters or the database’s detail', () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_lower_key"'),
      {
        code: '23505',
        constraint: 'users_email_lower_key',
        detail: 'Key (lower(email))=(jane.doe@example.com) already exists.',
      },
    );
    const err = Object.assign(
      new Error(
        'Failed query: insert into "users" ("email", "iban") values ($1, $2)\nparams: jane.doe@example.com,DE89370400440532013000',
      ),
      {
        query: 'insert into "users" ("email", "iban") values ($1, $2)',
        params: ['jane.doe@example.com', 'DE89370400440532013000'],
        cause,
      },
    );
    const logged = JSON.stringify(loggedError(err));
    expect(logged).toMatch(/insert into \\"users\\"/);
    expect(logged).toMatch(/users_email_lower_key/);
    expect(logged).toMatch(/23505/);
    expect(logged).not.toMatch(/jane\.doe|DE8937/);
  });

  it('tell an unreachable database from other failures', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error('wrapped', { cause: Object.assign(new Error('terminating'), { code: '57P01' }) }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax'), { code: '42601' }))).toBe(false);
  });
});
