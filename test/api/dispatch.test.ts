import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDispatches, sendPurchaseOrder } from '../../src/core/dispatch';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import { deliverEmailMessage } from '../../src/core/notifications';
import { getSettings, updateSettings } from '../../src/core/organisation';
import { createEmailTransport } from '../../src/jobs/mailer';
import { startRenderPool } from '../../src/jobs/render-pool';
import { seedItem } from '../../src/seed/catalog-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { validateUblOrder } from '../documents/ubl-schema';
import { createTestApp, type TestApp } from '../helpers/app';
import { countingCtx } from '../helpers/counting';
import { seedSupplier, seedUser } from '../helpers/seed';

type Who = { cookie: string; userId: string };

let t: TestApp;
let buyer: Who;
let buyerActor: ReturnType<typeof actorFor>;
let itemId: string;

const PO = '/api/v1/purchase-orders';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const ifMatch = (v: { version: number }) => ({ 'if-match': `"v${v.version}"` });

/** A supplier that can receive PEPPOL documents, with one order contact and one other contact. */
async function peppolSupplier(extra: Partial<Parameters<typeof seedSupplier>[1]> = {}) {
  return seedSupplier(t.ctx, {
    legalName: 'Nordlicht Antriebe GmbH',
    addresses: [
      { kind: 'billing', line1: 'Hafenstraße 4', city: 'Hamburg', postalCode: '20457', country: 'DE' },
    ],
    electronicAddress: { scheme: '9930', id: 'DE811569869' },
    contacts: [
      { name: 'Jana Sommer', email: 'orders@nordlicht.example', role: 'Sales', orderContact: true },
      { name: 'Piet Kruse', email: 'piet@nordlicht.example', role: 'Accounts' },
    ],
    ...extra,
  });
}

async function approvedOrder(supplierId: string) {
  return seedPurchaseOrder(t.ctx, {
    buyer: buyerActor,
    supplierId,
    orderDate: '2026-12-01',
    lines: [{ itemId, quantity: '40', unitPrice: '12.50' }],
    status: 'approved',
  });
}

async function send(
  order: { id: string; version: number },
  payload: object | undefined = {},
  as: Who = buyer,
) {
  return t.request({
    method: 'POST',
    url: `${PO}/${order.id}/send`,
    as,
    headers: ifMatch(order),
    ...(payload === undefined ? {} : { payload }),
  });
}

async function dispatchesOf(orderId: string) {
  const res = await t.request({ method: 'GET', url: `${PO}/${orderId}/dispatches`, as: buyer });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as {
    id: string;
    kind: string;
    revision: number;
    recipients: string[];
    automatic: boolean;
    reason: string | null;
    sentBy: { id: string } | null;
    status: string;
    sentAt: string;
    email: { id: string; status: string };
    files: { role: string; fileName: string; sha256: string; sizeBytes: number; mediaType: string }[];
    ublOmittedReason: string | null;
  }[];
}

