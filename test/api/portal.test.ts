import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailMessages } from '../../src/db/schema';
import { type actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { seedApprovedRequisition } from '../../src/seed/requisition-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { ifMatch, PO, portalFixture, type Who } from '../helpers/portal';
import { seedUser, TEST_PASSWORD } from '../helpers/seed';

let t: TestApp;
let buyer: Who;
let buyerEmail: string;
let buyerActor: ReturnType<typeof actorFor>;
let supplierWithContact: Fixture['supplierWithContact'];
let sentOrder: Fixture['sentOrder'];
let supplierUser: Fixture['supplierUser'];
let getOrder: Fixture['getOrder'];
let itemId: string;
type Fixture = Awaited<ReturnType<typeof portalFixture>>;

/** The one-time token in the invitation as it is delivered (the outbox shows it without). */
async function linkToken(emailId: string): Promise<string> {
  const [row] = await t.ctx.db.select().from(emailMessages).where(eq(emailMessages.id, emailId));
  return /\/portal\/welcome#([A-Za-z0-9_-]+)/.exec(row!.textBody)![1]!;
}

function answer(as: Who, order: { id: string; revision: number }, lines: object[], note?: string) {
  return t.request({
    method: 'POST',
    url: `${PO}/${order.id}/supplier-response`,
    as,
    payload: { orderRevision: order.revision, lines, ...(note ? { note } : {}) },
  });
}

const acceptAll = [
  { lineNo: 1, decision: 'accept' },
  { lineNo: 2, decision: 'accept', promisedDate: '2027-01-10' },
  { lineNo: 3, decision: 'accept' },
];

beforeAll(async () => {
  t = await createTestApp();
  const f = await portalFixture(t);
  ({ buyer, buyerEmail, buyerActor, supplierWithContact, sentOrder, supplierUser, getOrder, itemId } = f);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('portal users', () => {
  it('invites a contact with a one-time link that sets a password, valid seven days', async () => {
    const supplier = await supplierWithContact();
    const invite = await t.request({
      method: 'POST',
      url: `/api/v1/suppliers/${supplier.id}/portal-users`,
      as: buyer,
      payload: { name: 'Jana Sommer', email: 'jana.sommer@nordlicht.example' },
    });
    expect(invite.statusCode, invite.body).toBe(201);
    expect(invite.json()).toMatchObject({
      email: 'jana.sommer@nordlicht.example',
      roles: ['supplier'],
      supplierId: supplier.id,
      invitation: { state: 'pending' },
    });
    const admin = await t.loginAs(['admin']);
    const outbox = (await t.request({ method: 'GET', url: '/api/v1/outbox?limit=5', as: admin })).json()
      .items;
    const mail = outbox.find((m: { toAddress: string }) => m.toAddress === 'jana.sommer@nordlicht.example');
    expect(mail.subject).toContain('invites you to its supplier portal');
    // The outbox shows the message without the link; only the delivered message has it.
    const shown = (await t.request({ method: 'GET', url: `/api/v1/outbox/${mail.id}`, as: admin })).json()
      .textBody;
    expect(shown).toMatch(/\/portal\/welcome#…\n/);
    const token = await linkToken(mail.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(shown).not.toContain(token);

    // The placeholder password opens nothing: only the link does.
    const tooShort = await t.request({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'short' },
    });
    expect(tooShort.statusCode).toBe(422);
    expect(tooShort.json().errors[0].path).toBe('password');
    const accepted = await t.request({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: TEST_PASSWORD },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ email: 'jana.sommer@nordlicht.example' });
    const login = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'jana.sommer@nordlicht.example', password: TEST_PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);

    const again = await t.request({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0]).toMatchObject({
      path: 'token',
      message: expect.stringContaining('used already'),
    });
    const reinvite = await t.request({
      method: 'POST',
      url: `/api/v1/suppliers/${supplier.id}/portal-users`,
      as: buyer,
      payload: { name: 'Jana Sommer', email: 'Jana.Sommer@nordlicht.example' },
    });
    expect(reinvite.statusCode).toBe(409);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/suppliers/${supplier.id}/portal-users`,
      as: buyer,
    });
    expect(list.json().items).toMatchObject([
      { email: 'jana.sommer@nordlicht.example', invitation: { state: 'accepted' } },
    ]);
  });

  it('refuses an expired link, an address of the organisation, a blocked supplier, and supplier roles made by hand', async () => {
    const supplier = await supplierWithContact();
    const invite = await t.request({
      method: 'POST',
      url: `/api/v1/suppliers/${supplier.id}/portal-users`,
      as: buyer,
      payload: { name: 'Piet Kruse', email: 'piet@nordlicht.example' },
    });
    expect(invite.statusCode).toBe(201);
    const admin = await t.loginAs(['admin']);
    const outbox = (await t.request({ method: 'GET', url: '/api/v1/outbox?limit=5', as: admin })).json()
      .items;
    const mail = outbox.find((m: { toAddress: string }) => m.toAddress === 'piet@nordlicht.example');
    const token = await linkToken(mail.id);
    t.clock.advance(8 * 24 * 60 * 60 * 1000);
    const expired = await t.request({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: TEST_PASSWORD },
    });
    expect(expired.statusCode).toBe(422);
    expect(expired.json().errors[0].message).toContain('expired');
    // Sessions do not outlive the jump either: sign in again.
    buyer.cookie = await t.signIn(buyerEmail);
    const admin2 = await t.loginAs(['admin']);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/suppliers/${supplier.id}/portal-users`,
      as: await t.loginAs(['buyer']),
    });
    expect(list.json().items[0].invitation.state).toBe('expired');

    const staff = await t.request({
      method: 'POST',
      url: `/api/v1/suppliers/${supplier.id}/portal-users`,
      as: await t.loginAs(['buyer']),
      payload: { name: 'Lena', email: (await seedUser(t.ctx, { roles: ['buyer'] })).email },
    });
    expect(staff.statusCode).toBe(409);
    expect(staff.json().errors[0].path).toBe('email');

    const blocked = await supplierWithContact();
    const block = await t.request({
      method: 'POST',
      url: `/api/v1/suppliers/${blocked.id}/block`,
      as: admin2,
      headers: ifMatch(blocked),
      payload: { reason: 'Insolvency' },
    });
    expect(block.statusCode).toBe(200);
    const toBlocked = await t.request({
      method: 'POST',
      url: `/api/v1/suppliers/${blocked.id}/portal-users`,
      as: buyer,
      payload: { name: 'Jana', email: 'jana@blocked.example' },
    });
    expect(toBlocked.statusCode).toBe(409);
    expect(toBlocked.json().detail).toContain('is blocked');

    const made = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      as: admin2,
      payload: { email: 'x@nordlicht.example', name: 'X', password: TEST_PASSWORD, roles: ['supplier'] },
    });
    expect(made.statusCode).toBe(422);
    expect(made.json().errors[0].path).toBe('roles');
  });
});

