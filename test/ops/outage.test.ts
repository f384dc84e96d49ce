import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import { type CliDatabase, createCliDatabase } from '../helpers/cli-database';
import { exited, type ServerProcess, startServer } from '../helpers/server-process';
import { startMailServer, type TestMailServer } from '../helpers/smtp';
import { requirePostgres, waitFor } from './ops';

/**
 * Outages under load. PostgreSQL itself is stopped and started again while clients create and
 * submit orders: while it is down every request gets a quick 503 problem+json (no hang, no 500, no
 * crash), the server recovers by itself, every order it acknowledged is there afterwards, each
 * exactly once (clients retry with the same Idempotency-Key), and the audit and spend checks pass.
 * The mail server is down all along: e-mails wait, attempts uncounted, and go when it comes back.
 *
 * OPENPO_TEST_PG_CTL is how to stop and start the PostgreSQL server of TEST_DATABASE_URL (CI:
 * `pg_ctlcluster --skip-systemctl-redirect 15 main`; the test runs `<it> stop` and `<it> start`).
 */
const API = '/api/v1';
let db: CliDatabase;
let server: ServerProcess;
let mailPort: number;
let mail: TestMailServer | null = null;

function pgCtl(action: 'stop' | 'start'): void {
  const ctl = process.env.OPENPO_TEST_PG_CTL;
  if (!ctl)
    throw new Error(
      'the outage test needs OPENPO_TEST_PG_CTL: how to stop and start PostgreSQL (see .ci/run)',
    );
  const [command, ...args] = ctl.split(/\s+/);
  execFileSync(command!, [...args, action], { stdio: 'pipe', timeout: 60_000 });
}

