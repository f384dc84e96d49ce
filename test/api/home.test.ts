import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as purchaseOrders from '../../src/core/purchase-orders';
import type { Role } from '../../src/core/shared/permissions';
import { purchaseOrders as orders, purchaseOrderStateCounts } from '../../src/db/schema';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedUser } from '../../src/seed/factories';
import { seedCostCentre, seedDepartment } from '../../src/seed/organisation-factories';
import { seedApprovedRequisition, seedRequisition } from '../../src/seed/requisition-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { none } from '../helpers/approval-fixtures';
import { seedSupplier } from '../helpers/seed';

/**
 * GET /home: each role's part, counted from what the user may see, with the order-state counts
 * kept by the trigger and folded by the job equal to a count of the orders themselves.
 */
type Who = { cookie: string; userId: string; email: string };
// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field
type Json = Record<string, any>;
type Doc = Json & { id: string; version: number };

let t: TestApp;
let admin: Who;
let buyer: Who;
let head: Who;
let auditor: Who;
let requester: Who;
let requesterUser: Awaited<ReturnType<typeof seedUser>>;
let deptId: string;
let otherDeptId: string;
let costCentreId: string;
let supplierId: string;
let itemId: string;

const PO = '/api/v1/purchase-orders';

/** Moves the clock; everybody signs in again (sessions expire while the clock jumps days). */
async function advance(ms: number): Promise<void> {
  t.clock.advance(ms);
  for (const who of [admin, buyer, head, auditor, requester]) who.cookie = await t.signIn(who.email);
}

