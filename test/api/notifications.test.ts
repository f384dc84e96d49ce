import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as approvals from '../../src/core/approvals';
import type { Role } from '../../src/core/shared/permissions';
import { auditLog, documentApprovalSteps, emailMessages, notifications } from '../../src/db/schema';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedDepartment } from '../../src/seed/organisation-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier, TEST_PASSWORD } from '../helpers/seed';

/**
 * Notifications end to end: who hears of a routed order and when (approvers as their step opens,
 * delegates on behalf of them, the buyer when the route ends), reminders and escalation with a
 * fake clock, and the notification and outbox routes with their 401/403/404 answers.
 */
type Who = { cookie: string; userId: string; email: string };
type Json = Record<string, unknown>;

let t: TestApp;
let admin: Who;
let buyer: Who;
let head: Who;
let finance: Who;
let fallback: Who;
let deputy: Who;
let auditor: Who;
let requester: Who;
let supplierId: string;
let deptId: string;
let costCentreId: string;
let itemId: string;

const PO = '/api/v1/purchase-orders';

/** Moves the clock and signs everybody in again (sessions expire while the clock jumps days). */
async function advanceHours(h: number): Promise<void> {
  t.clock.advance(h * 3600_000);
  for (const who of [admin, buyer, head, finance, fallback, deputy, auditor, requester]) {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: who.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = res.headers['set-cookie'];
    who.cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;
  }
}
const NOTES = '/api/v1/notifications';
const none = { roles: [], userIds: [], departmentHead: false, costCentreOwner: false };

beforeAll(async () => {
  t = await createTestApp();
  const login = (roles: Role[]) => t.loginAs(roles);
  admin = await login(['admin']);
  buyer = await login(['buyer']);
  head = await login(['approver']);
  finance = await login(['finance']);
  fallback = await login(['finance']);
  deputy = await login(['approver']);
  auditor = await login(['auditor']);
  requester = await login(['requester']);
  deptId = (await seedDepartment(t.ctx, { headUserId: head.userId })).id;
  costCentreId = (await seedCostCentre(t.ctx, { departmentId: deptId })).id;
  supplierId = (await seedSupplier(t.ctx, { legalName: 'Acme Industrial Ltd' })).id;
  itemId = (await seedItem(t.ctx, { defaultTaxRate: '0' })).id;
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/approval-policies',
    as: admin,
    payload: {
      documentType: 'purchase_order',
      name: 'Orders by amount',
      steps: [
        {
          level: 1,
          name: 'Department head',
          condition: { amountAtLeast: '5000' },
          approvers: { ...none, departmentHead: true },
          reminderHours: 24,
          escalationHours: 48,
          fallbackUserId: fallback.userId,
        },
        {
          level: 2,
          name: 'Finance',
          condition: { amountAtLeast: '25000' },
          approvers: { ...none, userIds: [finance.userId] },
        },
      ],
    },
  });
  expect(res.statusCode).toBe(201);
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function submitted(amount: string): Promise<Json & { id: string; version: number; number: string }> {
  const draft = await t.request({
    method: 'POST',
    url: PO,
    as: buyer,
    payload: {
      supplierId,
      departmentId: deptId,
      costCentreId,
      currency: 'USD',
      lines: [{ itemId, quantity: '1', unitPrice: amount, taxRate: '0' }],
    },
  });
  expect(draft.statusCode).toBe(201);
  const doc = draft.json();
  const res = await act(doc, 'submit', buyer);
  expect(res.statusCode).toBe(200);
  return res.json();
}

function act(doc: { id: string; version: number }, verb: string, as: Who, body: Json = {}) {
  return t.request({
    method: 'POST',
    url: `${PO}/${doc.id}/${verb}`,
    as,
    headers: { 'if-match': `"v${doc.version}"` },
    payload: body,
  });
}

const notesFor = (userId: string, documentId: string) =>
  t.ctx.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.documentId, documentId)))
    .orderBy(notifications.createdAt, notifications.id);
