import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/shared/permissions';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedDepartment } from '../../src/seed/organisation-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/**
 * Separation of duties, as a matrix: every way of deciding (approve, reject, request changes, bulk
 * approve) × every kind of author (the order's creator, its buyer, the author of its change order,
 * a requisition's requester) — each author holding the approver role the step asks for, and the
 * admin role too. Every cell is a 403 with the reason, and the document is left as it was; an
 * approver who wrote nothing then decides it.
 */
type Who = { cookie: string; userId: string };
type Doc = { id: string; version: number; status: string };

let t: TestApp;
let deptId: string;
let costCentreId: string;
let supplierId: string;
let itemId: string;
let finance: Who;

const PO = '/api/v1/purchase-orders';
const REQ = '/api/v1/requisitions';
const none = { roles: [], userIds: [], departmentHead: false, costCentreOwner: false };
const financeStep = (level: number, name: string, amountAtLeast: string) => ({
  level,
  name,
  condition: { amountAtLeast },
  approvers: { ...none, roles: ['finance'] },
});

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.loginAs(['admin']);
  finance = await t.loginAs(['finance']);
  deptId = (await seedDepartment(t.ctx, {})).id;
  costCentreId = (await seedCostCentre(t.ctx, { departmentId: deptId })).id;
  supplierId = (await seedSupplier(t.ctx)).id;
  itemId = (await seedItem(t.ctx, { defaultTaxRate: '0' })).id;
  for (const [documentType, steps] of [
    ['purchase_order', [financeStep(1, 'Finance', '0'), financeStep(2, 'Finance, large', '10000')]],
    ['requisition', [financeStep(1, 'Finance', '0')]],
  ] as const) {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/approval-policies',
      as: admin,
      payload: { documentType, name: `SoD ${documentType}`, steps },
    });
    expect(res.statusCode).toBe(201);
  }
}, 60_000);
afterAll(async () => {
  await t.close();
});

const login = (roles: Role[]) => t.loginAs(roles);
const ifMatch = (doc: { version: number }) => ({ 'if-match': `"v${doc.version}"` });

async function read(base: string, id: string): Promise<Doc> {
  const res = await t.request({ method: 'GET', url: `${base}/${id}`, as: finance });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function post(url: string, as: Who, payload: object, doc?: Doc) {
  return t.request({ method: 'POST', url, as, payload, headers: doc ? ifMatch(doc) : {} });
}

async function submittedOrder(creator: Who, buyerId?: string): Promise<Doc> {
  const res = await post(PO, creator, {
    supplierId,
    departmentId: deptId,
    costCentreId,
    ...(buyerId ? { buyerId } : {}),
    lines: [{ itemId, quantity: '1', unitPrice: '1000', taxRate: '0' }],
  });
  expect(res.statusCode).toBe(201);
  const sub = await post(`${PO}/${res.json().id}/submit`, creator, {}, res.json());
  expect(sub.statusCode).toBe(200);
  return sub.json();
}

/** Every way of deciding, each refused for `who` on `doc` with the reason; the document unchanged. */
async function expectEveryDecisionRefused(base: string, doc: Doc, who: Who, documentType: string) {
  const attempts = [
    post(`${base}/${doc.id}/approve`, who, { comment: 'mine' }, doc),
    post(`${base}/${doc.id}/reject`, who, { reason: 'mine' }, doc),
    post(`${base}/${doc.id}/request-changes`, who, { comment: 'mine' }, doc),
  ];
  for (const res of await Promise.all(attempts)) {
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/created|requested|changed|edited|entered|own/i);
  }
  const bulk = await post('/api/v1/approvals/bulk-approve', who, {
    items: [{ documentType, id: doc.id, version: doc.version }],
  });
  expect(bulk.statusCode).toBe(200);
  expect(bulk.json().results[0]).toMatchObject({ id: doc.id, ok: false, httpStatus: 403 });
  const after = await read(base, doc.id);
  expect({ status: after.status, version: after.version }).toEqual({
    status: doc.status,
    version: doc.version,
  });
}