describe("a supplier's user", () => {
  it('is none of the organisation’s people: not mentioned, not a head, approver or delegate', async () => {
    const supplier = await supplierWithContact();
    const portalUser = await seedUser(t.ctx, {
      roles: ['supplier'],
      supplierId: supplier.id,
      name: 'Quirin Portalmann',
    });
    const staff = await seedUser(t.ctx, { roles: ['approver'], name: 'Quirin Stabmann' });
    const admin = await t.loginAs(['admin']);
    const people = await t.request({ method: 'GET', url: '/api/v1/people?q=quirin', as: buyer });
    expect(people.json().items.map((p: { name: string }) => p.name)).toEqual(['Quirin Stabmann']);
    const ofOrganisation = await t.request({
      method: 'GET',
      url: '/api/v1/users?q=quirin&kind=organisation',
      as: admin,
    });
    expect(ofOrganisation.json().items.map((u: { id: string }) => u.id)).toEqual([staff.id]);
    const ofSuppliers = await t.request({
      method: 'GET',
      url: '/api/v1/users?q=quirin&kind=supplier',
      as: admin,
    });
    expect(ofSuppliers.json().items.map((u: { id: string }) => u.id)).toEqual([portalUser.id]);

    const head = await t.request({
      method: 'POST',
      url: '/api/v1/departments',
      as: admin,
      payload: { code: 'QPM', name: 'Portal heads', headUserId: portalUser.id },
    });
    expect(head.statusCode).toBe(422);
    expect(head.json().errors).toEqual([
      { path: 'headUserId', message: 'does not name an active user of the organisation' },
    ]);
    const delegation = await t.request({
      method: 'POST',
      url: '/api/v1/delegations',
      as: await t.loginAs(['approver']),
      payload: { delegateUserId: portalUser.id, validTo: '2099-01-01T00:00:00Z' },
    });
    expect(delegation.statusCode).toBe(422);
    expect(delegation.json().errors[0]).toEqual({
      path: 'delegateUserId',
      message: 'is not an active user of the organisation',
    });
  });

  it('sees only its own supplier’s sent orders; anything else is 404 or forbidden', async () => {
    const mine = await supplierWithContact();
    const other = await supplierWithContact();
    const me = await supplierUser(mine.id);
    const sent = await sentOrder(mine.id);
    const unsent = await seedPurchaseOrder(t.ctx, {
      buyer: buyerActor,
      supplierId: mine.id,
      status: 'approved',
    });
    const theirs = await sentOrder(other.id);

    const list = await t.request({ method: 'GET', url: '/api/v1/portal/orders?tab=to_answer', as: me });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((o: { id: string }) => o.id)).toEqual([sent.id]);
    expect(list.json().items[0]).toMatchObject({
      number: sent.number,
      buyerName: 'Lena Brandt',
      answer: null,
    });

    const page = await t.request({ method: 'GET', url: `/api/v1/portal/orders/${sent.id}`, as: me });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      canAnswer: true,
      lines: [{ lineNo: 1 }, { lineNo: 2 }, { lineNo: 3 }],
    });
    expect(page.json()).not.toHaveProperty('costCentreId');

    for (const id of [unsent.id, theirs.id, '0190b9a0-0000-7000-8000-0000000000aa']) {
      expect(
        (await t.request({ method: 'GET', url: `/api/v1/portal/orders/${id}`, as: me })).statusCode,
      ).toBe(404);
      expect((await answer(me, { id, revision: 0 }, acceptAll)).statusCode).toBe(404);
    }
    for (const url of [
      `${PO}/${sent.id}`,
      `${PO}/${sent.id}/pdf`,
      '/api/v1/suppliers',
      '/api/v1/people?q=a',
      '/api/v1/home',
    ]) {
      expect((await t.request({ method: 'GET', url, as: me })).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', as: me })).json().user.supplierId).toBe(
      mine.id,
    );
  });

  it('acknowledges the order by accepting every line, with the promised dates', async () => {
    const supplier = await supplierWithContact();
    const me = await supplierUser(supplier.id);
    const order = await sentOrder(supplier.id);
    const res = await answer(me, order, acceptAll, 'Ships from Hamburg.');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      number: 1,
      status: 'accepted',
      source: 'portal',
      note: 'Ships from Hamburg.',
    });
    const now = await getOrder(order.id);
    expect(now.status).toBe('acknowledged');
    expect(now.lines.map((l: { promisedDate: string }) => l.promisedDate)).toEqual([
      '2027-01-15',
      '2027-01-10',
      '2027-01-15',
    ]);
    // Nothing more to answer.
    const late = await answer(me, now, acceptAll);
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('"acknowledged"');
    const inbox = (await t.request({ method: 'GET', url: '/api/v1/notifications', as: buyer })).json().items;
    // Notifications made in the same instant (the test clock stands still) come in any order.
    expect(inbox).toContainEqual(
      expect.objectContaining({
        kind: 'supplier_proposal',
        title: `The supplier acknowledged ${order.number}`,
      }),
    );
  });

  it('answers with every problem named, and never for an older revision', async () => {
    const supplier = await supplierWithContact();
    const me = await supplierUser(supplier.id);
    const order = await sentOrder(supplier.id);
    const bad = await answer(me, order, [
      { lineNo: 1, decision: 'change', promisedDate: '2027-01-15' },
      { lineNo: 2, decision: 'reject' },
      { lineNo: 2, decision: 'accept' },
      { lineNo: 9, decision: 'accept' },
      { lineNo: 3, decision: 'accept', quantity: '31' },
    ]);
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(
      ['lines[0]', 'lines[1].reason', 'lines[2].lineNo', 'lines[3].lineNo', 'lines[4].quantity'].sort(),
    );
    const missing = await answer(me, order, [{ lineNo: 1, decision: 'accept' }]);
    expect(missing.json().errors).toEqual([
      { path: 'lines', message: 'must answer every line; missing: 2, 3' },
    ]);
    const stale = await answer(me, { id: order.id, revision: order.revision + 1 }, acceptAll);
    expect(stale.statusCode).toBe(409);
    expect((await getOrder(order.id)).status).toBe('sent');
  });

  it('proposes changes; the buyer accepts them as a change order sent back, and the order is acknowledged', async () => {
    const supplier = await supplierWithContact();
    const me = await supplierUser(supplier.id);
    let order = await sentOrder(supplier.id);
    const proposal = [
      { lineNo: 1, decision: 'accept' },
      { lineNo: 2, decision: 'change', promisedDate: '2027-02-01', reason: 'Motor winding backlog' },
      { lineNo: 3, decision: 'change', unitPrice: '39.00' },
    ];
    const first = await answer(me, order, proposal);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'proposed', number: 1 });
    // Revised before the buyer decides: the new answer replaces it.
    const second = await answer(me, order, proposal, 'Price held for 30 days.');
    expect(second.json()).toMatchObject({ status: 'proposed', number: 2 });
    const answers = (
      await t.request({ method: 'GET', url: `${PO}/${order.id}/supplier-responses`, as: buyer })
    ).json().items;
    expect(answers.map((a: { status: string }) => a.status)).toEqual(['proposed', 'superseded']);
    const inbox = (await t.request({ method: 'GET', url: '/api/v1/notifications', as: buyer })).json().items;
    expect(inbox.map((n: { title: string }) => n.title)).toContain(
      `The supplier proposes changes to ${order.number}`,
    );

    order = await getOrder(order.id);
    const stale = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/supplier-response/accept`,
      as: buyer,
      headers: ifMatch({ version: order.version - 1 }),
      payload: { responseId: second.json().id },
    });
    expect(stale.statusCode).toBe(412);
    // Deciding on the answer the buyer saw: a newer one from the supplier is a 409, nothing decided.
    const older = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/supplier-response/accept`,
      as: buyer,
      headers: ifMatch(order),
      payload: { responseId: first.json().id },
    });
    expect(older.statusCode).toBe(409);
    expect(older.json().detail).toContain('newer answer (answer 2)');
    const accepted = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/supplier-response/accept`,
      as: buyer,
      headers: ifMatch(order),
      payload: { responseId: second.json().id },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const after = accepted.json();
    expect(after).toMatchObject({ status: 'acknowledged', revision: 1, sentRevision: 1 });
    expect(
      after.lines.map((l: { neededBy: string; unitPrice: string; promisedDate: string }) => [
        l.neededBy,
        l.unitPrice,
        l.promisedDate,
      ]),
    ).toEqual([
      ['2027-01-15', '20', '2027-01-15'],
      ['2027-02-01', '30', '2027-02-01'],
      ['2027-01-15', '39', '2027-01-15'],
    ]);
    const sends = (await t.request({ method: 'GET', url: `${PO}/${order.id}/dispatches`, as: buyer })).json()
      .items;
    expect(sends.map((d: { kind: string; revision: number }) => [d.kind, d.revision])).toEqual([
      ['change', 1],
      ['order', 0],
    ]);
    const answered = (
      await t.request({ method: 'GET', url: `${PO}/${order.id}/supplier-responses`, as: buyer })
    ).json().items;
    expect(answered[0]).toMatchObject({ status: 'proposal_accepted', decidedBy: buyer.userId });
    const none = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/supplier-response/decline`,
      as: buyer,
      payload: { responseId: second.json().id, message: 'No' },
    });
    expect(none.statusCode).toBe(409);

    // Once sent, the order stays with its supplier.
    const other = await supplierWithContact();
    const now = await getOrder(order.id);
    const moved = await t.request({
      method: 'PATCH',
      url: `${PO}/${order.id}`,
      as: buyer,
      headers: ifMatch(now),
      payload: { supplierId: other.id },
    });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().errors[0].path).toBe('supplierId');
  });

  it('proposes a lower quantity in whole units; accepted, what the line no longer orders goes back to its requisition', async () => {
    const supplier = await supplierWithContact();
    const me = await supplierUser(supplier.id);
    const requisition = await seedApprovedRequisition(t.ctx, {
      lines: [{ itemId, quantity: '10', estimatedUnitPrice: '20.00', neededBy: '2027-01-15' }],
    });
    const requisitionLineId = requisition.lines[0]!.id;
    const order = await sentOrder(supplier.id, [
      {
        itemId,
        quantity: '10',
        unitPrice: '20.00',
        neededBy: '2027-01-15',
        sources: [{ requisitionLineId, quantity: '10' }],
      },
    ]);
    const fractional = await answer(me, order, [{ lineNo: 1, decision: 'change', quantity: '6.5' }]);
    expect(fractional.statusCode).toBe(422);
    expect(fractional.json().errors).toEqual([
      { path: 'lines[0].quantity', message: expect.stringMatching(/^must be a whole number of /) },
    ]);
    const proposal = await answer(me, order, [
      { lineNo: 1, decision: 'change', quantity: '6', reason: 'Only six in stock' },
    ]);
    expect(proposal.statusCode, proposal.body).toBe(201);

    const current = await getOrder(order.id);
    const accepted = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/supplier-response/accept`,
      as: buyer,
      headers: ifMatch(current),
      payload: { responseId: proposal.json().id },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().lines[0]).toMatchObject({
      quantity: '6',
      sources: [{ requisitionLineId, quantity: '6' }],
    });
    const after = await t.request({
      method: 'GET',
      url: `/api/v1/requisitions/${requisition.id}`,
      as: buyer,
    });
    expect(after.json().lines[0].quantityOrdered).toBe('6');
  });

  it('hears why the buyer declined its proposal, and answers again', async () => {
    const supplier = await supplierWithContact();
    const me = await supplierUser(supplier.id);
    const order = await sentOrder(supplier.id);
    const proposal = await answer(me, order, [
      { lineNo: 1, decision: 'reject', reason: 'Discontinued' },
      { lineNo: 2, decision: 'accept' },
      { lineNo: 3, decision: 'accept' },
    ]);
    const responseId = proposal.json().id;
    const empty = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/supplier-response/decline`,
      as: buyer,
      payload: { responseId, message: ' ' },
    });
    expect(empty.statusCode).toBe(422);
    const declined = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/supplier-response/decline`,
      as: buyer,
      payload: { responseId, message: 'Line 1 is on a framework contract: please supply it.' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      status: 'proposal_declined',
      decisionMessage: 'Line 1 is on a framework contract: please supply it.',
    });
    expect((await getOrder(order.id)).status).toBe('sent');
    const told = (await t.request({ method: 'GET', url: '/api/v1/notifications', as: me })).json().items;
    const declinedNote = told.find((n: { kind: string }) => n.kind === 'supplier_proposal_declined');
    expect(declinedNote).toMatchObject({ title: `Your proposal for ${order.number} was declined` });
    expect(declinedNote.body).toContain('framework contract');
    const again = await answer(me, order, acceptAll);
    expect(again.json()).toMatchObject({ status: 'accepted', number: 2 });
  });
});

describe('the answer as a PEPPOL Order Response', () => {
  it('downloads for the buyer and the supplier, 409 without electronic addresses, 404 for another supplier', async () => {
    const supplier = await supplierWithContact();
    const me = await supplierUser(supplier.id);
    const stranger = await supplierUser((await supplierWithContact()).id);
    const order = await sentOrder(supplier.id);
    const answered = await answer(me, order, [
      { lineNo: 1, decision: 'accept' },
      { lineNo: 2, decision: 'change', quantity: '15' },
      { lineNo: 3, decision: 'reject', reason: 'Discontinued' },
    ]);
    const buyerUrl = `${PO}/${order.id}/supplier-responses/${answered.json().id}/ubl`;
    const portalUrl = `/api/v1/portal/orders/${order.id}/answers/${answered.json().id}/ubl`;
    const missing = await t.request({ method: 'GET', url: buyerUrl, as: buyer });
    expect(missing.statusCode).toBe(409);
    expect(
      missing
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['settings.electronicAddress', 'supplier.electronicAddress']);

    const admin = await t.loginAs(['admin']);
    const settings = (await t.request({ method: 'GET', url: '/api/v1/settings', as: admin })).json();
    await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: ifMatch(settings),
      payload: { electronicAddress: { scheme: '0088', id: '7300010000001' } },
    });
    const s = (await t.request({ method: 'GET', url: `/api/v1/suppliers/${supplier.id}`, as: buyer })).json();
    await t.request({
      method: 'PATCH',
      url: `/api/v1/suppliers/${supplier.id}`,
      as: buyer,
      headers: ifMatch(s),
      payload: { electronicAddress: { scheme: '9930', id: 'DE811569869' } },
    });
    for (const [url, who] of [
      [buyerUrl, buyer],
      [portalUrl, me],
    ] as const) {
      const res = await t.request({ method: 'GET', url, as: who });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/xml/);
      expect(res.body).toContain('<cbc:OrderResponseCode>CA</cbc:OrderResponseCode>');
      expect(res.body).toContain(`<cbc:ID>${order.number}</cbc:ID>`);
    }
    expect((await t.request({ method: 'GET', url: portalUrl, as: stranger })).statusCode).toBe(404);
  });
});
