import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/shared/permissions';
import { auditLog, documentApprovalSteps } from '../../src/db/schema';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedDepartment } from '../../src/seed/organisation-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/**
 * The approval engine end to end: policy administration, routes explained before submission and
 * stored at submission, multi-level decisions with separation of duties, and one transition when
 * approvers race on the last step. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
type Who = { cookie: string; userId: string };
type Json = Record<string, unknown>;

let t: TestApp;
let admin: Who;
let buyer: Who;
let head: Who;
let finance: Who;
let finance2: Who;
let compliance: Who;
let financeAndCompliance: Who;
let requester: Who;
let plainApprover: Who;
let auditor: Who;
let deptId: string;
let costCentreId: string;
let supplierId: string;
let itemId: string;
let poPolicy: Json & { id: string; version: number };

const POLICIES = '/api/v1/approval-policies';
const PO = '/api/v1/purchase-orders';
const REQ = '/api/v1/requisitions';

const login = (roles: Role[]) => t.loginAs(roles);
const none = { roles: [], userIds: [], departmentHead: false, costCentreOwner: false };
const demoPoSteps = () => [
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
];

beforeAll(async () => {
  t = await createTestApp();
  admin = await login(['admin']);
  buyer = await login(['buyer']);
  head = await login(['approver']);
  finance = await login(['finance']);
  finance2 = await login(['finance']);
  compliance = await login(['compliance']);
  financeAndCompliance = await login(['finance', 'compliance']);
  requester = await login(['requester']);
  plainApprover = await login(['approver']);
  auditor = await login(['auditor']);
  const dept = await seedDepartment(t.ctx, { headUserId: head.userId });
  deptId = dept.id;
  costCentreId = (await seedCostCentre(t.ctx, { departmentId: deptId })).id;
  supplierId = (await seedSupplier(t.ctx)).id;
  itemId = (await seedItem(t.ctx, { defaultTaxRate: '0' })).id;
  const res = await t.request({
    method: 'POST',
    url: POLICIES,
    as: admin,
    payload: { documentType: 'purchase_order', name: 'Purchase orders by amount', steps: demoPoSteps() },
  });
  expect(res.statusCode).toBe(201);
  poPolicy = res.json();
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = (url: string, as: Who) => t.request({ method: 'GET', url, as });
const ifMatch = (doc: { version: number }) => ({ 'if-match': `"v${doc.version}"` });

async function draftOrder(amount: string, as: Who = buyer): Promise<Json & { id: string; version: number }> {
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
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function act(doc: { id: string; version: number }, verb: string, as: Who, body: Json = {}, base = PO) {
  return t.request({
    method: 'POST',
    url: `${base}/${doc.id}/${verb}`,
    as,
    headers: ifMatch(doc),
    payload: body,
  });
}

async function submitted(amount: string): Promise<Json & { id: string; version: number; status: string }> {
  const res = await act(await draftOrder(amount), 'submit', buyer);
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function auditOf(id: string) {
  return t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.seq);
}

describe('approval policies (admin)', () => {
  it('are for admins only (403 otherwise)', async () => {
    expect((await get(POLICIES, plainApprover)).statusCode).toBe(403);
    expect((await get(POLICIES, admin)).json().items.map((p: Json) => p.name)).toContain(
      'Purchase orders by amount',
    );
  });

  it('refuse a step without approvers, a threshold that is not a decimal string and ids that do not exist, naming each field', async () => {
    const res = await t.request({
      method: 'POST',
      url: POLICIES,
      as: admin,
      payload: {
        documentType: 'requisition',
        name: 'Broken',
        enabled: false,
        steps: [
          { level: 1, name: 'Nobody', condition: { always: true }, approvers: none },
          {
            level: 2,
            name: 'Ghosts',
            condition: { all: [{ departmentIn: ['0190b9a0-0000-7000-8000-0000000000aa'] }] },
            approvers: { ...none, userIds: ['0190b9a0-0000-7000-8000-0000000000bb'] },
          },
        ],
      },
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: Json) => e.path)
        .sort(),
    ).toEqual([
      'steps[0].approvers',
      'steps[1].approvers.userIds[0]',
      'steps[1].condition.all[0].departmentIn[0]',
    ]);
    const money = await t.request({
      method: 'POST',
      url: POLICIES,
      as: admin,
      payload: {
        documentType: 'requisition',
        name: 'Bad money',
        steps: [
          {
            level: 1,
            name: 'x',
            condition: { amountAtLeast: 25000 },
            approvers: { ...none, departmentHead: true },
          },
        ],
      },
    });
    expect(money.statusCode).toBe(422);
    expect(money.json().errors[0].path).toMatch(/^steps\[0\]\.condition/);
  });

  it('allow one enabled policy per document type (409 naming enabled)', async () => {
    const res = await t.request({
      method: 'POST',
      url: POLICIES,
      as: admin,
      payload: { documentType: 'purchase_order', name: 'Second', steps: demoPoSteps() },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('enabled');
  });

  it('update with If-Match and keep an audit trail of the definition', async () => {
    const renamed = await t.request({
      method: 'PATCH',
      url: `${POLICIES}/${poPolicy.id}`,
      as: admin,
      headers: ifMatch(poPolicy),
      payload: { name: 'PO approval by amount' },
    });
    expect(renamed.statusCode).toBe(200);
    const stale = await t.request({
      method: 'PATCH',
      url: `${POLICIES}/${poPolicy.id}`,
      as: admin,
      headers: ifMatch(poPolicy),
      payload: { name: 'Stale' },
    });
    expect(stale.statusCode).toBe(412);
    poPolicy = renamed.json();
    expect(poPolicy.steps).toHaveLength(3);
    const audit = await auditOf(poPolicy.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });
});

describe('purchase-order routes, explained', () => {
  it('shows a draft of 31,200 USD the route and why, before submitting', async () => {
    const po = await draftOrder('31200');
    const res = await get(`${PO}/${po.id}/approval-route`, buyer);
    expect(res.statusCode).toBe(200);
    const route = res.json();
    expect(route.kind).toBe('preview');
    expect(route.steps.map((s: Json) => s.name)).toEqual(['Department head', 'Finance']);
    expect(route.steps[1].explanation).toBe('Finance — because total 31,200.00 USD ≥ 25,000');
    expect(route.steps[0].approvers).toEqual([{ id: head.userId, name: expect.any(String) }]);
    expect(route.steps[1].approvers.map((a: Json) => a.id)).toEqual(
      expect.arrayContaining([finance.userId, finance2.userId, financeAndCompliance.userId]),
    );
  });

  it('approves on submission what no step applies to, and the audit names the policy', async () => {
    const po = await submitted('4999.99');
    expect(po.status).toBe('approved');
    const submit = (await auditOf(po.id)).find((a) => a.action === 'submit')!;
    expect(submit.changes).toMatchObject({
      status: { before: 'draft', after: 'approved' },
      approvalRoute: { after: 'No approval needed under policy PO approval by amount.' },
    });
    expect((await get(`${PO}/${po.id}/approval-route`, buyer)).json().kind).toBe('none');
  });

  it('runs head, then finance: the buyer cannot approve, finance cannot go first, the last step approves', async () => {
    let po = await submitted('31200');
    expect(po.status).toBe('pending_approval');

    const own = await act(po, 'approve', buyer);
    expect(own.statusCode).toBe(403);
    const early = await act(po, 'approve', finance);
    expect(early.statusCode).toBe(403);
    expect(early.json().detail).toContain('"Department head" is not yours');

    const first = await act(po, 'approve', head, { comment: 'fine by me' });
    expect(first.statusCode).toBe(200);
    po = first.json();
    expect(po.status).toBe('pending_approval');
    const again = await act(po, 'approve', head);
    expect(again.statusCode).toBe(403);

    // The route tells each reader whether it is their turn, so pages offer only real actions.
    const viewerOf = async (who: typeof head) =>
      (await get(`${PO}/${po.id}/approval-route`, who)).json().viewer;
    expect(await viewerOf(finance)).toEqual({
      mayDecide: true,
      stepName: 'Finance',
      onBehalfOfName: null,
      reason: null,
    });
    expect(await viewerOf(head)).toMatchObject({ mayDecide: false, stepName: null });
    expect((await viewerOf(head)).reason).toMatch(/already approved|another step|not yours/);
    expect((await viewerOf(buyer)).reason).toMatch(/^You created, requested or last edited this document/);

    const last = await act(po, 'approve', finance);
    expect(last.statusCode).toBe(200);
    expect(last.json()).toMatchObject({ status: 'approved', approvedBy: finance.userId });

    const route = (await get(`${PO}/${po.id}/approval-route`, auditor)).json();
    expect(route.kind).toBe('stored');
    expect(route.viewer).toBeNull();
    expect(route.steps.map((s: Json) => [s.name, s.status])).toEqual([
      ['Department head', 'approved'],
      ['Finance', 'approved'],
    ]);
    expect(route.steps[0].decisions[0]).toMatchObject({ actorUserId: head.userId, comment: 'fine by me' });
    const actions = (await auditOf(po.id)).map((a) => a.action);
    expect(actions).toEqual(['create', 'submit', 'approve:step', 'approve']);
  });

  it('does not let one person approve two steps of the same order', async () => {
    let po = await submitted('150000');
    po = (await act(po, 'approve', head)).json();
    const fin = await act(po, 'approve', financeAndCompliance);
    expect(fin.statusCode).toBe(200);
    po = fin.json();
    const second = await act(po, 'approve', financeAndCompliance);
    expect(second.statusCode).toBe(403);
    expect(second.json().detail).toContain('another step');
    const ok = await act(po, 'approve', compliance);
    expect(ok.json().status).toBe('approved');
  });

  it('rejects back to draft with the reason; only an approver of the open step may; resubmitting routes again', async () => {
    const po = await submitted('30000');
    expect((await act(po, 'reject', finance, { reason: 'not yet' })).statusCode).toBe(403);
    expect((await act(po, 'reject', buyer, { reason: 'mine' })).statusCode).toBe(403);
    const rejected = await act(po, 'reject', head, { reason: 'split it in two' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().status).toBe('draft');
    const steps = await t.ctx.db
      .select()
      .from(documentApprovalSteps)
      .where(eq(documentApprovalSteps.documentId, po.id))
      .orderBy(documentApprovalSteps.position);
    expect(steps.map((s) => s.status)).toEqual(['rejected', 'skipped']);
    expect(steps[0]?.decisions[0]).toMatchObject({ decision: 'rejected', comment: 'split it in two' });

    const again = await act(rejected.json(), 'submit', buyer);
    expect(again.json().status).toBe('pending_approval');
    const route = (await get(`${PO}/${po.id}/approval-route`, buyer)).json();
    expect(route.steps.map((s: Json) => s.status)).toEqual(['pending', 'pending']);
  });

  it('keeps the stored route of an order in flight when the policy changes', async () => {
    const po = await submitted('30000');
    const changed = await t.request({
      method: 'PATCH',
      url: `${POLICIES}/${poPolicy.id}`,
      as: admin,
      headers: ifMatch(poPolicy),
      payload: { steps: demoPoSteps().slice(0, 1) },
    });
    expect(changed.statusCode).toBe(200);
    try {
      const route = (await get(`${PO}/${po.id}/approval-route`, buyer)).json();
      expect(route.steps.map((s: Json) => s.name)).toEqual(['Department head', 'Finance']);
      const afterHead = (await act(po, 'approve', head)).json();
      expect(afterHead.status).toBe('pending_approval');
    } finally {
      const restored = await t.request({
        method: 'PATCH',
        url: `${POLICIES}/${poPolicy.id}`,
        as: admin,
        headers: ifMatch(changed.json()),
        payload: { steps: demoPoSteps() },
      });
      expect(restored.statusCode).toBe(200);
      poPolicy = restored.json();
    }
  });

  it('refuses to submit an order whose step nobody may decide (the head wrote it)', async () => {
    const headBuyer = await login(['buyer', 'approver']);
    const dept = await seedDepartment(t.ctx, { headUserId: headBuyer.userId });
    const draft = await t.request({
      method: 'POST',
      url: PO,
      as: headBuyer,
      payload: {
        supplierId,
        departmentId: dept.id,
        lines: [{ itemId, quantity: '1', unitPrice: '6000', taxRate: '0' }],
      },
    });
    const preview = (await get(`${PO}/${draft.json().id}/approval-route`, headBuyer)).json();
    expect(preview.steps[0].approvers).toEqual([]);
    expect(preview.problems[0]).toContain('Nobody may decide step "Department head"');
    const res = await act(draft.json(), 'submit', headBuyer);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('Nobody may decide');
  });

  it('lets exactly one of many finance approvers racing on the last step approve the order', async () => {
    const racers = [
      finance,
      finance2,
      financeAndCompliance,
      ...(await Promise.all([1, 2, 3, 4, 5].map(() => login(['finance'])))),
    ];
    const po = (await act(await submitted('30000'), 'approve', head)).json();
    const results = await Promise.all(racers.map((who) => act(po, 'approve', who)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    for (const c of codes.filter((x) => x !== 200)) expect([409, 412]).toContain(c);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect(winner.status).toBe('approved');
    // A loser who reloads finds the order decided: 409 naming the state.
    const late = racers[codes.findIndex((c) => c !== 200)]!;
    const retry = await act(winner, 'approve', late);
    expect(retry.statusCode).toBe(409);
    expect(retry.json().detail).toContain('"approved"');
    const steps = await t.ctx.db
      .select()
      .from(documentApprovalSteps)
      .where(and(eq(documentApprovalSteps.documentId, po.id), eq(documentApprovalSteps.name, 'Finance')));
    expect(steps[0]?.decisions).toHaveLength(1);
    expect((await auditOf(po.id)).filter((a) => a.action === 'approve')).toHaveLength(1);
  });
});

describe('requisition routes', () => {
  let reqPolicy: Json & { id: string; version: number };
  beforeAll(async () => {
    const res = await t.request({
      method: 'POST',
      url: POLICIES,
      as: admin,
      payload: {
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
    });
    expect(res.statusCode).toBe(201);
    reqPolicy = res.json();
  });

  async function draftRequisition(price: string, as: Who = requester) {
    const res = await t.request({
      method: 'POST',
      url: REQ,
      as,
      payload: {
        departmentId: deptId,
        costCentreId,
        justification: 'tools',
        lines: [{ itemId, quantity: '1', estimatedUnitPrice: price }],
      },
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  it('approves a small requisition on submission, naming the policy', async () => {
    const r = await draftRequisition('999.99');
    const res = await act(r, 'submit', requester, {}, REQ);
    expect(res.json()).toMatchObject({
      status: 'approved',
      decisionReason: expect.stringContaining('Requisitions by amount'),
    });
  });

  it('sends a large one to the department head only; nobody else and never the requester approves', async () => {
    const r = await draftRequisition('2500');
    const preview = (await get(`${REQ}/${r.id}/approval-route`, requester)).json();
    expect(preview.steps[0].explanation).toBe('Department head — because total 2,500.00 USD ≥ 1,000');
    const sub = (await act(r, 'submit', requester, {}, REQ)).json();
    expect(sub.status).toBe('submitted');
    expect((await act(sub, 'approve', plainApprover, {}, REQ)).statusCode).toBe(403);
    const ok = await act(sub, 'approve', head, {}, REQ);
    expect(ok.json().status).toBe('approved');
    const route = (await get(`${REQ}/${r.id}/approval-route`, requester)).json();
    expect(route.steps[0]).toMatchObject({ status: 'approved', decisions: [{ actorUserId: head.userId }] });
  });

  it('previews the route of a requisition as it is typed, before it is saved, and writes nothing', async () => {
    const preview = (payload: Json, as: Who = requester) =>
      t.request({ method: 'POST', url: `${REQ}/approval-route`, as, payload });
    const body = (price: string) => ({
      departmentId: deptId,
      costCentreId,
      lines: [{ itemId, quantity: '2', estimatedUnitPrice: price }],
    });
    const auditBefore = (await t.ctx.db.select().from(auditLog)).length;

    const small = await preview(body('400'));
    expect(small.statusCode).toBe(200);
    expect(small.json()).toMatchObject({
      kind: 'preview',
      policy: { name: 'Requisitions by amount' },
      steps: [],
    });
    expect(small.json().explanation).toBe('No approval needed under policy Requisitions by amount.');

    const large = (await preview(body('600'))).json();
    expect(large.steps).toHaveLength(1);
    expect(large.steps[0]).toMatchObject({
      name: 'Department head',
      explanation: 'Department head — because total 1,200.00 USD ≥ 1,000',
      approvers: [{ id: head.userId }],
    });

    // Checked as saving would check it: the field is named, nothing is written.
    const bad = await preview({ ...body('600'), costCentreId: '0190b9a0-0000-7000-8000-0000000000cc' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('costCentreId');
    const noLines = await preview({ ...body('600'), lines: [] });
    expect(noLines.statusCode).toBe(422);
    expect(noLines.json().errors[0].path).toBe('lines');
    expect((await t.ctx.db.select().from(auditLog)).length).toBe(auditBefore);

    // The head editing their own draft is its author: they drop out of its route.
    const own = await draftRequisition('10', head);
    const asAuthor = (await preview({ ...body('600'), requisitionId: own.id }, head)).json();
    expect(asAuthor.steps[0].approvers).toEqual([]);
    expect(asAuthor.problems.join(' ')).toMatch(/nobody|no one|No approver/i);
    // Somebody else's draft is not theirs to preview; a submitted one has its route fixed.
    expect((await preview({ ...body('600'), requisitionId: own.id }, requester)).statusCode).toBe(404);
    const sub = (await act(await draftRequisition('2000'), 'submit', requester, {}, REQ)).json();
    const fixed = await preview({ ...body('600'), requisitionId: sub.id });
    expect(fixed.statusCode).toBe(409);
    expect(fixed.json().detail).toContain('submitted');
  });

  it('rejects back to draft with the reason; only the open step may; resubmitting routes again', async () => {
    const sub = (await act(await draftRequisition('1500'), 'submit', requester, {}, REQ)).json();
    expect((await act(sub, 'reject', plainApprover, { reason: 'no' }, REQ)).statusCode).toBe(403);
    const res = await act(sub, 'reject', head, { reason: 'Borrow one from the lab' }, REQ);
    expect(res.json()).toMatchObject({ status: 'draft', decisionReason: 'Borrow one from the lab' });
    const route = (await get(`${REQ}/${sub.id}/approval-route`, requester)).json();
    expect(route.kind).toBe('preview');
    const again = (await act(res.json(), 'submit', requester, {}, REQ)).json();
    expect(again.status).toBe('submitted');
    const stored = (await get(`${REQ}/${sub.id}/approval-route`, requester)).json();
    expect(stored.steps.map((s: Json) => s.status)).toEqual(['pending']);
  });

  it('keeps single-step approval once the policy is disabled', async () => {
    const off = await t.request({
      method: 'PATCH',
      url: `${POLICIES}/${reqPolicy.id}`,
      as: admin,
      headers: ifMatch(reqPolicy),
      payload: { enabled: false },
    });
    expect(off.statusCode).toBe(200);
    const sub = (await act(await draftRequisition('2500'), 'submit', requester, {}, REQ)).json();
    expect((await act(sub, 'approve', plainApprover, {}, REQ)).json().status).toBe('approved');
  });
});

describe('delegation, the inbox and bulk approval', () => {
  let deputy: Who;
  beforeAll(async () => {
    deputy = await login(['approver']);
  });
  const inbox = async (as: Who) => {
    const res = await get('/api/v1/approvals/inbox?limit=200', as);
    expect(res.statusCode).toBe(200);
    return res.json().items as (Json & { documentId: string })[];
  };
  const delegate = (as: Who, payload: Json) =>
    t.request({ method: 'POST', url: '/api/v1/delegations', as, payload });

  it('refuses a delegation to oneself, to nobody, or that has already ended (422 naming the field)', async () => {
    const self = await delegate(head, { delegateUserId: head.userId, validTo: '2026-03-09T00:00:00Z' });
    expect(self.statusCode).toBe(422);
    expect(self.json().errors[0].path).toBe('delegateUserId');
    const ghost = await delegate(head, {
      delegateUserId: '0190b9a0-0000-7000-8000-0000000000cc',
      validTo: '2026-03-09T00:00:00Z',
    });
    expect(ghost.json().errors[0]).toMatchObject({
      path: 'delegateUserId',
      message: 'is not an active user of the organisation',
    });
    const past = await delegate(head, { delegateUserId: deputy.userId, validTo: '2026-03-01T00:00:00Z' });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors.map((e: Json) => e.path)).toContain('validTo');
    // Someone whose roles approve nothing (a requester) cannot be given approvals to act on.
    const requester = await login(['requester']);
    const cannotApprove = await delegate(head, {
      delegateUserId: requester.userId,
      validTo: '2026-03-09T00:00:00Z',
    });
    expect(cannotApprove.statusCode).toBe(422);
    expect(cannotApprove.json().errors[0]).toMatchObject({
      path: 'delegateUserId',
      message: expect.stringMatching(/may not approve anything/),
    });
    expect((await get('/api/v1/delegations', head)).json().items).toEqual([]);
  });

  it('lets a delegate approve on behalf of the approver, says so in the audit, and stops when revoked', async () => {
    const po = await submitted('8000');
    expect((await inbox(deputy)).some((i) => i.documentId === po.id)).toBe(false);
    expect((await act(po, 'approve', deputy)).statusCode).toBe(403);

    const created = await delegate(head, {
      delegateUserId: deputy.userId,
      validTo: '2026-03-09T00:00:00Z',
      reason: 'Conference week',
    });
    expect(created.statusCode).toBe(201);
    const listed = (await get('/api/v1/delegations', deputy)).json().items;
    expect(listed).toEqual([expect.objectContaining({ id: created.json().id, userId: head.userId })]);

    const item = (await inbox(deputy)).find((i) => i.documentId === po.id);
    expect(item).toMatchObject({ stepName: 'Department head', onBehalfOfUserId: head.userId });

    const res = await act(po, 'approve', deputy);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('approved');
    const entry = (await auditOf(po.id)).find((a) => a.action === 'approve')!;
    expect(String((entry.changes as Json & { approvalStep: { after: string } }).approvalStep.after)).toMatch(
      /^Department head approved by .+ on behalf of .+$/,
    );
    const route = (await get(`${PO}/${po.id}/approval-route`, buyer)).json();
    expect(route.steps[0].decisions[0]).toMatchObject({
      actorUserId: deputy.userId,
      onBehalfOfUserId: head.userId,
    });

    const revoke = await t.request({
      method: 'DELETE',
      url: `/api/v1/delegations/${created.json().id}`,
      as: head,
    });
    expect(revoke.statusCode).toBe(204);
    const other = await submitted('8000');
    expect((await act(other, 'approve', deputy)).statusCode).toBe(403);
    const notMine = await t.request({
      method: 'DELETE',
      url: `/api/v1/delegations/${created.json().id}`,
      as: deputy,
    });
    expect(notMine.statusCode).toBe(404);
  });

  it('never routes a document to its author through delegation', async () => {
    const buyerApprover = await login(['buyer', 'approver']);
    await delegate(head, { delegateUserId: buyerApprover.userId, validTo: '2026-03-09T00:00:00Z' });
    const ownDraft = await draftOrder('8000', buyerApprover);
    const ownOrder = (await act(ownDraft, 'submit', buyerApprover)).json();
    const own = await act(ownOrder, 'approve', buyerApprover);
    expect(own.statusCode).toBe(403);
    expect(own.json().detail).toContain('nobody decides on their own document');
    expect((await inbox(buyerApprover)).some((i) => i.documentId === ownOrder.id)).toBe(false);
    // The same delegation is in force for everybody else's orders.
    const theirs = await act(await submitted('8000'), 'approve', buyerApprover);
    expect(theirs.json()).toMatchObject({ status: 'approved' });
  });

  it('shows each approver what waits for them, oldest first, with supplier, total, requester and step', async () => {
    const first = await submitted('26000');
    t.clock.advance(60_000);
    const second = await submitted('27000');
    const atFinance = [
      (await act(first, 'approve', head)).json(),
      (await act(second, 'approve', head)).json(),
    ];
    const items = await inbox(finance2);
    const mine = items.filter((i) => atFinance.some((p) => p.id === i.documentId));
    expect(mine.map((i) => i.documentId)).toEqual([first.id, second.id]);
    expect(mine[0]).toMatchObject({
      documentType: 'purchase_order',
      number: first.number,
      stepName: 'Finance',
      totalBase: '26000.00',
      currency: 'USD',
      supplierName: expect.any(String),
      requesterId: buyer.userId,
      requesterName: expect.any(String),
      version: atFinance[0]!.version,
    });
    const waits = items.map((i) => String(i.waitingSince));
    expect([...waits].sort()).toEqual(waits);
    expect((await inbox(head)).some((i) => i.documentId === first.id)).toBe(false);
  });

  it('bulk-approves item by item: each succeeds or fails with its own reason', async () => {
    const a = (await act(await submitted('26000'), 'approve', head)).json();
    const b = (await act(await submitted('26000'), 'approve', head)).json();
    const notYet = await submitted('26000');
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/approvals/bulk-approve',
      as: finance2,
      payload: {
        comment: 'month-end batch',
        items: [
          { documentType: 'purchase_order', id: a.id, version: a.version },
          { documentType: 'purchase_order', id: notYet.id, version: notYet.version },
          { documentType: 'purchase_order', id: b.id, version: b.version - 1 },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const results = res.json().results;
    expect(results[0]).toMatchObject({ id: a.id, ok: true, status: 'approved' });
    expect(results[1]).toMatchObject({ id: notYet.id, ok: false, httpStatus: 403 });
    expect(results[1].detail).toContain('"Department head" is not yours');
    expect(results[2]).toMatchObject({ id: b.id, ok: false, httpStatus: 412 });
    expect((await get(`${PO}/${b.id}`, buyer)).json().status).toBe('pending_approval');
  });
});