describe('separation of duties: no author decides their own document, whatever their roles', () => {
  it('the creator who is also its buyer (admin and finance roles)', async () => {
    const author = await login(['admin', 'buyer', 'finance']);
    const po = await submittedOrder(author);
    await expectEveryDecisionRefused(PO, po, author, 'purchase_order');
    const ok = await post(`${PO}/${po.id}/approve`, finance, {}, po);
    expect(ok.json().status).toBe('approved');
  });

  it('the requester of a requisition the order buys (finance role), and the buyer who ordered it', async () => {
    const requester = await login(['requester', 'finance']);
    const draft = await post(REQ, requester, {
      departmentId: deptId,
      costCentreId,
      justification: 'lab kit',
      lines: [{ itemId, quantity: '2', estimatedUnitPrice: '500', suggestedSupplierId: supplierId }],
    });
    expect(draft.statusCode).toBe(201);
    let req: Doc = (await post(`${REQ}/${draft.json().id}/submit`, requester, {}, draft.json())).json();
    req = (await post(`${REQ}/${req.id}/approve`, finance, {}, req)).json();
    expect(req.status).toBe('approved');
    const lineId = (await read(REQ, req.id)) as unknown as { lines: { id: string }[] };

    const buyer = await login(['buyer', 'finance']);
    const ordered = await post('/api/v1/workbench/purchase-orders', buyer, {
      lines: [{ requisitionLineId: lineId.lines[0]!.id, quantity: '2', unitPrice: '500', taxRate: '0' }],
    });
    expect(ordered.statusCode).toBe(201);
    const draftPo = await read(PO, ordered.json().purchaseOrders[0].id);
    const po: Doc = (await post(`${PO}/${draftPo.id}/submit`, buyer, {}, draftPo)).json();
    expect(po.status).toBe('pending_approval');
    const route = (
      await t.request({ method: 'GET', url: `${PO}/${po.id}/approval-route`, as: finance })
    ).json();
    expect(route.steps[0].approvers.map((a: { id: string }) => a.id)).not.toContain(requester.userId);

    await expectEveryDecisionRefused(PO, po, requester, 'purchase_order');
    await expectEveryDecisionRefused(PO, po, buyer, 'purchase_order');
    expect((await post(`${PO}/${po.id}/approve`, finance, {}, po)).json().status).toBe('approved');
  });

  it('the author of a change order that sends the order back for approval', async () => {
    const buyer = await login(['buyer']);
    let po = await submittedOrder(buyer);
    po = (await post(`${PO}/${po.id}/approve`, finance, {}, po)).json();
    expect(po.status).toBe('approved');
    const editor = await login(['buyer', 'finance', 'admin']);
    const revised = await t.request({
      method: 'PATCH',
      url: `${PO}/${po.id}`,
      as: editor,
      headers: ifMatch(po),
      payload: {
        reason: 'more units',
        lines: [{ lineNo: 1, itemId, quantity: '20', unitPrice: '1000', taxRate: '0' }],
      },
    });
    expect(revised.statusCode).toBe(200);
    po = revised.json();
    expect(po.status).toBe('pending_approval');
    await expectEveryDecisionRefused(PO, po, editor, 'purchase_order');
    expect((await post(`${PO}/${po.id}/approve`, finance, {}, po)).json().status).toBe('approved');
  });

  it('whoever edited someone else’s draft before it was submitted (admin and finance roles)', async () => {
    const buyer = await login(['buyer']);
    const created = await post(PO, buyer, {
      supplierId,
      departmentId: deptId,
      costCentreId,
      lines: [{ itemId, quantity: '1', unitPrice: '30000', taxRate: '0' }],
    });
    expect(created.statusCode).toBe(201);
    const editor = await login(['admin', 'finance']);
    const secondFinance = await login(['finance']);
    const edited = await t.request({
      method: 'PATCH',
      url: `${PO}/${created.json().id}`,
      as: editor,
      headers: ifMatch(created.json()),
      payload: { lines: [{ lineNo: 1, itemId, quantity: '1', unitPrice: '30001', taxRate: '0' }] },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().revision).toBe(0);
    const sub = await post(`${PO}/${created.json().id}/submit`, buyer, {}, edited.json());
    expect(sub.statusCode).toBe(200);
    let po: Doc = sub.json();
    expect(po.status).toBe('pending_approval');
    const route = (
      await t.request({ method: 'GET', url: `${PO}/${po.id}/approval-route`, as: finance })
    ).json();
    for (const step of route.steps)
      expect(step.approvers.map((a: { id: string }) => a.id)).not.toContain(editor.userId);
    await expectEveryDecisionRefused(PO, po, editor, 'purchase_order');
    po = (await post(`${PO}/${po.id}/approve`, finance, {}, po)).json();
    // The second step: still not the editor, even with the first one decided by someone else.
    await expectEveryDecisionRefused(PO, po, editor, 'purchase_order');
    expect((await post(`${PO}/${po.id}/approve`, secondFinance, {}, po)).json().status).toBe('approved');
  });

  it('nobody but its requester edits a requisition, admins included: the requester stays its only author', async () => {
    const requester = await login(['requester']);
    const draft = await post(REQ, requester, {
      departmentId: deptId,
      costCentreId,
      justification: 'chairs',
      lines: [{ itemId, quantity: '1', estimatedUnitPrice: '40' }],
    });
    expect(draft.statusCode).toBe(201);
    const editor = await login(['admin', 'finance']);
    const edited = await t.request({
      method: 'PATCH',
      url: `${REQ}/${draft.json().id}`,
      as: editor,
      headers: ifMatch(draft.json()),
      payload: { justification: 'chairs, ergonomic' },
    });
    expect(edited.statusCode).toBe(403);
    expect((await read(REQ, draft.json().id)).version).toBe(draft.json().version);
  });

  it('the requester of a requisition (with finance and admin roles)', async () => {
    const requester = await login(['requester', 'finance', 'admin']);
    const draft = await post(REQ, requester, {
      departmentId: deptId,
      costCentreId,
      justification: 'tools',
      lines: [{ itemId, quantity: '1', estimatedUnitPrice: '50' }],
    });
    expect(draft.statusCode).toBe(201);
    const sub = await post(`${REQ}/${draft.json().id}/submit`, requester, {}, draft.json());
    const req: Doc = sub.json();
    expect(req.status).toBe('submitted');
    await expectEveryDecisionRefused(REQ, req, requester, 'requisition');
    expect((await post(`${REQ}/${req.id}/approve`, finance, {}, req)).json().status).toBe('approved');
  });
});