async function postgresUp(): Promise<boolean> {
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

beforeAll(async () => {
  requirePostgres();
  if (!process.env.OPENPO_TEST_PG_CTL) {
    throw new Error(
      'the outage test needs OPENPO_TEST_PG_CTL: how to stop and start PostgreSQL (see .ci/run)',
    );
  }
  db = await createCliDatabase('outage');
  const seeded = db.run(['seed']);
  expect(seeded.status, seeded.stderr).toBe(0);
  // A port where no mail server listens yet.
  const probe = await startMailServer();
  mailPort = probe.port;
  await probe.close();
  server = await startServer(db, { OPENPO_JOBS: '1', SMTP_URL: `smtp://127.0.0.1:${mailPort}` });
}, 120_000);

afterAll(async () => {
  if (!(await postgresUp())) pgCtl('start');
  server?.child.kill('SIGTERM');
  if (server) await exited(server.child);
  await mail?.close();
  await db?.drop();
}, 60_000);

type Outcome = {
  status: number;
  ms: number;
  at: number;
  problem: boolean;
  retryAfter: string | null;
  /** What was asked and what came back, for a failure's message. */
  request: string;
  body: string;
};

describe('outages', () => {
  it('PostgreSQL restarted under load: quick 503s while down, recovery, nothing acknowledged lost', async () => {
    const login = await fetch(`${server.url}${API}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'buyer@example.com', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = String(login.headers.get('set-cookie')).split(';')[0]!;
    const get = async (path: string) =>
      (await fetch(`${server.url}${API}${path}`, { headers: { cookie } })).json() as Promise<{
        items: { id: string }[];
      }>;
    const supplierId = (await get('/suppliers?limit=1&status=active')).items[0]!.id;
    const itemId = (await get('/items?limit=1')).items[0]!.id;
    const departmentId = (await get('/departments')).items[0]!.id;

    const outcomes: Outcome[] = [];
    const acknowledged = new Set<string>();
    const submitted = new Set<string>();
    /** One request; a network failure counts as status 0. */
    const send = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
      const t0 = performance.now();
      try {
        const res = await fetch(`${server.url}${API}${path}`, {
          method,
          headers: {
            cookie,
            ...headers,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
        const text = await res.text();
        outcomes.push({
          status: res.status,
          ms: performance.now() - t0,
          at: Date.now(),
          problem: (res.headers.get('content-type') ?? '').startsWith('application/problem+json'),
          retryAfter: res.headers.get('retry-after'),
          request: `${method} ${path}`,
          body: text.slice(0, 300),
        });
        return { status: res.status, body: text ? JSON.parse(text) : null, etag: res.headers.get('etag') };
      } catch {
        outcomes.push({
          status: 0,
          ms: performance.now() - t0,
          at: Date.now(),
          problem: false,
          retryAfter: null,
          request: `${method} ${path}`,
          body: '',
        });
        return { status: 0, body: null, etag: null };
      }
    };
    /** As a careful client does: a 503 is tried again, with the same Idempotency-Key. */
    const untilAnswered = async (attempt: () => ReturnType<typeof send>) => {
      for (;;) {
        const r = await attempt();
        if (r.status !== 503 && r.status !== 0) return r;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    let running = true;
    const worker = async (w: number) => {
      for (let n = 0; running; n++) {
        const key = randomUUID();
        const created = await untilAnswered(() =>
          send(
            'POST',
            '/purchase-orders',
            { 'idempotency-key': key },
            {
              supplierId,
              departmentId,
              lines: [{ itemId, quantity: String(1 + (n % 5)), unitPrice: `${2000 + w}.00` }],
            },
          ),
        );
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        acknowledged.add(created.body.id);
        const done = await untilAnswered(() =>
          send('POST', `/purchase-orders/${created.body.id}/submit`, {
            'if-match': `"v${created.body.version}"`,
          }),
        );
        // A submit whose first answer was lost to the outage may have committed: its retry then
        // meets the new version (412), which is the client's cue to re-read.
        expect([200, 412], JSON.stringify(done.body)).toContain(done.status);
        submitted.add(created.body.id);
      }
    };
    // The demo organisation has orders of its own: only those made from here on are this test's.
    const loadStart = new Date();
    const workers = Array.from({ length: 6 }, (_, w) => worker(w));

    await new Promise((r) => setTimeout(r, 4000));
    const downAt = Date.now();
    pgCtl('stop');
    const stoppedAt = Date.now();
    // While it is down: the health check says so, quickly.
    await new Promise((r) => setTimeout(r, 3000));
    expect(server.child.exitCode, server.output()).toBeNull();
    const t0 = performance.now();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(performance.now() - t0).toBeLessThan(2000);
    await new Promise((r) => setTimeout(r, 2000));
    const upAt = Date.now();
    pgCtl('start');
    await waitFor('PostgreSQL to answer', postgresUp, 30_000);
    // The server recovers by itself: the health check and the clients' writes succeed again.
    await waitFor(
      'the server to recover',
      async () => (await fetch(`${server.url}/healthz`)).status === 200,
      15_000,
    );
    await waitFor(
      'writes to succeed again',
      () => outcomes.some((o) => o.at > upAt && o.status === 201),
      15_000,
    );
    await new Promise((r) => setTimeout(r, 3000));
    running = false;
    await Promise.all(workers);

    expect(server.child.exitCode).toBeNull();
    const during = outcomes.filter((o) => o.at >= stoppedAt && o.at <= upAt);
    // The outage was seen, as 503 problems with Retry-After, each answered quickly.
    expect(during.length).toBeGreaterThan(10);
    expect(during.filter((o) => o.status === 503).length).toBeGreaterThan(10);
    const refusals = outcomes.filter((o) => o.status === 503);
    expect(refusals.filter((o) => !o.problem || o.retryAfter === null)).toEqual([]);
    expect(Math.max(...refusals.map((o) => o.ms))).toBeLessThan(5000);
    // Never a 500, never a dropped connection.
    expect(outcomes.filter((o) => o.status >= 500 && o.status !== 503)).toEqual([]);
    expect(outcomes.filter((o) => o.status === 0)).toEqual([]);
    expect(outcomes.filter((o) => o.at < downAt).every((o) => o.status < 500)).toBe(true);

    // Every acknowledged order is there, once, and every submitted one is past draft.
    const sql = new pg.Client({ connectionString: db.env.DATABASE_URL });
    await sql.connect();
    try {
      const rows = await sql.query<{ id: string; status: string }>(
        `select po.id, po.status from purchase_orders po join users u on u.id = po.buyer_id
          where u.email = 'buyer@example.com' and po.created_at >= $1`,
        [loadStart],
      );
      expect(rows.rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
      const status = new Map(rows.rows.map((r) => [r.id, r.status]));
      expect([...submitted].filter((id) => status.get(id) === 'draft')).toEqual([]);
      expect(acknowledged.size).toBeGreaterThan(20);

      await waitFor(
        'every audit entry sealed',
        () => {
          const audit = db.run(['audit-verify']);
          return audit.status === 0 && /\(\d+ sealed, 0 not yet\)/.test(audit.stdout);
        },
        30_000,
      );
      const spend = db.run(['spend-verify']);
      expect(spend.status, spend.stderr).toBe(0);

      // The mail server was down all along: the approval requests wait, no attempt counted.
      await waitFor(
        'approval e-mails queued',
        async () =>
          (await sql.query(`select 1 from email_messages where status = 'queued' and last_error is not null`))
            .rowCount! > 0,
        30_000,
      );
      // A delivery job claims a message (counting the attempt) before it learns the server is down
      // and gives the attempt back: a look at that moment sees 1, so wait for the quiet state.
      const waiting = () =>
        sql.query<{ attempts: number; status: string; n: number }>(
          `select attempts, status, count(*)::int as n from email_messages group by 1, 2`,
        );
      await waitFor(
        'every e-mail queued with no attempt counted',
        async () => (await waiting()).rows.every((r) => r.status === 'queued' && r.attempts === 0),
        30_000,
        async () => JSON.stringify((await waiting()).rows),
      );

      // It comes back: every e-mail goes, once.
      mail = await startMailServer({ port: mailPort });
      await waitFor(
        'every e-mail sent',
        async () =>
          (await sql.query(`select 1 from email_messages where status <> 'sent' limit 1`)).rowCount === 0,
        150_000,
        async () => {
          const left = await sql.query(
            `select status, attempts, last_error, count(*)::int as n from email_messages
              where status <> 'sent' group by 1, 2, 3`,
          );
          const jobs = await sql.query(
            `select name, state, count(*)::int as n, min(start_after) as first, max(started_on) as started, max(expire_in) as expire, (select maintained_on from pgboss.version) as maintained from pgboss.job group by 1, 2`,
          );
          const activity = await sql.query(
            `select application_name, state, count(*)::int as n from pg_stat_activity where datname = current_database() group by 1, 2`,
          );
          return `${JSON.stringify(left.rows)}\njobs: ${JSON.stringify(jobs.rows)}\nnow ${new Date().toISOString()}\n${JSON.stringify(activity.rows)}\n${server.output().slice(-1500)}`;
        },
      );
      const sent = await sql.query<{ id: string }>('select id from email_messages');
      await waitFor(
        'the mail server to have them all',
        () => mail!.received.length >= sent.rows.length,
        10_000,
      );
      expect(mail.received.map((m) => m.messageId).sort()).toEqual(
        sent.rows.map((r) => `<${r.id}@openpo>`).sort(),
      );
    } finally {
      await sql.end();
    }
  }, 300_000);
});
