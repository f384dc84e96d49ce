import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import * as approvals from '../../src/core/approvals';
import { relayEvents } from '../../src/core/events';
import * as purchaseOrders from '../../src/core/purchase-orders';
import * as requisitions from '../../src/core/requisitions';
import type { Actor } from '../../src/core/shared/actor';
import { fixedClock } from '../../src/core/shared/clock';
import type { Ctx } from '../../src/core/shared/context';
import { AppError } from '../../src/core/shared/errors';
import type { Role } from '../../src/core/shared/permissions';
import type { Database } from '../../src/db/client';
import { auditLog, events, notifications } from '../../src/db/schema';
import { EVENT_CONSUMERS } from '../../src/jobs/event-relay';
import { actorFor as poActor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { seedApprovedRequisition, seedRequisition } from '../../src/seed/requisition-factories';
import { createTestDatabase } from '../helpers/db';
import { seedUser } from '../helpers/seed';

/**
 * The shared transition core on the database, without HTTP: every transition of purchase orders
 * and requisitions goes through it and leaves its audit entry and its domain event (type, payload,
 * order per document); the permission is checked in the core, so direct calls, bulk approval and
 * jobs are refused like the routes; and the notification consumer changes nothing when every event
 * is delivered twice.
 */
let database: Database;
let ctx: Ctx;

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { db: database.db, clock: fixedClock(new Date('2026-03-02T09:00:00Z')) };
}, 60_000);
afterAll(async () => {
  await database.close();
});

const eventsOf = async (id: string) =>
  ctx.db.select().from(events).where(eq(events.subjectId, id)).orderBy(asc(events.seq));
const auditActionsOf = async (id: string) =>
  (await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(asc(auditLog.seq))).map(
    (a) => a.action,
  );

async function person(roles: Role[]): Promise<Actor> {
  return poActor(await seedUser(ctx, { roles }));
}

