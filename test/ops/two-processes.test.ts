import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import { type CliDatabase, createCliDatabase } from '../helpers/cli-database';
import { type RoundRobinProxy, startRoundRobinProxy } from '../helpers/round-robin-proxy';
import { exited, type ServerProcess, startServer } from '../helpers/server-process';
import { startMailServer, type TestMailServer } from '../helpers/smtp';
import { requirePostgres, waitFor } from './ops';

/**
 * Two OpenPO processes on one PostgreSQL database behind a round-robin load balancer, both running
 * the background jobs, as docs/operations.md describes a deployment of several processes: a session
 * made on one works on the other, every e-mail leaves once, the every-minute jobs run once a minute
 * (a reminder that falls due is sent once), and the audit trail the two sealers checkpoint stays
 * whole.
 */
const API = '/api/v1';
let db: CliDatabase;
let mail: TestMailServer;
let servers: ServerProcess[] = [];
let proxy: RoundRobinProxy;
let sql: pg.Client;

beforeAll(async () => {
  requirePostgres();
  db = await createCliDatabase('two');
  const seeded = db.run(['seed']);
  expect(seeded.status, seeded.stderr).toBe(0);
  mail = await startMailServer();
  const env = { OPENPO_JOBS: '1', SMTP_URL: mail.url, DATABASE_POOL_SIZE: '4' };
  // One after the other: the first creates the audit seal key in the shared data directory.
  servers.push(await startServer(db, env));
  servers.push(await startServer(db, env));
  proxy = await startRoundRobinProxy(servers.map((s) => s.url));
  sql = new pg.Client({ connectionString: db.env.DATABASE_URL });
  await sql.connect();
}, 120_000);

afterAll(async () => {
  await sql?.end();
  await proxy?.close();
  for (const s of servers) s.child.kill('SIGTERM');
  const codes = await Promise.all(servers.map((s) => exited(s.child)));
  servers = [];
  await mail?.close();
  await db?.drop();
  expect(codes).toEqual(codes.map(() => 0));
}, 60_000);

// biome-ignore lint/suspicious/noExplicitAny: response bodies in assertions
type Answer = { status: number; body: any; backend: string | null };

