import * as catalog from '../core/catalog';
import * as dispatch from '../core/dispatch';
import { acceptInvitation, findUserByEmail, inviteSupplierUser } from '../core/identity';
import * as organisation from '../core/organisation';
import {
  approvePurchaseOrder,
  createPurchaseOrder,
  type LineInput,
  type PurchaseOrder,
  requestPurchaseOrderChanges,
  submitPurchaseOrder,
} from '../core/purchase-orders';
import type { Ctx } from '../core/shared/context';
import type { Role } from '../core/shared/permissions';
import { LIST_PRICE, supplierFor } from './demo-requisitions';
import { actorFor } from './requisition-factories';

type DemoOrder = {
  costCentre: string;
  lines: { sku: string; quantity: string }[];
  /** Days from today: the order date (≤ 0) and the expected delivery. */
  orderedDaysAgo: number;
  deliveryInDays: number;
  /**
   * How far it gets: draft; submitted (waiting for its approvers); approved (by its route, or
   * straight away under the policy's lowest amount); returned (the head asked for changes).
   */
  outcome: 'draft' | 'submitted' | 'approved' | 'returned';
  comment?: string;
  /** Approved and sent to the supplier (its portal user sees it). */
  sent?: boolean;
  /** Then confirmed by the supplier's portal user, and its first line shipped (a ship notice). */
  confirmedAndShipped?: boolean;
};

/** The demo supplier's portal user: it sees the orders sent to its supplier. */
export const DEMO_SUPPLIER_USER = { email: 'supplier@example.com', name: 'Sam Supplier' };

/** Orders of the demo buyer in the states a buyer and an approver meet every day. */
const DEMO_ORDERS: DemoOrder[] = [
  {
    costCentre: 'CC-3200',
    lines: [
      { sku: 'ITH-2003', quantity: '12' },
      { sku: 'ITH-2004', quantity: '12' },
      { sku: 'ITH-2005', quantity: '12' },
    ],
    orderedDaysAgo: 0,
    deliveryInDays: 14,
    outcome: 'approved',
  },
  {
    costCentre: 'CC-2200',
    lines: [{ sku: 'FUR-4004', quantity: '4' }],
    orderedDaysAgo: 0,
    deliveryInDays: 28,
    outcome: 'submitted',
  },
  {
    costCentre: 'CC-3100',
    lines: [
      { sku: 'ITH-2007', quantity: '20' },
      { sku: 'ITH-2008', quantity: '40' },
    ],
    orderedDaysAgo: 0,
    deliveryInDays: 21,
    outcome: 'submitted',
  },
  {
    costCentre: 'CC-1200',
    lines: [
      { sku: 'FUR-4002', quantity: '10' },
      { sku: 'FUR-4003', quantity: '10' },
    ],
    orderedDaysAgo: 0,
    deliveryInDays: 30,
    outcome: 'returned',
    comment: 'Please split this into the two floors’ cost centres before I approve it.',
  },
  {
    costCentre: 'CC-4200',
    lines: [
      { sku: 'OFF-1001', quantity: '100' },
      { sku: 'OFF-1003', quantity: '10' },
    ],
    orderedDaysAgo: 0,
    deliveryInDays: 5,
    outcome: 'approved',
  },
  {
    costCentre: 'CC-2100',
    lines: [
      { sku: 'LAB-5001', quantity: '40' },
      { sku: 'LAB-5002', quantity: '10' },
    ],
    orderedDaysAgo: 20,
    deliveryInDays: -6,
    outcome: 'approved',
    sent: true,
  },
  {
    costCentre: 'CC-2100',
    lines: [
      { sku: 'LAB-5001', quantity: '24' },
      { sku: 'LAB-5002', quantity: '6' },
    ],
    orderedDaysAgo: 8,
    deliveryInDays: 4,
    outcome: 'approved',
    sent: true,
    confirmedAndShipped: true,
  },
  {
    costCentre: 'CC-3200',
    lines: [{ sku: 'ITH-2006', quantity: '8' }],
    orderedDaysAgo: 0,
    deliveryInDays: 10,
    outcome: 'draft',
  },
];

/**
 * Purchase orders of the demo buyer, made after the approval policies exist: two wait for their
 * approvers, one is back with the buyer, three are approved (one by the head of department, one
 * late), one is a draft.
 */