describe('purchase orders through the shared core', () => {
  it('records an event and an audit entry for every transition, in order, with the new status', async () => {
    const buyer = await person(['buyer']);
    const approver = await person(['approver']);
    let po = await seedPurchaseOrder(ctx, { buyer });
    const v = () => ({ id: po.id, version: po.version });
    po = await purchaseOrders.submitPurchaseOrder(ctx, { actor: buyer, ...v() });
    po = await purchaseOrders.rejectPurchaseOrder(ctx, { actor: approver, ...v(), reason: 'Wrong supplier' });
    po = await purchaseOrders.submitPurchaseOrder(ctx, { actor: buyer, ...v() });
    po = await purchaseOrders.requestPurchaseOrderChanges(ctx, {
      actor: approver,
      ...v(),
      comment: 'Split the delivery',
    });
    po = await purchaseOrders.submitPurchaseOrder(ctx, { actor: buyer, ...v() });
    po = await purchaseOrders.approvePurchaseOrder(ctx, { actor: approver, ...v() });
    po = await purchaseOrders.holdPurchaseOrder(ctx, { actor: buyer, ...v(), reason: 'Budget review' });
    po = await purchaseOrders.releasePurchaseOrder(ctx, { actor: buyer, ...v() });
    po = await purchaseOrders.closePurchaseOrder(ctx, { actor: buyer, ...v(), reason: 'No longer needed' });
    expect(po.status).toBe('closed');

    const transitions = (await eventsOf(po.id)).filter((e) => e.type.startsWith('purchase_order.'));
    expect(transitions.map((e) => [e.type, e.payload.previousStatus, e.payload.status])).toEqual([
      ['purchase_order.created', null, 'draft'],
      ['purchase_order.submitted', 'draft', 'pending_approval'],
      ['purchase_order.rejected', 'pending_approval', 'draft'],
      ['purchase_order.submitted', 'draft', 'pending_approval'],
      ['purchase_order.changes_requested', 'pending_approval', 'draft'],
      ['purchase_order.submitted', 'draft', 'pending_approval'],
      ['purchase_order.approved', 'pending_approval', 'approved'],
      ['purchase_order.held', 'approved', 'on_hold'],
      ['purchase_order.released', 'on_hold', 'approved'],
      ['purchase_order.closed', 'approved', 'closed'],
    ]);
    const approved = transitions[6]!;
    expect(approved).toMatchObject({ version: 1, subjectType: 'purchase_order', actorId: approver.userId });
    expect(approved.payload).toMatchObject({
      id: po.id,
      number: po.number,
      transition: 'approve',
      supplierId: po.supplierId,
      currency: po.currency,
      total: po.totals.total,
      actorName: approver.name,
    });
    expect(transitions[2]!.payload.reason).toBe('Wrong supplier');
    // Each transition raised the version by one, and the payload says which version it made.
    expect(transitions.map((e) => e.payload.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await auditActionsOf(po.id)).toEqual([
      'create',
      'submit',
      'reject',
      'submit',
      'request_changes',
      'submit',
      'approve',
      'hold',
      'release',
      'close',
    ]);
  });

  it('cancels with an event, and refuses an illegal transition naming the state, writing nothing', async () => {
    const buyer = await person(['buyer']);
    const po = await seedPurchaseOrder(ctx, { buyer });
    const cancelled = await purchaseOrders.cancelPurchaseOrder(ctx, {
      actor: buyer,
      id: po.id,
      version: po.version,
      reason: 'Duplicate',
    });
    const before = (await eventsOf(po.id)).length;
    const err = await purchaseOrders
      .submitPurchaseOrder(ctx, { actor: buyer, id: po.id, version: cancelled.version })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('conflict');
    expect((err as AppError).message).toContain('"cancelled"');
    expect((await eventsOf(po.id)).length).toBe(before);
    expect((await eventsOf(po.id)).at(-1)!.type).toBe('purchase_order.cancelled');
  });

  it('checks the permission in the core: a direct call and bulk approval without it are refused', async () => {
    const buyer = await person(['buyer']);
    const po = await seedPurchaseOrder(ctx, { buyer, status: 'pending_approval' });
    // Somebody whose roles do not include approving orders, calling the use case directly.
    const requester = await person(['requester']);
    const err = await purchaseOrders
      .approvePurchaseOrder(ctx, { actor: requester, id: po.id, version: po.version })
      .catch((e: unknown) => e);
    expect((err as AppError).code).toBe('forbidden');
    expect((err as AppError).message).toContain('purchase_orders:approve');

    const req = await seedRequisition(ctx, { submit: true });
    const results = await approvals.bulkApprove(ctx, {
      actor: requester,
      items: [
        { documentType: 'purchase_order', id: po.id, version: po.version },
        { documentType: 'requisition', id: req.id, version: req.version },
      ],
    });
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['forbidden', 'forbidden']);
    expect((await eventsOf(po.id)).map((e) => e.type)).not.toContain('purchase_order.approved');
    expect((await eventsOf(req.id)).map((e) => e.type)).not.toContain('requisition.approved');
  });
});

