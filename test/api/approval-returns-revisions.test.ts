import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/shared/permissions';
import { auditLog, purchaseOrders, users } from '../../src/db/schema';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedDepartment, seedExchangeRate } from '../../src/seed/organisation-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/**
 * Returns to draft (reject, request changes) with the reason shown, and the re-approval rule of
 * change orders: only the steps a higher total newly triggers, the whole route after a supplier or
 * currency change, nothing otherwise — with the explanation either way. PGlite, and PostgreSQL
 * with TEST_DATABASE_URL.
 */
type Who = { cookie: string; userId: string };
type Json = Record<string, unknown>;
type Doc = Json & { id: string; version: number; status: string };

let t: TestApp;
let admin: Who;
let buyer: Who;
let head: Who;
let finance: Who;
let finance2: Who;
let buyerApprover: Who;
let buyerFinance: Who;
let requester: Who;
let plainApprover: Who;
let deptId: string;
let costCentreId: string;
let supplierId: string;
let otherSupplierId: string;
let itemId: string;

const POLICIES = '/api/v1/approval-policies';
const PO = '/api/v1/purchase-orders';
const REQ = '/api/v1/requisitions';
const none = { roles: [], userIds: [], departmentHead: false, costCentreOwner: false };

beforeAll(async () => {
  t = await createTestApp();
  const login = (roles: Role[]) => t.loginAs(roles);
  admin = await login(['admin']);
  buyer = await login(['buyer']);
  head = await login(['approver']);
  finance = await login(['finance']);
  finance2 = await login(['finance']);
  buyerApprover = await login(['buyer', 'approver']);
  buyerFinance = await login(['buyer', 'finance']);
  requester = await login(['requester']);
  plainApprover = await login(['approver']);
  deptId = (await seedDepartment(t.ctx, { headUserId: head.userId })).id;
  costCentreId = (await seedCostCentre(t.ctx, { departmentId: deptId })).id;
  supplierId = (await seedSupplier(t.ctx)).id;
  otherSupplierId = (await seedSupplier(t.ctx)).id;
  itemId = (await seedItem(t.ctx, { defaultTaxRate: '0' })).id;
  await seedExchangeRate(t.ctx, { currency: 'EUR', rate: '1.1', validOn: '2026-01-01' });
  for (const payload of [
    {
      documentType: 'purchase_order',
      name: 'Orders by amount',
      steps: [
        {
          level: 1,
          name: 'Department head',
          condition: { amountAtLeast: '5000' },
          approvers: { ...none, departmentHead: true },
        },
        {
          level: 2,
          name: 'Finance',
          condition: { amountAtLeast: '25000' },
          approvers: { ...none, roles: ['finance'] },
        },
        {
          level: 3,
          name: 'Compliance',
          condition: { amountAtLeast: '100000' },
          approvers: { ...none, roles: ['compliance'] },
        },
      ],
    },
    {
      documentType: 'requisition',
      name: 'Requisitions by amount',
      steps: [
        {
          level: 1,
          name: 'Department head',
          condition: { amountAtLeast: '1000' },
          approvers: { ...none, departmentHead: true },
        },
      ],
    },
  ]) {
    const res = await t.request({ method: 'POST', url: POLICIES, as: admin, payload });
    expect(res.statusCode).toBe(201);
  }
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = (url: string, as: Who) => t.request({ method: 'GET', url, as });
const ifMatch = (doc: { version: number }) => ({ 'if-match': `"v${doc.version}"` });
const paths = (res: { json(): Json }) => ((res.json().errors ?? []) as { path: string }[]).map((e) => e.path);

async function act(doc: { id: string; version: number }, verb: string, as: Who, body: Json = {}, base = PO) {
  return t.request({
    method: 'POST',
    url: `${base}/${doc.id}/${verb}`,
    as,
    headers: ifMatch(doc),
    payload: body,
  });
}

async function ok(res: { statusCode: number; body: string; json(): unknown }): Promise<Doc> {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Doc;
}

async function draftOrder(amount: string, as: Who = buyer): Promise<Doc> {
  const res = await t.request({
    method: 'POST',
    url: PO,
    as,
    payload: {
      supplierId,
      departmentId: deptId,
      costCentreId,
      lines: [{ itemId, quantity: '1', unitPrice: amount, taxRate: '0' }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function submittedOrder(amount: string, as: Who = buyer): Promise<Doc> {
  return ok(await act(await draftOrder(amount, as), 'submit', as));
}

async function nameOf(who: Who): Promise<string> {
  const [row] = await t.ctx.db.select({ name: users.name }).from(users).where(eq(users.id, who.userId));
  return row!.name;
}

async function auditOf(id: string) {
  return t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.seq);
}

describe('request changes on a purchase order', () => {
  it('returns the order to draft with the comment, who asked and when; the step is changes_requested', async () => {
    const po = await submittedOrder('6000');
    const res = await act(po, 'request-changes', head, { comment: 'Split the delivery in two' });
    const body = await ok(res);
    expect(body.status).toBe('draft');
    expect(body.returned).toEqual({
      kind: 'changes_requested',
      reason: 'Split the delivery in two',
      byUserId: head.userId,
      byName: await nameOf(head),
      at: '2026-03-02T09:00:00.000Z',
    });
    expect(res.headers.etag).toBe(`"v${body.version}"`);

    const [row] = await t.ctx.db.select().from(purchaseOrders).where(eq(purchaseOrders.id, po.id));
    expect(row).toMatchObject({ returnKind: 'changes_requested', returnedBy: head.userId });

    const audit = (await auditOf(po.id)).at(-1)!;
    expect(audit.action).toBe('request_changes');
    expect(audit.reason).toBe('Split the delivery in two');
    expect(audit.changes).toMatchObject({
      status: { before: 'pending_approval', after: 'draft' },
      returned: { after: `Changes requested by ${await nameOf(head)}: Split the delivery in two` },
    });

    // The draft previews a new route; the stored one (still readable after resubmitting) ended here.
    const resubmitted = await ok(await act(body, 'submit', buyer));
    expect(resubmitted.returned).toBeNull();
    expect(resubmitted.status).toBe('pending_approval');
    const [after] = await t.ctx.db.select().from(purchaseOrders).where(eq(purchaseOrders.id, po.id));
    expect(after).toMatchObject({ returnKind: null, returnReason: null, returnedBy: null, returnedAt: null });
  });

  it('records changes_requested on the step and skips the others', async () => {
    const po = await submittedOrder('30000');
    const approved = await ok(await act(po, 'approve', head));
    const back = await ok(
      await act(approved, 'request-changes', finance, { comment: 'Quote from a second supplier' }),
    );
    expect(back.status).toBe('draft');
    // A fresh submission shows the preview; read the stored route before that through a second order.
    const po2 = await submittedOrder('30000');
    await ok(await act(po2, 'request-changes', head, { comment: 'Wrong cost centre' }));
    const steps = await t.ctx.db.query.documentApprovalSteps.findMany({
      where: (s, { eq: is }) => is(s.documentId, po2.id),
    });
    expect(steps.map((s) => [s.name, s.status])).toEqual(
      expect.arrayContaining([
        ['Department head', 'changes_requested'],
        ['Finance', 'skipped'],
      ]),
    );
    expect(steps.find((s) => s.name === 'Department head')!.decisions).toEqual([
      expect.objectContaining({ decision: 'changes_requested', comment: 'Wrong cost centre' }),
    ]);
  });

  it('requires a comment (422 on comment) and changes nothing', async () => {
    const po = await submittedOrder('6000');
    for (const payload of [{ comment: '   ' }, {}]) {
      const res = await act(po, 'request-changes', head, payload);
      expect(res.statusCode).toBe(422);
      expect(paths(res)).toEqual(['comment']);
    }
    expect((await ok(await get(`${PO}/${po.id}`, buyer))).status).toBe('pending_approval');
  });

  it('refuses the order’s author (403) even when they hold the approve permission, and anyone not on the open step', async () => {
    const own = await submittedOrder('6000', buyerApprover);
    const res = await act(own, 'request-changes', buyerApprover, { comment: 'x' });
    expect(res.statusCode).toBe(403);
    const po = await submittedOrder('6000');
    const other = await act(po, 'request-changes', plainApprover, { comment: 'x' });
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toContain('not yours to decide');
    expect((await act(po, 'request-changes', buyer, { comment: 'x' })).statusCode).toBe(403);
  });

  it('is a 409 naming the state when the order is not awaiting approval, 412 on a stale version, 404 when unknown', async () => {
    const draft = await draftOrder('6000');
    const res = await act(draft, 'request-changes', head, { comment: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('"draft"');
    const po = await submittedOrder('6000');
    expect(
      (await act({ ...po, version: po.version - 1 }, 'request-changes', head, { comment: 'x' })).statusCode,
    ).toBe(412);
    expect(
      (
        await act({ id: '0190b9a0-0000-7000-8000-0000000000aa', version: 1 }, 'request-changes', head, {
          comment: 'x',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('reject also returns the draft with the reason, cleared on submitting again', async () => {
    const po = await submittedOrder('6000');
    const body = await ok(await act(po, 'reject', head, { reason: 'Not this quarter' }));
    expect(body.returned).toMatchObject({
      kind: 'rejected',
      reason: 'Not this quarter',
      byUserId: head.userId,
    });
    expect((await auditOf(po.id)).at(-1)!.changes).toMatchObject({
      returned: { after: `Rejected by ${await nameOf(head)}: Not this quarter` },
    });
    expect((await ok(await act(body, 'submit', buyer))).returned).toBeNull();
  });
});

describe('request changes on a requisition', () => {
  async function submittedRequisition(price: string): Promise<Doc> {
    const res = await t.request({
      method: 'POST',
      url: REQ,
      as: requester,
      payload: {
        departmentId: deptId,
        costCentreId,
        justification: 'tools',
        lines: [{ itemId, quantity: '1', estimatedUnitPrice: price }],
      },
    });
    expect(res.statusCode).toBe(201);
    return ok(await act(res.json(), 'submit', requester, {}, REQ));
  }

  it('returns it to draft with the comment; resubmitting clears it', async () => {
    const r = await submittedRequisition('1500');
    expect(r.status).toBe('submitted');
    const body = await ok(await act(r, 'request-changes', head, { comment: 'Add the model number' }, REQ));
    expect(body.status).toBe('draft');
    expect(body.returned).toEqual({
      kind: 'changes_requested',
      reason: 'Add the model number',
      byUserId: head.userId,
      byName: await nameOf(head),
      at: '2026-03-02T09:00:00.000Z',
    });
    const audit = (await auditOf(r.id)).at(-1)!;
    expect(audit.action).toBe('request_changes');
    expect(audit.changes).toMatchObject({
      returned: { after: `Changes requested by ${await nameOf(head)}: Add the model number` },
    });
    const route = (await get(`${REQ}/${r.id}/approval-route`, requester)).json();
    expect(route.kind).toBe('preview');
    // The requester's list of what was sent back holds it until it is submitted again.
    const returnedIds = async () =>
      ((await get(`${REQ}?mine=true&returned=true&limit=200`, requester)).json().items as Json[]).map(
        (x) => x.id,
      );
    expect(await returnedIds()).toContain(r.id);
    const again = await ok(await act(body, 'submit', requester, {}, REQ));
    expect(again.returned).toBeNull();
    expect(await returnedIds()).not.toContain(r.id);
    const stored = (await get(`${REQ}/${r.id}/approval-route`, requester)).json();
    expect(stored.steps.map((s: Json) => s.status)).toEqual(['pending']);
  });

  it('reject returns it with kind rejected', async () => {
    const r = await submittedRequisition('1500');
    const body = await ok(await act(r, 'reject', head, { reason: 'Use the spare one' }, REQ));
    expect(body.returned).toMatchObject({
      kind: 'rejected',
      reason: 'Use the spare one',
      byUserId: head.userId,
    });
  });

  it('requires a comment (422), refuses the requester and non-approvers (403), 409 when not submitted, 412 stale, 404 unknown', async () => {
    const r = await submittedRequisition('1500');
    const blank = await act(r, 'request-changes', head, { comment: ' ' }, REQ);
    expect(blank.statusCode).toBe(422);
    expect(paths(blank)).toEqual(['comment']);
    expect((await act(r, 'request-changes', requester, { comment: 'x' }, REQ)).statusCode).toBe(403);
    expect((await act(r, 'request-changes', plainApprover, { comment: 'x' }, REQ)).statusCode).toBe(403);
    expect(
      (await act({ ...r, version: r.version - 1 }, 'request-changes', head, { comment: 'x' }, REQ))
        .statusCode,
    ).toBe(412);
    expect(
      (
        await act(
          { id: '0190b9a0-0000-7000-8000-0000000000aa', version: 1 },
          'request-changes',
          head,
          { comment: 'x' },
          REQ,
        )
      ).statusCode,
    ).toBe(404);
    const back = await ok(await act(r, 'request-changes', head, { comment: 'x' }, REQ));
    const again = await act(back, 'request-changes', head, { comment: 'x' }, REQ);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('draft');
    expect((await ok(await get(`${REQ}/${r.id}`, requester))).status).toBe('draft');
  });
});

describe('change orders: the re-approval rule', () => {
  /** An order approved by the department head at 20,000 USD. */
  async function approvedAt20000(): Promise<Doc> {
    const po = await submittedOrder('20000');
    const approved = await ok(await act(po, 'approve', head));
    expect(approved.status).toBe('approved');
    const [row] = await t.ctx.db.select().from(purchaseOrders).where(eq(purchaseOrders.id, po.id));
    expect(Number(row!.approvedTotalBase)).toBe(20000);
    return approved;
  }

  async function revise(po: Doc, payload: Json, as: Who = buyer): Promise<Doc> {
    const res = await t.request({
      method: 'PATCH',
      url: `${PO}/${po.id}`,
      as,
      headers: ifMatch(po),
      payload,
    });
    return ok(res);
  }

  const price = (amount: string) => ({
    lines: [{ lineNo: 1, itemId, quantity: '1', unitPrice: amount, taxRate: '0' }],
  });

  async function latestRevision(po: { id: string }) {
    return (await get(`${PO}/${po.id}/revisions`, buyer)).json().items[0];
  }

  it('keeps the order approved when the new total crosses no threshold and rises within the policy’s limit', async () => {
    const po = await approvedAt20000();
    const revised = await revise(po, price('20900'));
    expect(revised.status).toBe('approved');
    const text =
      'No re-approval needed: total 20,900.00 USD crosses no approval threshold beyond the 20,000.00 USD already approved and rises by no more than 10 % or 1,000.00 USD';
    expect(await latestRevision(po)).toMatchObject({ requiresApproval: false, approvalExplanation: text });
    expect((await auditOf(po.id)).at(-1)!.changes).toMatchObject({ reapproval: { after: text } });
    expect((await get(`${PO}/${po.id}/approval-route`, buyer)).json().explanation).toBe(
      `Revision 1: ${text}`,
    );
  });

  it('sends the order back to its whole route when the total rises past the policy’s limit within one threshold band', async () => {
    const po = await approvedAt20000();
    const revised = await revise(po, price('24000'));
    expect(revised.status).toBe('pending_approval');
    const text =
      'Re-approval needed because the total rises from 20,000.00 USD to 24,000.00 USD, more than the 10 % the policy lets an approved total rise: Department head — because total 24,000.00 USD ≥ 5,000';
    expect(await latestRevision(po)).toMatchObject({ requiresApproval: true, approvalExplanation: text });
    const route = (await get(`${PO}/${po.id}/approval-route`, buyer)).json();
    expect(route.steps.map((s: Json) => [s.name, s.status])).toEqual([['Department head', 'pending']]);
    expect((await ok(await act(revised, 'approve', head))).status).toBe('approved');
  });

  it('asks only finance when the total rises past 25,000, and records the new approved amount', async () => {
    const po = await approvedAt20000();
    const revised = await revise(po, price('30000'));
    expect(revised.status).toBe('pending_approval');
    const text =
      'Re-approval needed: Finance — because total 30,000.00 USD ≥ 25,000 (approved for 20,000.00 USD)';
    expect(await latestRevision(po)).toMatchObject({ requiresApproval: true, approvalExplanation: text });
    expect((await auditOf(po.id)).at(-1)!.changes).toMatchObject({ reapproval: { after: text } });
    const route = (await get(`${PO}/${po.id}/approval-route`, buyer)).json();
    expect(route.explanation).toBe(`Revision 1: ${text}`);
    expect(route.steps.map((s: Json) => [s.name, s.status])).toEqual([['Finance', 'pending']]);

    // The head's step was already approved for this amount: not theirs to decide now.
    expect((await act(revised, 'approve', head)).statusCode).toBe(403);
    const approved = await ok(await act(revised, 'approve', finance));
    expect(approved.status).toBe('approved');
    const [row] = await t.ctx.db.select().from(purchaseOrders).where(eq(purchaseOrders.id, po.id));
    expect(Number(row!.approvedTotalBase)).toBe(30000);

    // Approved for 30,000 now: a rise within the policy's limit (10 % or 1,000) asks nobody.
    const again = await revise(approved, price('30900'));
    expect(again.status).toBe('approved');
  });

  it('never lets the revision’s author approve it', async () => {
    const po = await approvedAt20000();
    const revised = await revise(po, price('30000'), buyerFinance);
    expect(revised.status).toBe('pending_approval');
    const route = (await get(`${PO}/${po.id}/approval-route`, buyer)).json();
    expect(route.steps[0].approvers.map((a: Json) => a.id)).not.toContain(buyerFinance.userId);
    const own = await act(revised, 'approve', buyerFinance);
    expect(own.statusCode).toBe(403);
    expect((await ok(await act(revised, 'approve', finance2))).status).toBe('approved');
  });

  it('asks the whole route again when the supplier changes', async () => {
    const po = await approvedAt20000();
    const revised = await revise(po, { supplierId: otherSupplierId });
    expect(revised.status).toBe('pending_approval');
    const text =
      'Re-approval needed because the supplier changed: Department head — because total 20,000.00 USD ≥ 5,000';
    expect((await latestRevision(po)).approvalExplanation).toBe(text);
    const route = (await get(`${PO}/${po.id}/approval-route`, buyer)).json();
    expect(route.steps.map((s: Json) => s.name)).toEqual(['Department head']);
    expect((await ok(await act(revised, 'approve', head))).status).toBe('approved');
  });

  it('asks the whole route again when the currency changes', async () => {
    const po = await approvedAt20000();
    const revised = await revise(po, { currency: 'EUR' });
    expect(revised.status).toBe('pending_approval');
    expect(revised.totalBase).toBe('22000.00');
    const text =
      'Re-approval needed because the currency changed: Department head — because total 22,000.00 USD ≥ 5,000';
    expect((await latestRevision(po)).approvalExplanation).toBe(text);
    const route = (await get(`${PO}/${po.id}/approval-route`, buyer)).json();
    expect(route.steps.map((s: Json) => s.name)).toEqual(['Department head']);
  });

  it('lets an approver request changes on a re-approval: the order returns to draft with the comment', async () => {
    const po = await approvedAt20000();
    const revised = await revise(po, price('30000'));
    const back = await ok(await act(revised, 'request-changes', finance, { comment: 'Too much at once' }));
    expect(back.status).toBe('draft');
    expect(back.returned).toMatchObject({ kind: 'changes_requested', reason: 'Too much at once' });
  });
});
