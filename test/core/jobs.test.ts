import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as notifications from '../../src/core/notifications';
import { systemClock } from '../../src/core/shared/clock';
import type { Ctx } from '../../src/core/shared/context';
import type { Database } from '../../src/db/client';
import { emailMessages } from '../../src/db/schema';
import { type Jobs, QUEUES, startJobs } from '../../src/jobs';
import { createTestDatabase } from '../helpers/db';
import { seedUser } from '../helpers/seed';

/**
 * The pg-boss wiring on the test database (PGlite, or PostgreSQL with TEST_DATABASE_URL): it
 * installs its schema, creates the queues, runs the escalation job and delivers an e-mail to the
 * outbox directory, then stops cleanly.
 */
let database: Database;
let ctx: Ctx;
let jobs: Jobs;
let outboxDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { db: database.db, clock: systemClock };
  outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-jobs-'));
  jobs = await startJobs({
    database,
    ctx,
    config: { mailFrom: 'OpenPO <no-reply@localhost>', outboxDir },
    schedule: false,
  });
}, 60_000);
afterAll(async () => {
  await jobs?.stop();
  await database.close();
  fs.rmSync(outboxDir, { recursive: true, force: true });
});

async function until<T>(probe: () => Promise<T | undefined | null | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('background jobs on pg-boss', () => {
  it('creates the queues and runs the escalation job to completion', async () => {
    const queues = (await jobs.boss.getQueues()).map((q) => q.name);
    expect(queues).toEqual(
      expect.arrayContaining([QUEUES.escalate, QUEUES.sweep, QUEUES.deliver, QUEUES.tracking]),
    );
    expect(await jobs.boss.getQueue(QUEUES.deliver)).toMatchObject({
      policy: 'short',
      retryLimit: notifications.MAX_EMAIL_ATTEMPTS - 1,
      retryBackoff: true,
    });
    const id = await jobs.boss.send(QUEUES.escalate, {});
    expect(id).toBeTruthy();
    const done = await until(async () => {
      const job = await jobs.boss.getJobById(QUEUES.escalate, id!);
      return job?.state === 'completed' ? job : null;
    });
    expect(done.output).toEqual({ reminded: 0, escalated: 0 });
  }, 30_000);

  it('delivers a queued e-mail through the sweep and the delivery job', async () => {
    const user = await seedUser(ctx, { name: 'Gil Hart' });
    const { emailIds } = await notifications.notify(ctx, {
      userIds: [user.id],
      kind: 'approved',
      message: { title: 'PO-2026-00001 was approved', body: 'Approved.' },
      link: null,
    });
    const emailId = emailIds[0]!;
    await jobs.kickDelivery();
    const row = await until(async () => {
      const [r] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.id, emailId));
      return r?.status === 'sent' ? r : null;
    });
    expect(row.deliveredTo).toBe(`${emailId}.eml`);
    expect(fs.readFileSync(path.join(outboxDir, `${emailId}.eml`), 'utf8')).toContain(
      'Subject: PO-2026-00001 was approved',
    );
  }, 30_000);

  it('a delivery whose completion was lost (its job left active) holds up no e-mail, its own included', async () => {
    const user = await seedUser(ctx, { name: 'Hal Ives' });
    const queue = async (title: string) =>
      (
        await notifications.notify(ctx, {
          userIds: [user.id],
          kind: 'approved',
          message: { title, body: 'Approved.' },
          link: null,
        })
      ).emailIds[0]!;
    const lost = await queue('PO-2026-00002 was approved');
    // A delivery job of that message started, deferred it (a waiting job of its own), and the
    // database went away before pg-boss recorded the job's end: the job stays active until it expires.
    const held = await jobs.boss.send(QUEUES.deliver, { id: lost }, { singletonKey: lost, startAfter: 3600 });
    const [fetched] = await jobs.boss.fetch<{ id: string }>(QUEUES.deliver, { ignoreStartAfter: true });
    expect(fetched?.id).toBe(held);
    expect((await jobs.boss.getJobById(QUEUES.deliver, held!))?.state).toBe('active');
    await jobs.boss.send(QUEUES.deliver, { id: lost }, { singletonKey: lost });
    const others = [await queue('PO-2026-00003 was approved'), await queue('PO-2026-00004 was approved')];
    await jobs.kickDelivery();

    const sent = await until(async () => {
      const rows = await ctx.db.select().from(emailMessages).where(eq(emailMessages.toUserId, user.id));
      return rows.length === 3 && rows.every((r) => r.status === 'sent') ? rows : null;
    });
    expect(sent.map((r) => r.id).sort()).toEqual([lost, ...others].sort());
    expect(sent.every((r) => r.attempts === 1)).toBe(true);
  }, 30_000);

  it('stops, and stopping twice is harmless', async () => {
    await jobs.stop();
    await jobs.stop();
    expect(await database.db.select().from(emailMessages).limit(1)).toHaveLength(1);
  });
});
