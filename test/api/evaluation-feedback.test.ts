import { simpleParser } from 'mailparser';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as notifications from '../../src/core/notifications';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import type { Who } from '../helpers/portal';
import { scorecardFixture, seedRating } from '../helpers/scorecard';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * The supplier's side of evaluation over HTTP: the portal scorecard (its own only, shared comments
 * only), corrective actions and their answers (201, 422, 409, 412, 428), the scorecard PDF and the
 * review e-mail (202, then queued with the PDF in the supplier's language).
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof scorecardFixture>>;
let kestrel: Awaited<ReturnType<Awaited<ReturnType<typeof scorecardFixture>>['scoredSupplier']>>;
let harrier: typeof kestrel;
let buyer: Who;
let auditor: Who;
let kestrelUser: Who;
let harrierUser: Who;

const S = '/api/v1/suppliers';

/** Moves the clock on and signs everyone in again (sessions end after 30 idle minutes). */
async function moveClockTo(iso: string): Promise<void> {
  t.clock.set(new Date(iso));
  for (const who of [buyer, auditor, kestrelUser, harrierUser]) who.cookie = await t.signIn(who.email!);
}

beforeAll(async () => {
  t = await createTestApp();
  f = await scorecardFixture(t);
  kestrel = await f.scoredSupplier({ legalName: 'Kestrel Fasteners Ltd' });
  harrier = await f.scoredSupplier({ legalName: 'Harrier Castings plc', language: 'de' });
  const requester = actorFor(await seedUser(t.ctx, { roles: ['requester'], name: 'Rita Requester' }));
  await seedRating(t, {
    purchaseOrderId: kestrel.orders[0]!.id,
    supplierId: kestrel.supplier.id,
    ratedBy: requester,
    raterRole: 'requester',
    comment: 'Shared: fine threads, clean parts.',
    shared: true,
  });
  await seedRating(t, {
    purchaseOrderId: kestrel.orders[1]!.id,
    supplierId: kestrel.supplier.id,
    ratedBy: requester,
    raterRole: 'buyer',
    comment: 'Unshared: negotiate harder next year.',
    shared: false,
  });
  await seedRating(t, {
    purchaseOrderId: harrier.orders[0]!.id,
    supplierId: harrier.supplier.id,
    ratedBy: requester,
    raterRole: 'requester',
    comment: 'Harrier only: castings cracked.',
    shared: true,
  });
  // A new day: everyone signs in now.
  t.clock.set(new Date('2026-04-10T09:00:00Z'));
  buyer = await t.loginAs(['buyer']);
  auditor = await t.loginAs(['auditor']);
  kestrelUser = await f.supplierUser(kestrel.supplier.id);
  harrierUser = await f.supplierUser(harrier.supplier.id);
}, 180_000);
afterAll(async () => {
  await t.close();
});

describe('GET /portal/scorecard', () => {
  it('answers the supplier’s user with its own scorecard and only the comments shared with it', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/portal/scorecard?period=2026-Q1',
      as: kestrelUser,
    });
    expect(res.statusCode, res.body).toBe(200);
    const card = res.json();
    expect(card).toMatchObject({
      supplier: { name: 'Kestrel Fasteners Ltd' },
      period: { key: '2026-Q1' },
      orders: 3,
      score: '80.0',
      grade: 'B',
    });
    expect(card.trend).toHaveLength(12);
    expect(card.comments).toEqual([
      expect.objectContaining({ raterRole: 'requester', comment: 'Shared: fine threads, clean parts.' }),
    ]);
    for (const secret of ['Unshared', 'Harrier', 'Rita Requester', 'orderVsLastPrice', harrier.supplier.id])
      expect(res.body).not.toContain(secret);
  });

  it('gives another supplier’s user its own, and never the first one’s', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/portal/scorecard?period=2026-Q1',
      as: harrierUser,
    });
    expect(res.json().supplier.name).toBe('Harrier Castings plc');
    expect(res.body).not.toContain('Kestrel');
    expect(res.body).not.toContain('fine threads');
  });

  it('keeps the supplier’s user out of the organisation’s scorecards (403) and anyone else out of the portal (403)', async () => {
    for (const url of [
      `${S}/${harrier.supplier.id}/scorecard`,
      `${S}/${kestrel.supplier.id}/scorecard`,
      '/api/v1/scorecards',
      `${S}/${harrier.supplier.id}/scorecard.pdf`,
      `${S}/${kestrel.supplier.id}/corrective-actions`,
    ])
      expect((await t.request({ method: 'GET', url, as: kestrelUser })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/portal/scorecard', as: buyer })).statusCode).toBe(
      403,
    );
    expect((await t.request({ method: 'GET', url: '/api/v1/portal/scorecard' })).statusCode).toBe(401);
  });

  it('names a period it does not understand (422)', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/portal/scorecard?period=2026-Q5',
      as: kestrelUser,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('period');
  });
});