describe('requisitions through the shared core', () => {
  it('records an event and an audit entry for every transition', async () => {
    const requester = await seedUser(ctx, { roles: ['requester'] });
    const me = poActor(requester);
    const approver = await person(['approver']);
    let req = await seedRequisition(ctx, { requester });
    const v = () => ({ id: req.id, version: req.version });
    req = await requisitions.submitRequisition(ctx, { actor: me, ...v() });
    req = await requisitions.rejectRequisition(ctx, { actor: approver, ...v(), reason: 'Too much' });
    req = await requisitions.submitRequisition(ctx, { actor: me, ...v() });
    req = await requisitions.requestRequisitionChanges(ctx, { actor: approver, ...v(), comment: 'Fewer' });
    req = await requisitions.submitRequisition(ctx, { actor: me, ...v() });
    req = await requisitions.approveRequisition(ctx, { actor: approver, ...v() });
    req = await requisitions.cancelRequisition(ctx, { actor: me, ...v(), reason: 'Project stopped' });
    expect(req.status).toBe('cancelled');
    const transitions = (await eventsOf(req.id)).filter((e) => e.type.startsWith('requisition.'));
    expect(transitions.map((e) => [e.type, e.payload.status])).toEqual([
      ['requisition.created', 'draft'],
      ['requisition.submitted', 'submitted'],
      ['requisition.rejected', 'draft'],
      ['requisition.submitted', 'submitted'],
      ['requisition.changes_requested', 'draft'],
      ['requisition.submitted', 'submitted'],
      ['requisition.approved', 'approved'],
      ['requisition.cancelled', 'cancelled'],
    ]);
    expect(transitions[1]!.payload).toMatchObject({ number: req.number, requesterId: requester.id });
    expect(await auditActionsOf(req.id)).toEqual([
      'create',
      'submit',
      'reject',
      'submit',
      'request_changes',
      'submit',
      'approve',
      'cancel',
    ]);
  });

  it('records what an order took from its lines, with the status it led to', async () => {
    const req = await seedApprovedRequisition(ctx);
    const line = req.lines[0]!;
    const buyer = await person(['buyer']);
    await seedPurchaseOrder(ctx, {
      buyer,
      lines: [
        {
          itemId: line.itemId!,
          quantity: '4',
          unitPrice: '12.50',
          sources: [{ requisitionLineId: line.id, quantity: '4' }],
        },
      ],
    });
    const [ordered] = (await eventsOf(req.id)).filter((e) => e.type === 'requisition.quantities_ordered');
    expect(ordered!.payload).toMatchObject({
      number: req.number,
      previousStatus: 'approved',
      status: 'partially_ordered',
      lines: [{ lineNo: 1, quantityOrdered: '4' }],
    });
    expect(ordered!.actorId).toBe(buyer.userId);
  });

  it('refuses close to anyone without the buyer’s permission, in the core', async () => {
    const requester = await seedUser(ctx, { roles: ['requester'] });
    const req = await seedRequisition(ctx, { requester });
    const err = await requisitions
      .closeRequisition(ctx, { actor: poActor(requester), id: req.id, version: req.version, reason: 'x' })
      .catch((e: unknown) => e);
    expect((err as AppError).code).toBe('forbidden');
  });
});

describe('approval notifications as an event consumer', () => {
  it('tells the approver once the events are relayed, and nothing more when they are delivered again', async () => {
    const head = await seedUser(ctx, { roles: ['approver'] });
    const admin = await person(['admin']);
    await approvals.createApprovalPolicy(ctx, {
      actor: admin,
      input: {
        documentType: 'purchase_order',
        name: 'Everything by one person',
        enabled: true,
        steps: [
          {
            level: 1,
            name: 'Named approver',
            condition: { amountAtLeast: '0' },
            approvers: { roles: [], userIds: [head.id], departmentHead: false, costCentreOwner: false },
            mode: 'any',
            reminderHours: null,
            escalationHours: null,
            fallbackUserId: null,
          },
        ],
      },
    });
    const buyer = await person(['buyer']);
    const po = await seedPurchaseOrder(ctx, { buyer, status: 'pending_approval' });
    const notesOfHead = () =>
      ctx.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, head.id), eq(notifications.documentId, po.id)));
    // Written with the order, told after the relay.
    expect(await notesOfHead()).toEqual([]);
    expect((await eventsOf(po.id)).map((e) => e.type)).toContain('approval.steps_activated');
    await relayEvents(ctx, { consumers: EVENT_CONSUMERS });
    expect((await notesOfHead()).map((n) => n.kind)).toEqual(['approval_requested']);

    await ctx.db.update(events).set({ relayedAt: null });
    const replay = await relayEvents(ctx, { consumers: EVENT_CONSUMERS });
    expect(replay.relayed).toBeGreaterThan(0);
    expect((await notesOfHead()).map((n) => n.kind)).toEqual(['approval_requested']);
  });
});