const kinds = async (userId: string, documentId: string) =>
  (await notesFor(userId, documentId)).map((n) => n.kind);

describe('who is notified of a routed order', () => {
  it('tells the head at submission, finance once the head approved, and the buyer when it is approved', async () => {
    const po = await submitted('31200');
    const [toHead] = await notesFor(head.userId, po.id);
    expect(toHead).toMatchObject({
      kind: 'approval_requested',
      link: `/purchase-orders/${po.id}`,
      title: `${po.number} waits for your approval`,
    });
    expect(toHead!.body).toBe(
      `${po.number} from Acme Industrial Ltd, 31,200.00 USD, waits for your approval (Department head — because total 31,200.00 USD ≥ 5,000).`,
    );
    expect(await kinds(finance.userId, po.id)).toEqual([]);
    const mails = await t.ctx.db.select().from(emailMessages).where(eq(emailMessages.toUserId, head.userId));
    expect(mails.some((m) => m.textBody.includes(`http://localhost:3000/purchase-orders/${po.id}`))).toBe(
      true,
    );

    t.clock.advance(60_000);
    const first = await act(po, 'approve', head, { comment: 'fine by me' });
    expect(first.statusCode).toBe(200);
    expect(await kinds(finance.userId, po.id)).toEqual(['approval_requested']);
    expect(await kinds(buyer.userId, po.id)).toEqual([]);
    const [step] = await t.ctx.db
      .select()
      .from(documentApprovalSteps)
      .where(and(eq(documentApprovalSteps.documentId, po.id), eq(documentApprovalSteps.name, 'Finance')));
    expect(step!.activatedAt).toEqual(t.clock.now());

    const inbox = (await t.request({ method: 'GET', url: '/api/v1/approvals/inbox', as: finance })).json();
    const item = inbox.items.find((i: Json) => i.documentId === po.id);
    expect(new Date(item.waitingSince)).toEqual(t.clock.now());

    t.clock.advance(60_000);
    const last = await act(first.json(), 'approve', finance, { comment: 'budget ok' });
    expect(last.json().status).toBe('approved');
    const [approved] = await notesFor(buyer.userId, po.id);
    expect(approved).toMatchObject({ kind: 'approved', title: `${po.number} was approved` });
    expect(approved!.body).toContain('budget ok');
  });

  it('does not list a later level in its approvers’ inbox before it opens', async () => {
    const po = await submitted('30000');
    const inbox = (await t.request({ method: 'GET', url: '/api/v1/approvals/inbox', as: finance })).json();
    expect(inbox.items.some((i: Json) => i.documentId === po.id)).toBe(false);
  });

  it('tells the buyer of a rejection with the reason', async () => {
    const po = await submitted('6000');
    const res = await act(po, 'reject', head, { reason: 'Wrong supplier' });
    expect(res.statusCode).toBe(200);
    const [rejected] = await notesFor(buyer.userId, po.id);
    expect(rejected).toMatchObject({ kind: 'rejected', title: `${po.number} was rejected` });
    expect(rejected!.body).toContain('Wrong supplier');
  });

  it('tells the buyer when changes are requested, with the comment', async () => {
    const po = await submitted('6500');
    const res = await act(po, 'request-changes', head, { comment: 'Split the delivery in two' });
    expect(res.statusCode).toBe(200);
    const [note] = await notesFor(buyer.userId, po.id);
    expect(note).toMatchObject({ kind: 'changes_requested', title: `${po.number} needs changes` });
    expect(note!.body).toContain('Split the delivery in two');
  });

  it('tells a delegate of the approver, on their behalf', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/delegations',
      as: head,
      payload: { delegateUserId: deputy.userId, validTo: '2026-04-30T00:00:00Z' },
    });
    expect(created.statusCode).toBe(201);
    const po = await submitted('7000');
    const [note] = await notesFor(deputy.userId, po.id);
    expect(note!.kind).toBe('approval_requested');
    expect(note!.title).toMatch(/^PO-.+ waits for approval on behalf of .+$/);
    await t.request({ method: 'DELETE', url: `/api/v1/delegations/${created.json().id}`, as: head });
  });
});