describe('corrective actions', () => {
  const url = () => `${S}/${kestrel.supplier.id}/corrective-actions`;

  it('refuses a due date in the past and an empty note, naming the field (422)', async () => {
    const past = await t.request({
      method: 'POST',
      url: url(),
      as: buyer,
      payload: { note: 'Ship on time.', dueDate: '2026-04-09' },
    });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors).toEqual([{ path: 'dueDate', message: expect.stringContaining('past') }]);
    const empty = await t.request({
      method: 'POST',
      url: url(),
      as: buyer,
      payload: { note: '   ', dueDate: '2026-05-01' },
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors.map((e: { path: string }) => e.path)).toEqual(['note']);
    const long = await t.request({
      method: 'POST',
      url: url(),
      as: buyer,
      payload: { note: 'x'.repeat(2001), dueDate: '2026-05-01' },
    });
    expect(long.statusCode).toBe(422);
    const none = await t.request({ method: 'GET', url: url(), as: buyer });
    expect(none.json().items).toEqual([]);
  });

  it('is requested, seen by the supplier, overdue once past its date, closed once (409 after), with If-Match', async () => {
    const created = await t.request({
      method: 'POST',
      url: url(),
      as: buyer,
      headers: { 'idempotency-key': 'ca-1' },
      payload: { note: 'Send ship notices before each delivery.', dueDate: '2026-04-20', period: '2026-Q1' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const action = created.json();
    expect(action).toMatchObject({ status: 'open', overdue: false, version: 1, period: '2026-Q1' });
    expect(created.headers.location).toBe(`${url()}/${action.id}`);
    expect(created.headers.etag).toBe('"v1"');

    // A retry with the same key is the same request.
    const retried = await t.request({
      method: 'POST',
      url: url(),
      as: buyer,
      headers: { 'idempotency-key': 'ca-1' },
      payload: { note: 'Send ship notices before each delivery.', dueDate: '2026-04-20', period: '2026-Q1' },
    });
    expect(retried.json().id).toBe(action.id);

    const portal = await t.request({ method: 'GET', url: '/api/v1/portal/scorecard', as: kestrelUser });
    expect(portal.json().correctiveActions).toEqual([
      expect.objectContaining({ id: action.id, dueDate: '2026-04-20', overdue: false }),
    ]);
    const elsewhere = await t.request({ method: 'GET', url: '/api/v1/portal/scorecard', as: harrierUser });
    expect(elsewhere.json().correctiveActions).toEqual([]);

    // The supplier's user cannot ask itself for anything, nor close it.
    expect(
      (
        await t.request({
          method: 'POST',
          url: url(),
          as: kestrelUser,
          payload: { note: 'x', dueDate: '2026-05-01' },
        })
      ).statusCode,
    ).toBe(403);

    await moveClockTo('2026-04-22T09:00:00Z');
    const listed = await t.request({ method: 'GET', url: `${url()}?status=open`, as: buyer });
    expect(listed.json().items).toEqual([expect.objectContaining({ id: action.id, overdue: true })]);

    const close = `${url()}/${action.id}/close`;
    const unconditional = await t.request({
      method: 'POST',
      url: close,
      as: buyer,
      payload: { outcome: 'Ship notices arrive now.' },
    });
    expect(unconditional.statusCode).toBe(428);
    const stale = await t.request({
      method: 'POST',
      url: close,
      as: buyer,
      headers: { 'if-match': '"v7"' },
      payload: { outcome: 'Ship notices arrive now.' },
    });
    expect(stale.statusCode).toBe(412);
    const noOutcome = await t.request({
      method: 'POST',
      url: close,
      as: buyer,
      headers: { 'if-match': '"v1"' },
      payload: { outcome: '' },
    });
    expect(noOutcome.statusCode).toBe(422);
    const closed = await t.request({
      method: 'POST',
      url: close,
      as: buyer,
      headers: { 'if-match': '"v1"' },
      payload: { outcome: 'Ship notices arrive now.' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      overdue: false,
      outcome: 'Ship notices arrive now.',
    });
    const twice = await t.request({
      method: 'POST',
      url: close,
      as: buyer,
      headers: { 'if-match': '"v2"' },
      payload: { outcome: 'Again' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toContain('closed already');

    // Closed, it leaves the supplier's portal; the auditor reads the list but cannot write it.
    const after = await t.request({ method: 'GET', url: '/api/v1/portal/scorecard', as: kestrelUser });
    expect(after.json().correctiveActions).toEqual([]);
    expect((await t.request({ method: 'GET', url: url(), as: auditor })).json().items).toHaveLength(1);
    expect(
      (
        await t.request({
          method: 'POST',
          url: url(),
          as: auditor,
          payload: { note: 'x', dueDate: '2026-05-01' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('is 404 for a supplier that does not exist and for another supplier’s action', async () => {
    const missing = '0190b9a0-0000-7000-8000-0000000000aa';
    expect(
      (await t.request({ method: 'GET', url: `${S}/${missing}/corrective-actions`, as: buyer })).statusCode,
    ).toBe(404);
    const list = (await t.request({ method: 'GET', url: url(), as: buyer })).json();
    const res = await t.request({
      method: 'POST',
      url: `${S}/${harrier.supplier.id}/corrective-actions/${list.items[0].id}/close`,
      as: buyer,
      headers: { 'if-match': '"v2"' },
      payload: { outcome: 'x' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('the scorecard PDF and the review e-mail', () => {
  it('downloads the scorecard as a PDF with the supplier’s name and score', async () => {
    const res = await t.request({
      method: 'GET',
      url: `${S}/${kestrel.supplier.id}/scorecard.pdf?period=2026-Q1`,
      as: buyer,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`scorecard-${kestrel.supplier.code}-2026-Q1.pdf`);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), {
      mergePages: true,
    });
    for (const expected of [
      'SUPPLIER SCORECARD',
      'Kestrel Fasteners Ltd',
      '80.0',
      'On time',
      '3 of 3 lines delivered by the due date',
      '0 of 3 orders answered within 2 days',
    ])
      expect(text).toContain(expected);
    // Without grace days the on-time measure names none.
    expect(text).not.toContain('(+');
    expect(text).toContain('Shared: fine threads, clean parts.');
    expect(text).not.toContain('Unshared');
    // The default period is the last complete quarter; a later one has nothing yet.
    const byDefault = await t.request({
      method: 'GET',
      url: `${S}/${kestrel.supplier.id}/scorecard.pdf`,
      as: buyer,
    });
    expect(byDefault.headers['content-disposition']).toContain('2026-Q1.pdf');
    const future = await t.request({
      method: 'GET',
      url: `${S}/${kestrel.supplier.id}/scorecard.pdf?period=2026-Q4`,
      as: buyer,
    });
    expect(future.statusCode).toBe(422);
  });

  it('e-mails it for a review: 202 at once, then the e-mail queued with the PDF, in the supplier’s language', async () => {
    const action = (
      await t.request({
        method: 'POST',
        url: `${S}/${harrier.supplier.id}/corrective-actions`,
        as: buyer,
        payload: { note: 'Prüfen Sie jede Gussform vor dem Versand.', dueDate: '2026-06-30' },
      })
    ).json();
    const res = await t.request({
      method: 'POST',
      url: `${S}/${harrier.supplier.id}/scorecard/send`,
      as: buyer,
      headers: { 'idempotency-key': 'review-1' },
      payload: { period: '2026-Q1', message: 'Bis bald im Quartalsgespräch.', correctiveActionId: action.id },
    });
    expect(res.statusCode, res.body).toBe(202);
    const review = res.json();
    expect(review).toMatchObject({
      period: '2026-Q1',
      language: 'de',
      status: 'preparing',
      recipients: [harrier.supplier.contacts[0]!.email],
      correctiveActionId: action.id,
      score: '80.0',
      grade: 'B',
    });
    // The relay ran after the request and the review was rendered then.
    const reviews = await t.request({
      method: 'GET',
      url: `${S}/${harrier.supplier.id}/scorecard/reviews`,
      as: buyer,
    });
    const ready = reviews.json().items[0];
    expect(ready).toMatchObject({ id: review.id, status: 'ready' });
    expect(ready.file.fileName).toBe(`scorecard-${harrier.supplier.code}-2026-Q1.pdf`);

    const raw = await notifications.readComposedEmail(t.ctx, { id: ready.emailMessageId });
    const mail = await simpleParser(raw!);
    expect(mail.subject).toContain('Lieferantenbewertung 2026-Q1: Harrier Castings plc');
    expect(JSON.stringify(mail.to)).toContain(harrier.supplier.contacts[0]!.email);
    expect(mail.text).toContain('Bis bald im Quartalsgespräch.');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({
      contentType: 'application/pdf',
      filename: ready.file.fileName,
    });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(mail.attachments[0]!.content)), {
      mergePages: true,
    });
    for (const expected of ['LIEFERANTENBEWERTUNG', 'Harrier Castings plc', '80,0', 'Fällig bis 2026-06-30'])
      expect(text).toContain(expected);
    expect(text).not.toContain('Kestrel');

    // The same key answers the same review; the outbox lists the message for whoever reads it.
    const again = await t.request({
      method: 'POST',
      url: `${S}/${harrier.supplier.id}/scorecard/send`,
      as: buyer,
      headers: { 'idempotency-key': 'review-1' },
      payload: { period: '2026-Q1', message: 'Bis bald im Quartalsgespräch.', correctiveActionId: action.id },
    });
    expect(again.json().id).toBe(review.id);
    const outbox = await t.request({ method: 'GET', url: '/api/v1/outbox', as: auditor });
    expect(outbox.json().items.some((m: { id: string }) => m.id === ready.emailMessageId)).toBe(true);
  });

  it('refuses a supplier with nobody to send to (409), and a supplier’s user or an auditor (403)', async () => {
    // A new supplier without orders (its scorecard says "not enough data"), whose one contact is
    // not an order contact.
    const silent = {
      supplier: await seedSupplier(t.ctx, {
        legalName: 'Silent Supply GmbH',
        contacts: [{ name: 'Accounts', email: 'accounts@silent.example', orderContact: false }],
      }),
    };
    const send = () =>
      t.request({ method: 'POST', url: `${S}/${silent.supplier.id}/scorecard/send`, as: buyer, payload: {} });
    const nobody = await send();
    expect(nobody.statusCode).toBe(409);
    expect(nobody.json().detail).toContain('no order contact and no portal user');
    // Its portal user is who gets it then.
    const portalUser = await f.supplierUser(silent.supplier.id);
    const sent = await send();
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json()).toMatchObject({ recipients: [portalUser.email], score: null, grade: null });
    for (const who of [kestrelUser, auditor])
      expect(
        (
          await t.request({
            method: 'POST',
            url: `${S}/${kestrel.supplier.id}/scorecard/send`,
            as: who,
            payload: {},
          })
        ).statusCode,
      ).toBe(403);
  });
});
