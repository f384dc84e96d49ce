import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as notifications from '../../src/core/notifications';
import { fixedClock } from '../../src/core/shared/clock';
import type { Ctx } from '../../src/core/shared/context';
import type { Database } from '../../src/db/client';
import { emailMessages, notifications as notificationsTable, users } from '../../src/db/schema';
import { approvalRequestedMessage } from '../../src/documents/email/approval-messages';
import { createEmailTransport } from '../../src/jobs/mailer';
import { createTestDatabase } from '../helpers/db';
import { seedUser } from '../helpers/seed';
import { startMailServer } from '../helpers/smtp';

/**
 * notify() and e-mail delivery against a real database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): both kinds of rows in the caller's transaction, delivery to the outbox
 * directory, an SMTP server that refuses a message (counted, given up after five attempts), and one
 * that is unavailable (the message waits, uncounted, and goes when the server is back).
 */
let database: Database;
let ctx: Ctx;
let outboxDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = {
    db: database.db,
    clock: fixedClock(new Date('2026-03-02T09:00:00Z')),
    baseUrl: 'https://po.example.com/',
  };
  outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-outbox-'));
}, 60_000);
afterAll(async () => {
  await database.close();
  fs.rmSync(outboxDir, { recursive: true, force: true });
});

const emailsTo = (userId: string) =>
  ctx.db.select().from(emailMessages).where(eq(emailMessages.toUserId, userId));
const notesOf = (userId: string) =>
  ctx.db.select().from(notificationsTable).where(eq(notificationsTable.userId, userId));