describe('reminders and escalation', () => {
  it('reminds once, escalates once to the fallback who may then approve, and a second run does nothing', async () => {
    // Earlier tests left steps waiting too: start from a sweep that clears whatever they owe.
    await advanceHours(100);
    await approvals.runApprovalEscalations(t.ctx);

    const po = await submitted('8000');
    await advanceHours(23);
    expect(await approvals.runApprovalEscalations(t.ctx)).toEqual({ reminded: 0, escalated: 0 });

    await advanceHours(1);
    // Two workers at once: the step is locked by one and skipped by the other.
    const both = await Promise.all([
      approvals.runApprovalEscalations(t.ctx),
      approvals.runApprovalEscalations(t.ctx),
    ]);
    expect(both.reduce((n, r) => n + r.reminded, 0)).toBe(1);
    expect(await kinds(head.userId, po.id)).toEqual(['approval_requested', 'approval_reminder']);
    expect(await approvals.runApprovalEscalations(t.ctx)).toEqual({ reminded: 0, escalated: 0 });
    expect((await act(po, 'approve', fallback)).statusCode).toBe(403);

    await advanceHours(24);
    expect(await approvals.runApprovalEscalations(t.ctx)).toEqual({ reminded: 0, escalated: 1 });
    expect(await approvals.runApprovalEscalations(t.ctx)).toEqual({ reminded: 0, escalated: 0 });
    expect(await kinds(fallback.userId, po.id)).toEqual(['approval_escalated']);
    expect(await kinds(head.userId, po.id)).toEqual(['approval_requested', 'approval_reminder']);
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, po.id), eq(auditLog.action, 'approval:escalate')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.reason).toContain('fallback approver');

    const res = await act(po, 'approve', fallback);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('approved');
    expect(await kinds(buyer.userId, po.id)).toEqual(['approved']);
  });
});