async function file(orderId: string, dispatchId: string, role: string) {
  const res = await t.request({
    method: 'GET',
    url: `${PO}/${orderId}/dispatches/${dispatchId}/files/${role}`,
    as: buyer,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

async function outboxCount(): Promise<number> {
  const admin = await t.loginAs(['admin']);
  const res = await t.request({ method: 'GET', url: '/api/v1/outbox?limit=200', as: admin });
  return res.json().items.length;
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  const user = await seedUser(t.ctx, { roles: ['buyer'], name: 'Lena Brandt' });
  buyerActor = actorFor(user);
  buyer = { cookie: await t.signIn(user.email), userId: user.id };
  itemId = (await seedItem(t.ctx, { name: 'Servo motor 400 W', defaultTaxRate: '19' })).id;
  const settings = await getSettings(t.ctx);
  await updateSettings(t.ctx, {
    actor: SYSTEM_ACTOR,
    version: settings.version,
    input: { electronicAddress: { scheme: '0088', id: '7300010000001' } },
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('sending an order to its supplier', () => {
  it('e-mails the order contacts the PDF and the UBL order, marks it sent and keeps the exact bytes', async () => {
    const supplier = await peppolSupplier();
    const order = await approvedOrder(supplier.id);
    const res = await send(order, { message: 'Please deliver to gate 3.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'sent', version: order.version + 1 });
    expect(res.headers.etag).toBe(`"v${order.version + 1}"`);
    // The answer is built from the order read before the send (not read again): it is the order as
    // it now stands, field for field.
    const reread = await t.request({ method: 'GET', url: `${PO}/${order.id}`, as: buyer });
    expect(res.json()).toEqual(reread.json());

    const [sent, ...others] = await dispatchesOf(order.id);
    expect(others).toHaveLength(0);
    expect(sent).toMatchObject({
      kind: 'order',
      revision: 0,
      recipients: ['orders@nordlicht.example'],
      automatic: false,
      sentBy: { id: buyer.userId },
      email: { status: 'queued' },
      ublOmittedReason: null,
    });
    expect(sent!.files.map((f) => f.role)).toEqual(['pdf', 'ubl', 'message']);

    // Each file comes back byte for byte, matching the SHA-256 the send recorded.
    const bytes: Record<string, Buffer> = {};
    for (const f of sent!.files) {
      const got = await file(order.id, sent!.id, f.role);
      bytes[f.role] = got.rawPayload;
      expect(sha256(got.rawPayload)).toBe(f.sha256);
      expect(got.rawPayload.length).toBe(f.sizeBytes);
      expect(got.headers['content-type']).toContain(f.mediaType);
    }
    expect(await pdfText(bytes.pdf!)).toContain(order.number);
    const xml = bytes.ubl!.toString('utf8');
    expect(xml).toContain('<Order ');
    const schema = await validateUblOrder(xml, 'Order');
    expect(schema.errors).toEqual([]);

    // The message: to the order contact, answers go to the buyer, both files attached.
    const mail = await simpleParser(bytes.message!);
    expect(mail.subject).toBe(
      `Purchase order ${order.number} from ${(await getSettings(t.ctx)).organisationName}`,
    );
    expect(mail.messageId).toBe(`<${sent!.email.id}@openpo>`);
    expect(mail.text).toContain('Please deliver to gate 3.');
    expect(mail.text).toContain(`/portal/orders/${order.id}`);
    expect(mail.replyTo?.text).toContain(order.buyer.email);
    expect(mail.attachments.map((a) => a.filename)).toEqual([
      `${order.number}-r0.pdf`,
      `${order.number}-order.xml`,
    ]);
    expect(sha256(mail.attachments[0]!.content)).toBe(sent!.files[0]!.sha256);
    expect(sha256(mail.attachments[1]!.content)).toBe(sent!.files[1]!.sha256);

    // What leaves is what was kept: the outbox file is the stored message.
    const dir = mkdtempSync(path.join(tmpdir(), 'openpo-dispatch-'));
    try {
      const transport = createEmailTransport({ mailFrom: 'OpenPO <po@buyer.example>', outboxDir: dir });
      const outcome = await deliverEmailMessage(t.ctx, { id: sent!.email.id, transport });
      expect(outcome).toEqual({ outcome: 'sent', deliveredTo: `${sent!.email.id}.eml` });
      expect(sha256(readFileSync(path.join(dir, `${sent!.email.id}.eml`)))).toBe(sent!.files[2]!.sha256);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((await dispatchesOf(order.id))[0]!.email.status).toBe('sent');
  });

  it('records a send at once and prepares its files a moment later in a worker thread; a send that cannot be rendered is tried again, then given up and its sender told', async () => {
    const supplier = await peppolSupplier();
    const order = await approvedOrder(supplier.id);
    // Sent with nobody to relay its events: the send is recorded, its files not rendered yet.
    const quiet = { ...t.ctx, events: undefined };
    const sentOrder = await sendPurchaseOrder(quiet, {
      actor: buyerActor,
      id: order.id,
      version: order.version,
    });
    expect(sentOrder.status).toBe('sent');
    const [waiting] = await dispatchesOf(order.id);
    expect(waiting).toMatchObject({ status: 'preparing', files: [], email: null, preparedAt: null });
    const early = await t.request({
      method: 'GET',
      url: `${PO}/${order.id}/dispatches/${waiting!.id}/files/pdf`,
      as: buyer,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      detail: expect.stringContaining('still being prepared'),
    });

    const pool = startRenderPool({ threads: 1 });
    try {
      expect(await prepareDispatches(t.ctx, { render: pool.render })).toEqual({
        prepared: 1,
        failed: 0,
        retried: 0,
      });
    } finally {
      await pool.stop();
    }
    const [ready] = await dispatchesOf(order.id);
    expect(ready).toMatchObject({
      id: waiting!.id,
      status: 'ready',
      error: null,
      email: { status: 'queued' },
    });
    expect(ready!.files.map((f) => f.role)).toEqual(['pdf', 'ubl', 'message']);
    const pdf = await file(order.id, ready!.id, 'pdf');
    expect(sha256(pdf.rawPayload)).toBe(ready!.files[0]!.sha256);
    expect(await pdfText(pdf.rawPayload)).toContain(order.number);
    const mail = await simpleParser((await file(order.id, ready!.id, 'message')).rawPayload);
    expect(mail.messageId).toBe(`<${ready!.email!.id}@openpo>`);
    // The message is dated when the buyer pressed Send, not when it was rendered.
    expect(mail.date?.toISOString()).toBe(new Date(waiting!.sentAt as unknown as string).toISOString());
    // The files' fingerprints are in the order's audit trail, where they cannot be changed unseen.
    const admin = await t.loginAs(['admin']);
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=purchase_order&entityId=${order.id}&limit=20`,
      as: admin,
    });
    const kept = audit.json().items.find((e: { action: string }) => e.action === 'dispatch_ready');
    expect(kept.changes.dispatch.after.files.map((f: { sha256: string }) => f.sha256)).toEqual(
      ready!.files.map((f) => f.sha256),
    );

    // A render that fails is tried again on each run, and given up after its fifth attempt.
    const other = await approvedOrder(supplier.id);
    await sendPurchaseOrder(quiet, { actor: buyerActor, id: other.id, version: other.version });
    const broken = async () => {
      throw new Error('the font file is unreadable');
    };
    for (let attempt = 1; attempt < 5; attempt++) {
      expect(await prepareDispatches(t.ctx, { render: broken })).toEqual({
        prepared: 0,
        failed: 0,
        retried: 1,
      });
    }
    expect((await dispatchesOf(other.id))[0]).toMatchObject({ status: 'preparing', error: null });
    expect(await prepareDispatches(t.ctx, { render: broken })).toEqual({
      prepared: 0,
      failed: 1,
      retried: 0,
    });
    const [failed] = await dispatchesOf(other.id);
    expect(failed).toMatchObject({
      status: 'failed',
      error: 'the font file is unreadable',
      files: [],
      email: null,
    });
    const none = await t.request({
      method: 'GET',
      url: `${PO}/${other.id}/dispatches/${failed!.id}/files/pdf`,
      as: buyer,
    });
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ detail: expect.stringContaining('could not be prepared') });
    const inbox = await t.request({ method: 'GET', url: '/api/v1/notifications', as: buyer });
    const told = inbox
      .json()
      .items.find(
        (n: { kind: string; title: string }) =>
          n.kind === 'dispatch_failed' && n.title.includes(other.number),
      );
    expect(told).toMatchObject({ title: `Purchase order ${other.number} could not be sent` });
    expect(told.body).toContain('the font file is unreadable');
    // Sent again, it goes (the same revision, as the order).
    const now = (await t.request({ method: 'GET', url: `${PO}/${other.id}`, as: buyer })).json();
    expect((await send(now)).statusCode).toBe(200);
    const [again] = await dispatchesOf(other.id);
    expect(again).toMatchObject({ kind: 'order', status: 'ready' });
  });

  it('sends a 1-line and a 40-line order with the same statements, the answer built without reading the order again', async () => {
    const supplier = await peppolSupplier();
    const counting = countingCtx(t);
    const measure = async (lineCount: number) => {
      const order = await seedPurchaseOrder(t.ctx, {
        buyer: buyerActor,
        supplierId: supplier.id,
        orderDate: '2026-12-01',
        lines: Array.from({ length: lineCount }, (_, i) => ({
          itemId,
          quantity: String(i + 1),
          unitPrice: '2.50',
        })),
        status: 'approved',
      });
      counting.reset();
      const sent = await sendPurchaseOrder(counting.ctx, {
        actor: buyerActor,
        id: order.id,
        version: order.version,
      });
      expect(sent.lines).toHaveLength(lineCount);
      return counting.count();
    };
    const one = await measure(1);
    expect(await measure(40)).toBe(one);
    // The order, its supplier, the organisation's settings, the supplier's part numbers, the
    // units' codes; then the lock, the send, its lines marked sent (one statement for all: the
    // last price paid for an item reads them), the order's new state, and its event with its audit
    // entry in one statement. Nothing after the write: the answer is the order read first.
    expect(one).toBe(10);
  });

  it('sends to the recipients the buyer chose for this send, each once', async () => {
    const supplier = await peppolSupplier();
    const order = await approvedOrder(supplier.id);
    const res = await send(order, {
      recipients: ['piet@nordlicht.example', 'orders@nordlicht.example', 'Piet@Nordlicht.example'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const [sent] = await dispatchesOf(order.id);
    expect(sent!.recipients).toEqual(['piet@nordlicht.example', 'orders@nordlicht.example']);
  });

  it('sends the PDF alone, saying why, when the order lacks what PEPPOL needs', async () => {
    const supplier = await peppolSupplier({ electronicAddress: null });
    const order = await approvedOrder(supplier.id);
    expect((await send(order)).statusCode).toBe(200);
    const [sent] = await dispatchesOf(order.id);
    expect(sent!.files.map((f) => f.role)).toEqual(['pdf', 'message']);
    expect(sent!.ublOmittedReason).toMatch(/electronic address/i);
  });

  it('refuses, sending nothing and changing nothing: blocked supplier, no order contact, bad recipients, wrong state, stale or missing If-Match', async () => {
    const before = await outboxCount();

    const blocked = await peppolSupplier();
    const blockedOrder = await approvedOrder(blocked.id);
    const admin = await t.loginAs(['admin']);
    const block = await t.request({
      method: 'POST',
      url: `/api/v1/suppliers/${blocked.id}/block`,
      as: admin,
      headers: ifMatch(blocked),
      payload: { reason: 'Sanctions screening hit' },
    });
    expect(block.statusCode, block.body).toBe(200);
    const refusedBlocked = await send(blockedOrder);
    expect(refusedBlocked.statusCode).toBe(409);
    expect(refusedBlocked.json().detail).toContain(
      'Nordlicht Antriebe GmbH is blocked (Sanctions screening hit)',
    );

    const silent = await peppolSupplier({
      contacts: [{ name: 'Jana Sommer', email: 'jana@nordlicht.example' }],
    });
    const silentOrder = await approvedOrder(silent.id);
    const noContact = await send(silentOrder);
    expect(noContact.statusCode).toBe(409);
    expect(noContact.json().detail).toContain('has no order contact');

    const supplier = await peppolSupplier();
    const order = await approvedOrder(supplier.id);
    const badAddress = await send(order, { recipients: ['not-an-address'] });
    expect(badAddress.statusCode).toBe(422);
    expect(badAddress.json().errors[0].path).toBe('recipients[0]');
    const none = await send(order, { recipients: [] });
    expect(none.statusCode).toBe(422);
    expect(none.json().errors[0].path).toBe('recipients');

    const stale = await send({ id: order.id, version: order.version - 1 });
    expect(stale.statusCode).toBe(412);
    const missing = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/send`,
      as: buyer,
      payload: {},
    });
    expect(missing.statusCode).toBe(428);

    const draft = await seedPurchaseOrder(t.ctx, { buyer: buyerActor, supplierId: supplier.id });
    const fromDraft = await send(draft);
    expect(fromDraft.statusCode).toBe(409);
    expect(fromDraft.json().detail).toContain('"draft"');

    const requester = await t.loginAs(['requester']);
    expect((await send(order, {}, requester)).statusCode).toBe(403);
    const unknown = await send({ id: '0190a0b0-0000-7000-8000-000000000000', version: 1 });
    expect(unknown.statusCode).toBe(404);

    for (const o of [blockedOrder, silentOrder, order]) {
      const now = (await t.request({ method: 'GET', url: `${PO}/${o.id}`, as: buyer })).json();
      expect(now).toMatchObject({ status: 'approved', version: o.version });
      expect(await dispatchesOf(o.id)).toEqual([]);
    }
    expect(await outboxCount()).toBe(before);
  });

  it('sends a later revision as a change order, and the same revision again as it was', async () => {
    const supplier = await peppolSupplier();
    let order = await approvedOrder(supplier.id);
    order = (await send(order)).json();
    const revised = await t.request({
      method: 'PATCH',
      url: `${PO}/${order.id}`,
      as: buyer,
      headers: ifMatch(order),
      payload: { lines: [{ lineNo: 1, itemId, quantity: '45', unitPrice: '12.50' }] },
    });
    expect(revised.statusCode, revised.body).toBe(200);
    order = revised.json();
    // The change needs approval again (the default policy); approved, it waits to be sent.
    expect(order).toMatchObject({ revision: 1, status: 'pending_approval' });
    const approver = await t.loginAs(['approver']);
    const approved = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/approve`,
      as: approver,
      headers: ifMatch(order),
      payload: {},
    });
    expect(approved.statusCode, approved.body).toBe(200);
    order = approved.json();
    expect(order).toMatchObject({ revision: 1, status: 'approved' });

    const change = await send(order);
    expect(change.statusCode, change.body).toBe(200);
    order = change.json();
    const [sent] = await dispatchesOf(order.id);
    expect(sent).toMatchObject({ kind: 'change', revision: 1 });
    const pdf = await pdfText((await file(order.id, sent!.id, 'pdf')).rawPayload);
    expect(pdf).toContain('Change order — revision 1');
    expect(pdf).toMatch(/Lines added: none; changed: 1; removed: none/);
    const xml = (await file(order.id, sent!.id, 'ubl')).rawPayload.toString('utf8');
    expect(xml).toContain('<OrderChange ');
    expect((await validateUblOrder(xml, 'OrderChange')).errors).toEqual([]);
    const mail = await simpleParser((await file(order.id, sent!.id, 'message')).rawPayload);
    expect(mail.subject).toContain(`Change order ${order.number} — revision 1`);

    const again = await send(order);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(
      (await t.request({ method: 'GET', url: `${PO}/${order.id}`, as: buyer })).json(),
    );
    const [resent, first] = await dispatchesOf(order.id);
    expect(resent).toMatchObject({ kind: 'change', revision: 1 });
    expect(first!.id).toBe(sent!.id);
  });

  it('sends every change made since the supplier’s copy as one change order; meanwhile the portal shows what was sent', async () => {
    const supplier = await peppolSupplier();
    const portalUser = await seedUser(t.ctx, { roles: ['supplier'], supplierId: supplier.id });
    const portal = { cookie: await t.signIn(portalUser.email) };
    const approver = await t.loginAs(['approver']);
    let order = (await send(await approvedOrder(supplier.id))).json();
    const revise = async (payload: object) => {
      const res = await t.request({
        method: 'PATCH',
        url: `${PO}/${order.id}`,
        as: buyer,
        headers: ifMatch(order),
        payload,
      });
      expect(res.statusCode, res.body).toBe(200);
      order = res.json();
      if (order.status === 'pending_approval') {
        const approved = await t.request({
          method: 'POST',
          url: `${PO}/${order.id}/approve`,
          as: approver,
          headers: ifMatch(order),
          payload: {},
        });
        expect(approved.statusCode, approved.body).toBe(200);
        order = approved.json();
      }
    };
    // Revision 1 raises line 1 and adds line 2; revision 2 takes line 2 out again. Neither is sent.
    await revise({
      reason: 'Second site needs more',
      lines: [
        { lineNo: 1, itemId, quantity: '45', unitPrice: '12.50' },
        { itemId, quantity: '5', unitPrice: '12.50' },
      ],
    });
    await revise({
      reason: 'Second site cancelled',
      lines: [{ lineNo: 1, itemId, quantity: '45', unitPrice: '12.50' }],
    });
    expect(order).toMatchObject({ revision: 2, sentRevision: 0 });

    // The supplier still sees what it was sent, and that a change is coming.
    const seen = (
      await t.request({ method: 'GET', url: `/api/v1/portal/orders/${order.id}`, as: portal })
    ).json();
    expect(seen).toMatchObject({
      revision: 0,
      changePending: true,
      canAnswer: false,
      totals: { subtotal: '500' },
    });
    expect(seen.lines.map((l: { lineNo: number; quantity: string }) => [l.lineNo, l.quantity])).toEqual([
      [1, '40'],
    ]);
    const listed = (
      await t.request({ method: 'GET', url: '/api/v1/portal/orders?tab=to_answer', as: portal })
    ).json();
    const inList = listed.items.find((o: { id: string }) => o.id === order.id);
    expect(inList).toMatchObject({ revision: 0, sentRevision: 0 });
    expect(Number(inList.total)).toBeCloseTo(595);

    const change = await send(order);
    expect(change.statusCode, change.body).toBe(200);
    order = change.json();
    const [sent] = await dispatchesOf(order.id);
    expect(sent).toMatchObject({ kind: 'change', revision: 2 });
    const pdf = await pdfText((await file(order.id, sent!.id, 'pdf')).rawPayload);
    expect(pdf).toContain('Change order — revision 2');
    // Against revision 0, which the supplier has: line 1 changed; line 2 came and went.
    expect(pdf).toMatch(/Lines added: none; changed: 1; removed: none/);
    expect(pdf).toContain('Second site needs more; Second site cancelled');
    const xml = (await file(order.id, sent!.id, 'ubl')).rawPayload.toString('utf8');
    expect((await validateUblOrder(xml, 'OrderChange')).errors).toEqual([]);

    const now = (
      await t.request({ method: 'GET', url: `/api/v1/portal/orders/${order.id}`, as: portal })
    ).json();
    expect(now).toMatchObject({ revision: 2, changePending: false, canAnswer: true });
    expect(now.lines.map((l: { quantity: string }) => l.quantity)).toEqual(['45']);
  });

  it('tells the supplier of a cancellation, with the reason and the UBL OrderCancellation', async () => {
    const supplier = await peppolSupplier();
    let order = await approvedOrder(supplier.id);
    order = (await send(order, { recipients: ['piet@nordlicht.example'] })).json();
    const cancelled = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/cancel`,
      as: buyer,
      headers: ifMatch(order),
      payload: { reason: 'Project stopped by the customer' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const [notice, original] = await dispatchesOf(order.id);
    expect(original!.kind).toBe('order');
    expect(notice).toMatchObject({
      kind: 'cancellation',
      recipients: ['piet@nordlicht.example'],
      reason: 'Project stopped by the customer',
      automatic: true,
      sentBy: { id: buyer.userId },
    });
    expect(notice!.files.map((f) => f.role)).toEqual(['ubl', 'message']);
    const xml = (await file(order.id, notice!.id, 'ubl')).rawPayload.toString('utf8');
    expect(xml).toContain('Project stopped by the customer');
    expect((await validateUblOrder(xml, 'OrderCancellation')).errors).toEqual([]);
    const mail = await simpleParser((await file(order.id, notice!.id, 'message')).rawPayload);
    expect(mail.subject).toContain(`Cancellation of purchase order ${order.number}`);
    expect(mail.text).toContain('Reason: Project stopped by the customer');

    // An order never sent is cancelled without a word to the supplier.
    const unsent = await approvedOrder(supplier.id);
    const quiet = await t.request({
      method: 'POST',
      url: `${PO}/${unsent.id}/cancel`,
      as: buyer,
      headers: ifMatch(unsent),
      payload: { reason: 'Ordered twice' },
    });
    expect(quiet.statusCode).toBe(200);
    expect(await dispatchesOf(unsent.id)).toEqual([]);
  });

  it('tells the supplier when an order is closed with quantities still open: not to ship them, and why', async () => {
    const supplier = await peppolSupplier();
    let order = (
      await send(await approvedOrder(supplier.id), { recipients: ['piet@nordlicht.example'] })
    ).json();
    const closed = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/close`,
      as: buyer,
      headers: ifMatch(order),
      payload: { reason: 'Bought the rest elsewhere' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    order = closed.json();
    const [notice, original] = await dispatchesOf(order.id);
    expect(original!.kind).toBe('order');
    expect(notice).toMatchObject({
      kind: 'closure',
      recipients: ['piet@nordlicht.example'],
      reason: 'Bought the rest elsewhere',
      automatic: true,
    });
    // A message only: no document says "closed".
    expect(notice!.files.map((f) => f.role)).toEqual(['message']);
    const mail = await simpleParser((await file(order.id, notice!.id, 'message')).rawPayload);
    expect(mail.subject).toMatch(new RegExp(`^Purchase order ${order.number} from .+ is closed$`));
    expect(mail.text).toContain('Please do not ship what is still open.');
    expect(mail.text).toContain('Reason: Bought the rest elsewhere');
    expect(mail.text).toContain(
      `Still open when it was closed:\n1. ${order.lines[0].description}: 40 ${order.lines[0].unitCode}`,
    );
    expect(mail.attachments).toEqual([]);
    const trail = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityId=${order.id}`,
      as: await t.loginAs(['admin']),
    });
    expect(trail.json().items.map((e: { action: string }) => e.action)).toContain('send_closure');

    // In the supplier's language, the quantities written its way.
    const german = await peppolSupplier({ language: 'de' });
    const large = await seedPurchaseOrder(t.ctx, {
      buyer: buyerActor,
      supplierId: german.id,
      orderDate: '2026-12-01',
      lines: [{ itemId, quantity: '1250', unitPrice: '2.50' }],
      status: 'approved',
    });
    const sentLarge = (await send(large)).json();
    const closedLarge = await t.request({
      method: 'POST',
      url: `${PO}/${large.id}/close`,
      as: buyer,
      headers: ifMatch(sentLarge),
      payload: { reason: 'Projekt gestoppt' },
    });
    expect(closedLarge.statusCode, closedLarge.body).toBe(200);
    const [germanNotice] = await dispatchesOf(large.id);
    const germanMail = await simpleParser((await file(large.id, germanNotice!.id, 'message')).rawPayload);
    expect(germanMail.text).toContain(
      `1. ${sentLarge.lines[0].description}: 1.250 ${sentLarge.lines[0].unitCode}`,
    );

    // An order never sent is closed without a word to the supplier.
    const unsent = await approvedOrder(supplier.id);
    const quiet = await t.request({
      method: 'POST',
      url: `${PO}/${unsent.id}/close`,
      as: buyer,
      headers: ifMatch(unsent),
      payload: { reason: 'Not needed' },
    });
    expect(quiet.statusCode).toBe(200);
    expect(await dispatchesOf(unsent.id)).toEqual([]);
  });

  it('with automatic sending on, sends an order on final approval, and tells the buyer when it cannot', async () => {
    const settings = await getSettings(t.ctx);
    await updateSettings(t.ctx, {
      actor: SYSTEM_ACTOR,
      version: settings.version,
      input: { autoSendOnApproval: true },
    });
    try {
      const supplier = await peppolSupplier();
      const order = await approvedOrder(supplier.id);
      const now = (await t.request({ method: 'GET', url: `${PO}/${order.id}`, as: buyer })).json();
      expect(now.status).toBe('sent');
      const [sent] = await dispatchesOf(order.id);
      expect(sent).toMatchObject({ kind: 'order', automatic: true, sentBy: null });

      // A change that needs no approval again (a later date) goes to the supplier as it is made.
      const revised = await t.request({
        method: 'PATCH',
        url: `${PO}/${order.id}`,
        as: buyer,
        headers: ifMatch(now),
        payload: {
          lines: [{ lineNo: 1, itemId, quantity: '40', unitPrice: '12.50', neededBy: '2027-02-01' }],
        },
      });
      expect(revised.statusCode, revised.body).toBe(200);
      expect(revised.json()).toMatchObject({ revision: 1, status: 'sent' });
      const changed = (await t.request({ method: 'GET', url: `${PO}/${order.id}`, as: buyer })).json();
      expect(changed).toMatchObject({ revision: 1, sentRevision: 1 });
      const [change] = await dispatchesOf(order.id);
      expect(change).toMatchObject({ kind: 'change', revision: 1, automatic: true });

      const silent = await peppolSupplier({ contacts: [] });
      const stuck = await approvedOrder(silent.id);
      const still = (await t.request({ method: 'GET', url: `${PO}/${stuck.id}`, as: buyer })).json();
      expect(still.status).toBe('approved');
      expect(await dispatchesOf(stuck.id)).toEqual([]);
      const inbox = await t.request({ method: 'GET', url: '/api/v1/notifications', as: buyer });
      const told = inbox
        .json()
        .items.find(
          (n: { kind: string; title: string }) =>
            n.kind === 'dispatch_failed' && n.title.includes(stuck.number),
        );
      expect(told).toMatchObject({ title: `Purchase order ${stuck.number} was approved but not sent` });
      expect(told.body).toContain('has no order contact');
    } finally {
      const s = await getSettings(t.ctx);
      await updateSettings(t.ctx, {
        actor: SYSTEM_ACTOR,
        version: s.version,
        input: { autoSendOnApproval: false },
      });
    }
  });

  it('marks a contact as order contact only with an e-mail address', async () => {
    const supplier = await peppolSupplier();
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/suppliers/${supplier.id}`,
      as: buyer,
      headers: ifMatch(supplier),
      payload: { contacts: [{ name: 'Nobody', orderContact: true }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('contacts[0].orderContact');
  });
});