async function call(
  cookie: string,
  method: string,
  path: string,
  init: { body?: unknown; ifMatch?: string } = {},
) {
  const res = await fetch(`${proxy.url}${API}${path}`, {
    method,
    headers: {
      cookie,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.ifMatch ? { 'if-match': init.ifMatch } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : null,
    backend: res.headers.get('x-backend'),
  } as Answer;
}

async function logIn(email: string): Promise<string> {
  const res = await fetch(`${proxy.url}${API}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return String(res.headers.get('set-cookie')).split(';')[0]!;
}

describe('two processes behind a round-robin balancer', () => {
  it('serves one session from both, sends every e-mail once, runs each scheduled job once a minute', async () => {
    const startedAt = new Date();
    const buyer = await logIn('buyer@example.com');
    // The same session, answered by both processes.
    const me = await Promise.all(Array.from({ length: 6 }, () => call(buyer, 'GET', '/auth/me')));
    expect(me.map((a) => a.status)).toEqual(me.map(() => 200));
    expect(new Set(me.map((a) => a.backend))).toEqual(new Set(['0', '1']));
    expect(new Set(me.map((a) => a.body.user.email))).toEqual(new Set(['buyer@example.com']));

    // A mixed workload: orders created, submitted and approved, each request on either process.
    const suppliers = await call(buyer, 'GET', '/suppliers?limit=5&status=active');
    const items = await call(buyer, 'GET', '/items?limit=3');
    expect(suppliers.status).toBe(200);
    expect(items.status).toBe(200);
    const supplierId = suppliers.body.items[0].id as string;
    const departments = await call(buyer, 'GET', '/departments');
    expect(departments.status).toBe(200);
    const departmentId = (departments.body.items ?? departments.body)[0].id as string;
    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async (_, w) => {
        for (let n = 0; n < 3; n++) {
          const created = await call(buyer, 'POST', '/purchase-orders', {
            body: {
              supplierId,
              departmentId,
              lines: items.body.items.map((item: { id: string }, i: number) => ({
                itemId: item.id,
                quantity: String(1 + i + w),
                unitPrice: `${1500 + 2500 * n}.00`,
              })),
            },
          });
          expect(created.status, JSON.stringify(created.body)).toBe(201);
          const submitted = await call(buyer, 'POST', `/purchase-orders/${created.body.id}/submit`, {
            ifMatch: `"v${created.body.version}"`,
          });
          expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
          ids.push(created.body.id);
        }
      }),
    );

    // Every approver works through what waits for them; one order is left waiting.
    const approvers = await Promise.all(
      ['head@example.com', 'finance@example.com', 'compliance@example.com', 'admin@example.com'].map(logIn),
    );
    const keep = ids[0]!;
    for (let round = 0; round < 6; round++) {
      for (const cookie of approvers) {
        const inbox = await call(cookie, 'GET', '/approvals/inbox?limit=100');
        expect(inbox.status).toBe(200);
        for (const item of inbox.body.items as { documentId: string; version: number }[]) {
          if (!ids.includes(item.documentId) || item.documentId === keep) continue;
          const approved = await call(cookie, 'POST', `/purchase-orders/${item.documentId}/approve`, {
            ifMatch: `"v${item.version}"`,
          });
          expect(approved.status, JSON.stringify(approved.body)).toBe(200);
        }
      }
    }
    const statuses = await sql.query<{ id: string; status: string }>(
      'select id, status from purchase_orders where id = any($1)',
      [ids],
    );
    const approvedCount = statuses.rows.filter((r) => r.status === 'approved').length;
    expect(approvedCount).toBeGreaterThanOrEqual(ids.length - 1);
    expect(statuses.rows.find((r) => r.id === keep)?.status).toBe('pending_approval');
    expect(proxy.served[0]).toBeGreaterThan(20);
    expect(proxy.served[1]).toBeGreaterThan(20);

    // The waiting order's step falls due for its reminder (24 h in the demo policy): whichever
    // process's minute job finds it, the approvers are reminded once.
    await sql.query(
      `update document_approval_steps set activated_at = now() - interval '25 hours'
        where document_id = $1 and status = 'pending' and activated_at is not null`,
      [keep],
    );
    const reminders = async () =>
      (
        await sql.query<{ userId: string; n: number }>(
          `select user_id as "userId", count(*)::int as n from notifications
            where kind = 'approval_reminder' and document_id = $1 group by 1`,
          [keep],
        )
      ).rows;
    await waitFor('the reminder', async () => (await reminders()).length > 0, 150_000);

    // Every job each process scheduled ran once per minute, and two minutes have passed.
    await waitFor(
      'two minutes of scheduled jobs',
      async () =>
        (
          await sql.query<{ n: number }>(
            `select count(distinct date_trunc('minute', created_on))::int as n from pgboss.job
              where name = 'approvals-escalate' and created_on >= $1`,
            [startedAt],
          )
        ).rows[0]!.n >= 2,
      150_000,
    );
    // Each minute's schedule is one send-it job per minute slot (a unique index of the queue), and
    // each of those makes one job: never more jobs than slots, whichever process sent them. (When
    // the machine is busy a slot's job may be made a little later, in the next minute: counting
    // jobs per minute of creation would see two there and none before.)
    const { jobs, slots } = (
      await sql.query<{ jobs: number; slots: number }>(
        `with j as (select name, singleton_key, singleton_on, created_on from pgboss.job
            union all select name, singleton_key, singleton_on, created_on from pgboss.archive)
          select (select count(*)::int from j where name = 'approvals-escalate' and created_on >= $1) as jobs,
            (select count(distinct singleton_on)::int from j where name = '__pgboss__send-it'
              and singleton_key = 'approvals-escalate' and created_on >= $1) as slots`,
        [startedAt],
      )
    ).rows[0]!;
    expect(jobs).toBeGreaterThanOrEqual(2);
    expect(jobs).toBeLessThanOrEqual(slots);

    // Every e-mail written is sent, and each reached the mail server exactly once.
    await waitFor(
      'every e-mail sent',
      async () =>
        (await sql.query(`select 1 from email_messages where status <> 'sent' limit 1`)).rowCount === 0,
      90_000,
    );
    const sent = await sql.query<{ id: string }>(`select id from email_messages`);
    expect(sent.rows.length).toBeGreaterThan(ids.length);
    await waitFor(
      'the mail server to have them all',
      async () => mail.received.length >= sent.rows.length,
      10_000,
    );
    const received = mail.received.map((m) => m.messageId).sort();
    expect(received).toEqual(sent.rows.map((r) => `<${r.id}@openpo>`).sort());
    // A minute or more after the reminder fell due, each approver has been reminded once.
    expect((await reminders()).map((r) => r.n)).toEqual((await reminders()).map(() => 1));

    // Both sealers checkpointed the same trail without gaps or overlaps; spend sums agree.
    await waitFor(
      'every audit entry sealed',
      async () => {
        const audit = db.run(['audit-verify']);
        return audit.status === 0 && /\(\d+ sealed, 0 not yet\)/.test(audit.stdout);
      },
      30_000,
    );
    const spend = db.run(['spend-verify']);
    expect(spend.status, spend.stderr).toBe(0);
  }, 420_000);
});