export async function seedDemoPurchaseOrders(ctx: Ctx, opts: { password: string }): Promise<void> {
  const buyerRow = await findUserByEmail(ctx.db, 'buyer@example.com');
  const headRow = await findUserByEmail(ctx.db, 'head@example.com');
  const financeRow = await findUserByEmail(ctx.db, 'finance@example.com');
  if (!buyerRow || !headRow || !financeRow) return;
  const asActor = (row: NonNullable<typeof buyerRow>) => actorFor({ ...row, roles: row.roles as Role[] });
  const buyer = asActor(buyerRow);
  const head = asActor(headRow);
  const finance = asActor(financeRow);
  const now = ctx.clock.now();
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  const sentTo = new Set<string>();
  const toConfirm: PurchaseOrder[] = [];

  for (const demo of DEMO_ORDERS) {
    const [costCentre] = (
      await organisation.listCostCentres(ctx, { filter: { q: demo.costCentre }, limit: 1 })
    ).items;
    const orderDate = day(-demo.orderedDaysAgo);
    const lines: LineInput[] = [];
    let supplierId: string | null = null;
    for (const l of demo.lines) {
      const item = await catalog.findItemBySku(ctx, { sku: l.sku });
      if (!item) continue;
      supplierId ??= await supplierFor(ctx, item.id, orderDate);
      lines.push({ itemId: item.id, quantity: l.quantity, unitPrice: LIST_PRICE.get(l.sku) ?? '0' });
    }
    if (!supplierId || lines.length === 0 || !costCentre) continue;
    let order = await createPurchaseOrder(ctx, {
      actor: buyer,
      input: {
        supplierId,
        currency: 'USD',
        departmentId: costCentre.departmentId,
        costCentreId: costCentre.id,
        orderDate,
        expectedDeliveryDate: day(demo.deliveryInDays),
        lines,
      },
    });
    if (demo.outcome === 'draft') continue;
    order = await submitPurchaseOrder(ctx, { actor: buyer, id: order.id, version: order.version });
    if (demo.outcome === 'returned') {
      await requestPurchaseOrderChanges(ctx, {
        actor: head,
        id: order.id,
        version: order.version,
        comment: demo.comment ?? 'Please change the order.',
      });
      continue;
    }
    // Approved: by each step of its route in turn (head, then finance above 25,000).
    for (const approver of [head, finance]) {
      if (demo.outcome !== 'approved' || order.status !== 'pending_approval') break;
      order = await approvePurchaseOrder(ctx, { actor: approver, id: order.id, version: order.version });
    }
    if (demo.sent && order.status === 'approved') {
      order = await dispatch.sendPurchaseOrder(ctx, { actor: buyer, id: order.id, version: order.version });
      sentTo.add(order.supplierId);
      if (demo.confirmedAndShipped) toConfirm.push(order);
    }
  }
  // The supplier of the first order sent gets a portal user, as a buyer's invitation would make it.
  const [portalSupplier] = sentTo;
  if (portalSupplier) {
    const { token } = await inviteSupplierUser(ctx, {
      actor: buyer,
      supplierId: portalSupplier,
      name: DEMO_SUPPLIER_USER.name,
      email: DEMO_SUPPLIER_USER.email,
      language: null,
    });
    await acceptInvitation(ctx, { token, password: opts.password });
    const userRow = await findUserByEmail(ctx.db, DEMO_SUPPLIER_USER.email);
    if (!userRow) return;
    const supplierUser = asActor(userRow);
    for (const order of toConfirm.filter((o) => o.supplierId === portalSupplier)) {
      await dispatch.submitSupplierResponse(ctx, {
        actor: supplierUser,
        purchaseOrderId: order.id,
        source: 'portal',
        input: {
          orderRevision: order.revision,
          lines: order.lines.map((l) => ({ lineNo: l.lineNo, decision: 'accept' as const })),
        },
      });
      const [first] = order.lines;
      if (!first) continue;
      await dispatch.createShipNotice(ctx, {
        actor: supplierUser,
        purchaseOrderId: order.id,
        source: 'supplier',
        input: {
          despatchDate: day(-1),
          expectedDeliveryDate: day(2),
          carrier: 'DHL',
          trackingNumber: 'JD014600006281230703',
          packages: 1,
          lines: [{ lineNo: first.lineNo, quantity: first.quantity }],
        },
      });
    }
  }
}