async function home(as: Who): Promise<Json> {
  const res = await t.request({ method: 'GET', url: '/api/v1/home', as });
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

async function order(amount: string, extra: Json = {}): Promise<Doc> {
  const res = await t.request({
    method: 'POST',
    url: PO,
    as: buyer,
    payload: {
      supplierId,
      departmentId: deptId,
      costCentreId,
      currency: 'USD',
      lines: [{ itemId, quantity: '1', unitPrice: amount, taxRate: '0' }],
      ...extra,
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function submitted(amount: string, extra: Json = {}): Promise<Doc> {
  const res = await act(await order(amount, extra), 'submit', buyer);
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** The order counts per status straight from the orders, for the department or all. */
async function countedFromOrders(departmentId?: string): Promise<Record<string, number>> {
  const rows = await t.ctx.db
    .select({ status: orders.status, n: sql<number>`count(*)::int` })
    .from(orders)
    .where(departmentId ? eq(orders.departmentId, departmentId) : undefined)
    .groupBy(orders.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
const asRecord = (list: { status: string; count: number }[]) =>
  Object.fromEntries(list.map((s) => [s.status, s.count]));

beforeAll(async () => {
  t = await createTestApp();
  const login = (roles: Role[]) => t.loginAs(roles);
  admin = await login(['admin']);
  buyer = await login(['buyer']);
  head = await login(['approver']);
  auditor = await login(['auditor']);
  deptId = (await seedDepartment(t.ctx, { headUserId: head.userId })).id;
  otherDeptId = (await seedDepartment(t.ctx, {})).id;
  costCentreId = (await seedCostCentre(t.ctx, { departmentId: deptId })).id;
  supplierId = (await seedSupplier(t.ctx, {})).id;
  itemId = (await seedItem(t.ctx, { defaultTaxRate: '0' })).id;
  // A requester of the department (orders are visible to requesters by department).
  requesterUser = await seedUser(t.ctx, {
    email: 'home-requester@test.example',
    roles: ['requester'],
    departmentId: deptId,
  });
  requester = {
    cookie: await t.signIn(requesterUser.email),
    userId: requesterUser.id,
    email: requesterUser.email,
  };
  const policy = await t.request({
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
        },
      ],
    },
  });
  expect(policy.statusCode).toBe(201);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('the home page', () => {
  it('shows each role only its own parts', async () => {
    const forAuditor = await home(auditor);
    expect(forAuditor).toMatchObject({
      approvals: null,
      requisitions: null,
      workbench: null,
      purchasing: null,
    });
    expect(forAuditor.ordersByState).toEqual([]);
    const forRequester = await home(requester);
    expect(forRequester).toMatchObject({
      approvals: null,
      workbench: null,
      purchasing: null,
      spendByMonth: null,
      spendByCategory: null,
    });
    expect(forRequester.requisitions).toEqual({
      returnedToMe: { count: 0, more: false },
      drafts: { count: 0, more: false },
      inApproval: { count: 0, more: false },
    });
    const forHead = await home(head);
    expect(forHead.approvals).toEqual({
      waiting: { count: 0, more: false },
      waitingLong: 0,
      oldestWaitingSince: null,
    });
    expect(forHead.purchasing).toBeNull();
    expect((await t.request({ method: 'GET', url: '/api/v1/home' })).statusCode).toBe(401);
  });

  it('counts what waits for the approver, and how long it has waited', async () => {
    const first = await submitted('6000');
    await advance(4 * 86_400_000);
    await submitted('7000');
    const forHead = await home(head);
    expect(forHead.approvals).toEqual({
      waiting: { count: 2, more: false },
      waitingLong: 1,
      oldestWaitingSince: first.submittedAt,
    });
    // The same documents as the inbox lists.
    const inbox = (await t.request({ method: 'GET', url: '/api/v1/approvals/inbox', as: head })).json();
    expect(forHead.approvals.waiting.count).toBe(inbox.items.length);
    // The buyer does not approve their own orders: nothing waits for them.
    expect((await home(buyer)).approvals).toBeNull();
  });

  it('counts the buyer’s returned drafts, orders to send, and late and due deliveries', async () => {
    const before = (await home(buyer)).purchasing;
    const back = await submitted('8000');
    expect((await act(back, 'request-changes', head, { comment: 'Split the delivery' })).statusCode).toBe(
      200,
    );
    const approved = await submitted('100'); // under the threshold: approved without a route
    expect(approved.status).toBe('approved');
    const inDays = (d: number) =>
      new Date(t.clock.now().getTime() + d * 86_400_000).toISOString().slice(0, 10);
    await submitted('100', { expectedDeliveryDate: inDays(1) });
    await order('100', { expectedDeliveryDate: inDays(1) }); // a draft: no goods awaited yet
    await advance(3 * 86_400_000); // both are now two days late
    await submitted('100', { expectedDeliveryDate: inDays(0) });
    await submitted('100', { expectedDeliveryDate: inDays(7) });
    await submitted('100', { expectedDeliveryDate: inDays(9) });
    const after = (await home(buyer)).purchasing;
    expect(after.returnedToMe.count - before.returnedToMe.count).toBe(1);
    expect(after.approvedToSend.count - before.approvedToSend.count).toBe(5);
    expect(after.lateDeliveries.count - before.lateDeliveries.count).toBe(1);
    expect(after.dueThisWeek.count - before.dueThisWeek.count).toBe(2);
    // Another buyer has nothing returned.
    const other = await t.loginAs(['buyer']);
    expect((await home(other)).purchasing.returnedToMe).toEqual({ count: 0, more: false });

    // Each tile's count is the length of the list it links to.
    const listed = async (query: string) => {
      const res = await t.request({ method: 'GET', url: `${PO}?limit=200&${query}`, as: buyer });
      expect(res.statusCode).toBe(200);
      return res.json().items as Json[];
    };
    const returnedList = await listed(`buyerId=${buyer.userId}&returned=true`);
    expect(returnedList.length).toBe(after.returnedToMe.count);
    expect(returnedList.every((o) => o.status === 'draft')).toBe(true);
    expect((await listed('status=approved')).length).toBe(after.approvedToSend.count);
    expect((await listed('overdue=true')).length).toBe(after.lateDeliveries.count);
    const dueSoon = await listed('dueSoon=true');
    expect(dueSoon.length).toBe(after.dueThisWeek.count);
    expect(
      dueSoon.every((o) => o.expectedDeliveryDate >= new Date(t.clock.now()).toISOString().slice(0, 10)),
    ).toBe(true);
    const bad = await t.request({ method: 'GET', url: `${PO}?dueSoon=often`, as: buyer });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('dueSoon');
  });

  it('shows committed spend by item category that adds up to the spend by month', async () => {
    const data = await home(admin);
    const { spendByCategory, spendByMonth } = data;
    expect(spendByCategory.currency).toBe(spendByMonth.currency);
    expect(spendByCategory.categories.length).toBeGreaterThan(0);
    // Every order here is in the base currency: the lines' amounts add up to the orders' totals.
    const sum = (values: string[]) => values.reduce((a, b) => a + Math.round(Number(b) * 100), 0);
    expect(
      sum([...spendByCategory.categories.map((c: Json) => c.amountBase), spendByCategory.other ?? '0']),
    ).toBe(sum(spendByMonth.months.map((m: Json) => m.amountBase)));
    // Largest first, named by code and name.
    const amounts = spendByCategory.categories.map((c: Json) => Number(c.amountBase));
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    expect(spendByCategory.categories[0].label).toMatch(/ · /);
  });

  it('measures approval cycle time from submission to final approval', async () => {
    const doc = await submitted('9000');
    await advance(5 * 3_600_000);
    const res = await act(doc, 'approve', head);
    expect(res.statusCode).toBe(200);
    const times = (await home(head)).approvalCycleTimes as Json[];
    const orderTimes = times.find((c) => c.documentType === 'purchase_order');
    expect(orderTimes).toMatchObject({ routes: 1, medianHours: 5, p90Hours: 5 });
  });

  it('counts requesters’ own requisitions and the lines waiting to be ordered', async () => {
    await seedRequisition(t.ctx, { requester: requesterUser, costCentreId, departmentId: deptId });
    const before = (await home(buyer)).workbench.linesToOrder.count;
    await seedApprovedRequisition(t.ctx, {});
    expect((await home(requester)).requisitions.drafts).toEqual({ count: 1, more: false });
    // The tiles' lists: the requester's drafts, and (none yet) the ones sent back.
    const mine = async (query: string) =>
      (
        await t.request({ method: 'GET', url: `/api/v1/requisitions?mine=true&${query}`, as: requester })
      ).json().items as Json[];
    expect((await mine('status=draft')).length).toBe(1);
    expect(await mine('returned=true')).toEqual([]);
    expect((await home(buyer)).workbench.linesToOrder.count).toBe(before + 1);
  });

  it('counts orders by state from the trigger’s rows, before and after they are folded, per department for requesters', async () => {
    await order('50', { departmentId: otherDeptId, costCentreId: undefined });
    const all = await countedFromOrders();
    expect(asRecord((await home(auditor)).ordersByState)).toEqual(all);
    expect(asRecord((await home(requester)).ordersByState)).toEqual(await countedFromOrders(deptId));

    const rowsBefore = (await t.ctx.db.select().from(purchaseOrderStateCounts)).length;
    const { folded } = await purchaseOrders.foldPurchaseOrderStateCounts(t.ctx);
    const rowsAfter = await t.ctx.db.select().from(purchaseOrderStateCounts);
    expect(folded).toBe(rowsBefore - rowsAfter.length);
    expect(folded).toBeGreaterThan(0);
    // One row per status and department, none of them zero.
    const groups = new Set(rowsAfter.map((r) => `${r.status}|${r.departmentId}`));
    expect(groups.size).toBe(rowsAfter.length);
    expect(rowsAfter.every((r) => r.n > 0)).toBe(true);
    expect(asRecord((await home(auditor)).ordersByState)).toEqual(all);
    // A fold with nothing new changes nothing.
    expect((await purchaseOrders.foldPurchaseOrderStateCounts(t.ctx)).folded).toBe(0);

    // Changes after the fold are counted on top of it.
    const doc = await submitted('6500');
    expect((await act(doc, 'approve', head)).statusCode).toBe(200);
    expect(asRecord((await home(auditor)).ordersByState)).toEqual(await countedFromOrders());
  });
});