describe('notify', () => {
  it('writes an in-app notification and a queued e-mail with an absolute link; inactive users get neither', async () => {
    const ann = await seedUser(ctx, { name: 'Ann Lee' });
    const gone = await seedUser(ctx, { active: false });
    const docId = '0190b9a0-0000-7000-8000-0000000000aa';
    const { emailIds } = await notifications.notify(ctx, {
      userIds: [ann.id, gone.id],
      kind: 'approval_requested',
      message: {
        title: 'PO-2026-00012 waits for your approval',
        body: 'PO-2026-00012 from Acme, 31,200.00 USD, waits for your approval (Finance — because total ≥ 25,000).',
      },
      link: `/purchase-orders/${docId}`,
      document: { type: 'purchase_order', id: docId },
    });
    expect(emailIds).toHaveLength(1);
    const [note] = await notesOf(ann.id);
    expect(note).toMatchObject({
      kind: 'approval_requested',
      link: `/purchase-orders/${docId}`,
      documentId: docId,
      readAt: null,
    });
    const [mail] = await emailsTo(ann.id);
    expect(mail).toMatchObject({ status: 'queued', attempts: 0, toAddress: ann.email });
    expect(mail!.subject).toBe('PO-2026-00012 waits for your approval');
    expect(mail!.textBody).toContain('Hello Ann Lee,');
    expect(mail!.textBody).toContain(`https://po.example.com/purchase-orders/${docId}`);
    expect(mail!.htmlBody).toContain(`href="https://po.example.com/purchase-orders/${docId}"`);
    expect(await notesOf(gone.id)).toEqual([]);
    expect(await emailsTo(gone.id)).toEqual([]);
  });

  it('writes each recipient’s notification and e-mail in their own language', async () => {
    const ann = await seedUser(ctx, { name: 'Ann Lee' });
    const jonas = await seedUser(ctx, { name: 'Jonas Weber' });
    await ctx.db.update(users).set({ language: 'de' }).where(eq(users.id, jonas.id));
    const facts = {
      documentType: 'purchase_order' as const,
      number: 'PO-2026-00012',
      supplierName: 'Acme',
      requesterName: null,
      total: '31200',
      currency: 'USD',
      minorUnits: 2,
    };
    await notifications.notify(ctx, {
      userIds: [ann.id, jonas.id],
      kind: 'approval_requested',
      message: (i18n) =>
        approvalRequestedMessage(i18n, facts, { explanation: 'Finance', onBehalfOfName: null }),
      link: '/purchase-orders/0190b9a0-0000-7000-8000-0000000000ab',
    });
    const [annNote] = await notesOf(ann.id);
    expect(annNote).toMatchObject({
      title: 'PO-2026-00012 waits for your approval',
      body: 'PO-2026-00012 from Acme, 31,200.00 USD, waits for your approval (Finance).',
    });
    const [jonasNote] = await notesOf(jonas.id);
    expect(jonasNote).toMatchObject({
      title: 'PO-2026-00012 wartet auf Ihre Genehmigung',
      body: 'PO-2026-00012 von Acme, 31.200,00 USD, wartet auf Ihre Genehmigung (Finance).',
    });
    const [mail] = await emailsTo(jonas.id);
    expect(mail!.subject).toBe('PO-2026-00012 wartet auf Ihre Genehmigung');
    expect(mail!.textBody).toContain('Hallo Jonas Weber,');
    expect(mail!.textBody).toContain('In OpenPO öffnen: https://po.example.com/purchase-orders/');
    expect(mail!.htmlBody).toContain('<html lang="de">');
    expect((await emailsTo(ann.id))[0]!.textBody).toContain('Hello Ann Lee,');
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const bo = await seedUser(ctx);
    await expect(
      ctx.db.transaction(async (tx) => {
        await notifications.notify(
          { ...ctx, db: tx },
          {
            userIds: [bo.id],
            kind: 'approved',
            message: { title: 't', body: 'b' },
            link: null,
          },
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await notesOf(bo.id)).toEqual([]);
    expect(await emailsTo(bo.id)).toEqual([]);
  });
});

describe('e-mail delivery', () => {
  async function queuedFor(name: string) {
    const user = await seedUser(ctx, { name });
    const { emailIds } = await notifications.notify(ctx, {
      userIds: [user.id],
      kind: 'approved',
      message: { title: `Hello ${name}`, body: 'Your order was approved.' },
      link: '/purchase-orders/0190b9a0-0000-7000-8000-0000000000bb',
    });
    return emailIds[0]!;
  }

  it('writes the message to <outbox>/<id>.eml, marks it sent, and does not send it twice', async () => {
    const id = await queuedFor('Cy Dale');
    const transport = createEmailTransport({ mailFrom: 'OpenPO <no-reply@localhost>', outboxDir });
    const result = await notifications.deliverEmailMessage(ctx, { id, transport });
    expect(result).toEqual({ outcome: 'sent', deliveredTo: `${id}.eml` });
    const file = fs.readFileSync(path.join(outboxDir, `${id}.eml`), 'utf8');
    expect(file).toContain('Subject: Hello Cy Dale');
    expect(file).toContain('From: OpenPO <no-reply@localhost>');
    expect(file).toContain('/purchase-orders/0190b9a0-0000-7000-8000-0000000000bb');
    const [row] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.id, id));
    expect(row).toMatchObject({ status: 'sent', attempts: 1, deliveredTo: `${id}.eml`, lastError: null });
    expect(row!.sentAt).toEqual(ctx.clock.now());

    expect(await notifications.deliverEmailMessage(ctx, { id, transport })).toEqual({ outcome: 'skipped' });
    expect(fs.readdirSync(outboxDir).filter((f) => f.startsWith(id))).toEqual([`${id}.eml`]);
  });

  it('sends a message once when two deliveries of it run at the same time', async () => {
    const id = await queuedFor('Ed Fox');
    let release!: () => void;
    const sending = new Promise<void>((r) => {
      release = r;
    });
    const sent: string[] = [];
    // The first delivery is still talking to the mail server when the second one starts.
    const slow: notifications.EmailTransport = {
      async deliver(m) {
        sent.push(m.id);
        await sending;
        return 'smtp';
      },
    };
    const first = notifications.deliverEmailMessage(ctx, { id, transport: slow });
    await expect.poll(() => sent.length).toBe(1);
    const [held] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.id, id));
    expect(held).toMatchObject({ status: 'queued', attempts: 1 });
    expect(held!.claimedUntil!.getTime() - ctx.clock.now().getTime()).toBe(
      notifications.EMAIL_CLAIM_SECONDS * 1000,
    );
    expect(await notifications.deliverEmailMessage(ctx, { id, transport: slow })).toEqual({
      outcome: 'skipped',
    });
    release();
    expect(await first).toEqual({ outcome: 'sent', deliveredTo: 'smtp' });
    expect(sent).toEqual([id]);
    const [row] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.id, id));
    expect(row).toMatchObject({ status: 'sent', attempts: 1, claimedUntil: null });
  });

  it('takes a message back from a delivery that never recorded its outcome, once its claim has run out', async () => {
    const id = await queuedFor('Ed Gray');
    // A delivery claimed it and its process went away mid-send.
    await ctx.db
      .update(emailMessages)
      .set({ attempts: 1, claimedUntil: new Date(ctx.clock.now().getTime() + 1000) })
      .where(eq(emailMessages.id, id));
    const transport = createEmailTransport({ mailFrom: 'OpenPO <no-reply@localhost>', outboxDir });
    expect(await notifications.deliverEmailMessage(ctx, { id, transport })).toEqual({ outcome: 'skipped' });
    await ctx.db.update(emailMessages).set({ claimedUntil: ctx.clock.now() }).where(eq(emailMessages.id, id));
    expect(await notifications.deliverEmailMessage(ctx, { id, transport })).toEqual({
      outcome: 'sent',
      deliveredTo: `${id}.eml`,
    });
    const [row] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.id, id));
    expect(row).toMatchObject({ status: 'sent', attempts: 2, claimedUntil: null });
  });

  it('counts an attempt when the server refuses the message (5xx), and gives up after five', async () => {
    const id = await queuedFor('Di Eng');
    const mail = await startMailServer({ answer: () => ({ code: 550, message: 'No such mailbox' }) });
    try {
      const transport = createEmailTransport({
        smtpUrl: mail.url,
        mailFrom: 'OpenPO <no-reply@localhost>',
        outboxDir,
      });
      const first = await notifications.deliverEmailMessage(ctx, { id, transport });
      expect(first).toMatchObject({ outcome: 'retry', attempts: 1 });
      let [row] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.id, id));
      expect(row).toMatchObject({ status: 'queued', attempts: 1, sentAt: null, deliveredTo: null });
      expect(row!.lastError).toMatch(/No such mailbox/);
      for (let i = 2; i <= notifications.MAX_EMAIL_ATTEMPTS; i++) {
        await notifications.deliverEmailMessage(ctx, { id, transport });
      }
      [row] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.id, id));
      expect(row).toMatchObject({ status: 'failed', attempts: notifications.MAX_EMAIL_ATTEMPTS });
      expect(await notifications.deliverEmailMessage(ctx, { id, transport })).toEqual({ outcome: 'skipped' });
      expect(mail.received).toEqual([]);
    } finally {
      await mail.close();
    }
  }, 60_000);

  it('keeps a message waiting, attempts uncounted, while the server is unreachable or answers 4xx, and sends it once it is back', async () => {
    const id = await queuedFor('Di Fay');
    // Nothing listens on the port: unreachable.
    const probe = await startMailServer();
    const port = probe.port;
    await probe.close();
    const transport = createEmailTransport({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'OpenPO <no-reply@localhost>',
      outboxDir,
    });
    for (let i = 0; i < notifications.MAX_EMAIL_ATTEMPTS + 2; i++) {
      const r = await notifications.deliverEmailMessage(ctx, { id, transport });
      expect(r).toMatchObject({ outcome: 'deferred' });
    }
    let [row] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.id, id));
    expect(row).toMatchObject({ status: 'queued', attempts: 0, sentAt: null });
    expect(row!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(await notifications.listUndeliveredEmailIds(ctx, { limit: 500 })).toContain(id);

    // The server is back but busy (451): still waiting.
    let busy = true;
    const mail = await startMailServer({
      port,
      answer: () => (busy ? { code: 451, message: 'Try again later' } : null),
    });
    try {
      expect(await notifications.deliverEmailMessage(ctx, { id, transport })).toMatchObject({
        outcome: 'deferred',
        error: expect.stringMatching(/Try again later/),
      });
      busy = false;
      expect(await notifications.deliverEmailMessage(ctx, { id, transport })).toEqual({
        outcome: 'sent',
        deliveredTo: 'smtp',
      });
      [row] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.id, id));
      expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
      expect(mail.received.map((m) => m.messageId)).toEqual([`<${id}@openpo>`]);
    } finally {
      await mail.close();
    }
  }, 60_000);

  it('hands only queued, untried messages to delivery', async () => {
    const id = await queuedFor('Ed Fox');
    const ids = await notifications.listUndeliveredEmailIds(ctx, { limit: 500 });
    expect(ids).toContain(id);
    const [sent] = await ctx.db.select().from(emailMessages).where(eq(emailMessages.status, 'sent'));
    expect(ids).not.toContain(sent!.id);
  });
});

describe('mail configuration', () => {
  it('defaults the sender and the outbox directory, and names a wrong variable', async () => {
    const { ConfigError, loadConfig } = await import('../../src/config');
    const c = loadConfig({ OPENPO_DATA_DIR: '/srv/openpo' });
    expect(c).toMatchObject({
      mailFrom: 'OpenPO <no-reply@localhost>',
      outboxDir: '/srv/openpo/outbox',
      jobs: true,
    });
    expect(c.smtpUrl).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.com:465', OPENPO_JOBS: '0' })).toMatchObject({
      smtpUrl: 'smtps://u:p@mail.example.com:465',
      jobs: false,
    });
    expect(() => loadConfig({ SMTP_URL: 'mail.example.com' })).toThrow(ConfigError);
    expect(() => loadConfig({ OPENPO_MAIL_FROM: 'nobody' })).toThrow(/OPENPO_MAIL_FROM="nobody"/);
  });
});