describe('notification routes', () => {
  it('list only the caller’s notifications, newest first, paged, with an unread filter and count', async () => {
    const count = await t.request({ method: 'GET', url: `${NOTES}/unread-count`, as: head });
    expect(count.statusCode).toBe(200);
    const unread = count.json().unread as number;
    expect(unread).toBeGreaterThan(2);

    const page1 = await t.request({ method: 'GET', url: `${NOTES}?limit=2`, as: head });
    expect(page1.statusCode).toBe(200);
    const body = page1.json();
    expect(body.items).toHaveLength(2);
    expect(body.nextCursor).toBeTruthy();
    const page2 = (
      await t.request({ method: 'GET', url: `${NOTES}?limit=200&cursor=${body.nextCursor}`, as: head })
    ).json();
    const all = [...body.items, ...page2.items];
    expect(all).toHaveLength(unread);
    const times = all.map((n: Json) => new Date(String(n.createdAt)).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const own = await t.ctx.db.select().from(notifications).where(eq(notifications.userId, head.userId));
    expect(new Set(all.map((n: Json) => n.id))).toEqual(new Set(own.map((n) => n.id)));
  });

  it('mark one read (idempotent), somebody else’s is 404, then all read', async () => {
    const list = (await t.request({ method: 'GET', url: `${NOTES}?unread=true`, as: head })).json().items;
    const target = list[0];
    const before = (await t.request({ method: 'GET', url: `${NOTES}/unread-count`, as: head })).json().unread;

    const other = await t.request({ method: 'POST', url: `${NOTES}/${target.id}/read`, as: finance });
    expect(other.statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `${NOTES}/unread-count`, as: head })).json().unread).toBe(
      before,
    );

    const read = await t.request({ method: 'POST', url: `${NOTES}/${target.id}/read`, as: head });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: target.id, readAt: t.clock.now().toISOString() });
    expect(
      (await t.request({ method: 'POST', url: `${NOTES}/${target.id}/read`, as: head })).statusCode,
    ).toBe(200);
    expect((await t.request({ method: 'GET', url: `${NOTES}/unread-count`, as: head })).json().unread).toBe(
      before - 1,
    );
    const unreadOnly = (
      await t.request({ method: 'GET', url: `${NOTES}?unread=true&limit=200`, as: head })
    ).json();
    expect(unreadOnly.items.some((n: Json) => n.id === target.id)).toBe(false);

    // Opening a document reads what told of it, and nothing else.
    const rest = (await t.request({ method: 'GET', url: `${NOTES}?unread=true&limit=200`, as: head })).json()
      .items as Json[];
    const about = rest.find((n) => n.documentId);
    expect(about).toBeDefined();
    const sameDocument = rest.filter(
      (n) => n.documentId === about!.documentId && n.documentType === about!.documentType,
    ).length;
    const aboutUrl = `${NOTES}/read-all?documentType=${about!.documentType}&documentId=${about!.documentId}`;
    expect((await t.request({ method: 'POST', url: aboutUrl, as: finance })).json()).toEqual({ marked: 0 });
    expect((await t.request({ method: 'POST', url: aboutUrl, as: head })).json()).toEqual({
      marked: sameDocument,
    });
    expect((await t.request({ method: 'GET', url: `${NOTES}/unread-count`, as: head })).json().unread).toBe(
      before - 1 - sameDocument,
    );
    const half = await t.request({
      method: 'POST',
      url: `${NOTES}/read-all?documentType=purchase_order`,
      as: head,
    });
    expect(half.statusCode).toBe(422);
    expect(half.json().errors[0].path).toBe('documentId');

    const all = await t.request({ method: 'POST', url: `${NOTES}/read-all`, as: head });
    expect(all.json()).toEqual({ marked: before - 1 - sameDocument });
    expect((await t.request({ method: 'GET', url: `${NOTES}/unread-count`, as: head })).json().unread).toBe(
      0,
    );
    expect(
      (await t.request({ method: 'GET', url: `${NOTES}/unread-count`, as: buyer })).json().unread,
    ).toBeGreaterThan(0);
  });

  it('refuse bad input with the field, and callers without a session', async () => {
    const bad = await t.request({ method: 'POST', url: `${NOTES}/not-an-id/read`, as: head });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('id');
    const badFilter = await t.request({ method: 'GET', url: `${NOTES}?unread=maybe`, as: head });
    expect(badFilter.statusCode).toBe(422);
    expect(badFilter.json().errors[0].path).toBe('unread');
    const badCursor = await t.request({ method: 'GET', url: `${NOTES}?cursor=zzz`, as: head });
    expect(badCursor.statusCode).toBe(422);
    for (const [method, url] of [
      ['GET', NOTES],
      ['GET', `${NOTES}/unread-count`],
      ['POST', `${NOTES}/read-all`],
      ['GET', '/api/v1/outbox'],
    ] as const) {
      expect((await t.request({ method, url })).statusCode).toBe(401);
    }
  });
});

describe('the e-mail outbox', () => {
  it('is listed for administrators and auditors, newest first, with one message’s text', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/outbox', as: requester })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/outbox', as: buyer })).statusCode).toBe(403);
    const list = await t.request({ method: 'GET', url: '/api/v1/outbox?status=queued&limit=5', as: auditor });
    expect(list.statusCode).toBe(200);
    const items = list.json().items;
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({ status: 'queued', attempts: 0, lastError: null, sentAt: null });
    expect(items[0].textBody).toBeUndefined();
    const one = await t.request({ method: 'GET', url: `/api/v1/outbox/${items[0].id}`, as: admin });
    expect(one.statusCode).toBe(200);
    expect(one.json().textBody).toContain('Open it in OpenPO: http://localhost:3000/purchase-orders/');
    const missing = await t.request({
      method: 'GET',
      url: '/api/v1/outbox/0190b9a0-0000-7000-8000-0000000000ff',
      as: admin,
    });
    expect(missing.statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/outbox?status=lost', as: admin })).statusCode,
    ).toBe(422);
  });
});
