import * as catalog from '../core/catalog';
import * as dispatch from '../core/dispatch';
import { acceptInvitation, findUserByEmail, inviteSupplierUser } from '../core/identity';
import * as invoicing from '../core/invoicing';
import * as organisation from '../core/organisation';
import * as purchaseOrders from '../core/purchase-orders';
import * as receiving from '../core/receiving';
import type { Actor } from '../core/shared/actor';
import { fixedClock, isoDate } from '../core/shared/clock';
import type { Ctx } from '../core/shared/context';
import { D } from '../core/shared/money';
import type { Role } from '../core/shared/permissions';
import * as suppliers from '../core/suppliers';
import type { RejectionReason } from '../domain/receiving';
import { DEMO_SUPPLIERS } from './demo-data';
import { LIST_PRICE } from './demo-requisitions';
import { actorFor } from './requisition-factories';

/**
 * Months of history for four suppliers, so that their scorecards (docs/evaluation.md) have
 * something to say on the first start: orders sent in each of the last five months, answered by
 * the supplier's portal user, delivered (some late, some short), inspected (one rejection, sent
 * back for a credit), short-closed where the rest never came, and invoiced (one above the order's
 * price: an exception that finance accepted). Every order ends closed, so nothing of it waits in
 * anyone's queue. Each step happens on its own day: the use cases run with a clock set to it.
 *
 * Industrial Supply delivers on time and in full (grade A), BoxMaster is often a few days late
 * (B), PolymerX is late and had material rejected (C), and QuickParts is late, short and slow to
 * answer (D) — which is why it is on hold.
 */

type HistoryLine = { sku: string; quantity: string };

type HistoryDelivery = {
  line: number;
  /** Default: all of the line. */
  quantity?: string;
  /** Days after the due date it arrived (negative: early). */
  daysLate: number;
};

type HistoryOrder = {
  /** Sent on this day of the month `monthsAgo` months before this one, at 09:00 UTC. */
  monthsAgo: number;
  day: number;
  lines: HistoryLine[];
  /** Due this many days after the send (the order's expected delivery). */
  leadDays: number;
  /** The supplier's portal user accepts the order this many hours after the send; null: never. */
  answerHours: number | null;
  /** One goods receipt each. */
  deliveries: HistoryDelivery[];
  /** Rejected at inspection on receipt of the line and sent back for a credit. */
  rejected?: { line: number; quantity: string; reason: RejectionReason; note?: string };
  /** What never came is short-closed by the buyer, with this reason. */
  shortClose?: string;
  /** The invoice's price against the order's, per line no. (1.08: 8 % above): an exception finance accepts. */
  priceFactor?: Record<number, string>;
};

/** The cost centre each supplier's orders are charged to. */
const COST_CENTRES: Record<string, string> = {
  INDUSUPPLY: 'CC-1100',
  BOXMASTER: 'CC-5100',
  POLYMERX: 'CC-1100',
  QUICKPARTS: 'CC-1200',
};

const HISTORY: Record<string, HistoryOrder[]> = {
  INDUSUPPLY: [
    {
      monthsAgo: 5,
      day: 6,
      lines: [
        { sku: 'MRO-6001', quantity: '40' },
        { sku: 'MRO-6004', quantity: '12' },
      ],
      leadDays: 7,
      answerHours: 3,
      deliveries: [
        { line: 1, daysLate: -1 },
        { line: 2, daysLate: -1 },
      ],
    },
    {
      monthsAgo: 4,
      day: 4,
      lines: [
        { sku: 'MRO-6005', quantity: '20' },
        { sku: 'PPE-8001', quantity: '6' },
      ],
      leadDays: 7,
      answerHours: 2,
      deliveries: [
        { line: 1, daysLate: 0 },
        { line: 2, daysLate: 0 },
      ],
    },
    {
      monthsAgo: 3,
      day: 8,
      lines: [
        { sku: 'MRO-6001', quantity: '60' },
        { sku: 'PPE-8006', quantity: '2' },
      ],
      leadDays: 10,
      answerHours: 5,
      deliveries: [
        { line: 1, daysLate: -2 },
        { line: 2, daysLate: 1 },
      ],
    },
    {
      monthsAgo: 2,
      day: 5,
      lines: [
        { sku: 'MRO-6004', quantity: '24' },
        { sku: 'PPE-8007', quantity: '30' },
      ],
      leadDays: 7,
      answerHours: 4,
      deliveries: [
        { line: 1, daysLate: 0 },
        { line: 2, daysLate: -1 },
      ],
    },
    {
      monthsAgo: 1,
      day: 3,
      lines: [
        { sku: 'MRO-6005', quantity: '15' },
        { sku: 'MRO-6009', quantity: '50' },
      ],
      leadDays: 7,
      answerHours: 2,
      deliveries: [
        { line: 1, daysLate: 0 },
        { line: 2, daysLate: 0 },
      ],
    },
  ],
  BOXMASTER: [
    {
      monthsAgo: 5,
      day: 11,
      lines: [
        { sku: 'PCK-7001', quantity: '20' },
        { sku: 'PCK-7002', quantity: '10' },
      ],
      leadDays: 10,
      answerHours: 20,
      deliveries: [
        { line: 1, daysLate: 0 },
        { line: 2, daysLate: 3 },
      ],
    },
    {
      monthsAgo: 4,
      day: 9,
      lines: [
        { sku: 'PCK-7003', quantity: '40' },
        { sku: 'PCK-7007', quantity: '30' },
      ],
      leadDays: 10,
      answerHours: 26,
      deliveries: [
        { line: 1, daysLate: 0 },
        { line: 2, daysLate: 0 },
      ],
    },
    {
      monthsAgo: 3,
      day: 6,
      lines: [
        { sku: 'PCK-7001', quantity: '25' },
        { sku: 'PCK-7003', quantity: '30' },
      ],
      leadDays: 10,
      answerHours: 75,
      deliveries: [
        { line: 1, daysLate: 2 },
        { line: 2, quantity: '24', daysLate: 2 },
      ],
      shortClose: 'The rest of the boxes is no longer needed',
    },
    {
      monthsAgo: 2,
      day: 10,
      lines: [
        { sku: 'PCK-7002', quantity: '12' },
        { sku: 'PCK-7007', quantity: '20' },
      ],
      leadDays: 10,
      answerHours: 8,
      deliveries: [
        { line: 1, daysLate: -1 },
        { line: 2, daysLate: 0 },
      ],
    },
    {
      monthsAgo: 1,
      day: 4,
      lines: [
        { sku: 'PCK-7001', quantity: '30' },
        { sku: 'PCK-7003', quantity: '20' },
      ],
      leadDays: 8,
      answerHours: 30,
      deliveries: [
        { line: 1, daysLate: 0 },
        { line: 2, daysLate: 1 },
      ],
    },
  ],
  POLYMERX: [
    {
      monthsAgo: 5,
      day: 7,
      lines: [
        { sku: 'RAW-9001', quantity: '50' },
        { sku: 'RAW-9004', quantity: '20' },
      ],
      leadDays: 14,
      answerHours: 30,
      deliveries: [
        { line: 1, daysLate: 0 },
        { line: 2, daysLate: 4 },
      ],
    },
    {
      monthsAgo: 4,
      day: 6,
      lines: [
        { sku: 'RAW-9003', quantity: '10' },
        { sku: 'RAW-9005', quantity: '25' },
      ],
      leadDays: 14,
      answerHours: 70,
      deliveries: [
        { line: 1, daysLate: 3 },
        { line: 2, daysLate: 3 },
      ],
      rejected: {
        line: 2,
        quantity: '5',
        reason: 'out_of_specification',
        note: 'Viscosity above the data sheet',
      },
    },
    {
      monthsAgo: 3,
      day: 10,
      lines: [
        { sku: 'RAW-9001', quantity: '40' },
        { sku: 'RAW-9008', quantity: '15' },
      ],
      leadDays: 14,
      answerHours: 20,
      deliveries: [
        { line: 1, daysLate: 2 },
        { line: 2, daysLate: 0 },
      ],
      priceFactor: { 2: '1.08' },
    },
    {
      monthsAgo: 2,
      day: 4,
      lines: [
        { sku: 'RAW-9004', quantity: '30' },
        { sku: 'RAW-9009', quantity: '20' },
      ],
      leadDays: 14,
      answerHours: 50,
      deliveries: [
        { line: 1, daysLate: 5 },
        { line: 2, daysLate: 0 },
      ],
      rejected: { line: 2, quantity: '2', reason: 'damaged' },
    },
    {
      monthsAgo: 1,
      day: 2,
      lines: [
        { sku: 'RAW-9003', quantity: '12' },
        { sku: 'RAW-9005', quantity: '20' },
      ],
      leadDays: 10,
      answerHours: 24,
      deliveries: [
        { line: 1, daysLate: 0 },
        { line: 2, daysLate: 2 },
      ],
    },
  ],
  QUICKPARTS: [
    {
      monthsAgo: 5,
      day: 12,
      lines: [
        { sku: 'MRO-6003', quantity: '30' },
        { sku: 'OFF-1010', quantity: '10' },
      ],
      leadDays: 5,
      answerHours: 80,
      deliveries: [
        { line: 1, daysLate: 4 },
        { line: 2, daysLate: 4 },
      ],
    },
    {
      monthsAgo: 4,
      day: 12,
      lines: [
        { sku: 'MRO-6005', quantity: '25' },
        { sku: 'OFF-1006', quantity: '40' },
      ],
      leadDays: 5,
      answerHours: null,
      deliveries: [
        { line: 1, daysLate: 6 },
        { line: 2, quantity: '30', daysLate: 6 },
      ],
      shortClose: 'Back-ordered for weeks; bought elsewhere',
    },
    {
      monthsAgo: 3,
      day: 3,
      lines: [
        { sku: 'MRO-6003', quantity: '20' },
        { sku: 'OFF-1007', quantity: '8' },
      ],
      leadDays: 5,
      answerHours: 20,
      deliveries: [
        { line: 1, daysLate: 0 },
        { line: 2, daysLate: 3 },
      ],
      priceFactor: { 1: '1.12' },
    },
    {
      monthsAgo: 2,
      day: 2,
      lines: [
        { sku: 'OFF-1010', quantity: '15' },
        { sku: 'MRO-6009', quantity: '12' },
      ],
      leadDays: 5,
      answerHours: null,
      deliveries: [
        { line: 1, quantity: '10', daysLate: 5 },
        { line: 2, daysLate: 7 },
      ],
      shortClose: 'Never delivered in full',
    },
  ],
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Noon (UTC) of an ISO date plus `days`. */
function noonAfter(date: string, days: number): Date {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY);
}

/**
 * Seeds the history. `now` bounds it: no step happens after the hour before it, so the history
 * is in the past whatever the day it is seeded on.
 */
export async function seedDemoHistory(ctx: Ctx, opts: { password: string }): Promise<void> {
  const now = ctx.clock.now();
  const latest = new Date(now.getTime() - HOUR);
  const clock = fixedClock(now);
  // Its events wait for the relay's next run (as a seed's do before the server starts), rather
  // than waking it after every step.
  const past: Ctx = { ...ctx, clock, events: undefined };
  const at = (d: Date) => clock.set(d > latest ? latest : d);

  const people = await Promise.all(
    [
      'buyer@example.com',
      'receiver@example.com',
      'inspector@example.com',
      'ap@example.com',
      'finance@example.com',
    ].map((email) => findUserByEmail(ctx.db, email)),
  );
  if (people.some((p) => !p)) return;
  const [buyer, receiver, inspector, ap, finance] = people.map((p) =>
    actorFor({ ...p!, roles: p!.roles as Role[] }),
  ) as [Actor, Actor, Actor, Actor, Actor];

  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const sentOn = (monthsAgo: number, day: number) =>
    new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - monthsAgo, day, 9));

  for (const [code, orders] of Object.entries(HISTORY)) {
    const demo = DEMO_SUPPLIERS.find((s) => s.code === code);
    const [supplier] = (await suppliers.listSuppliers(ctx, { filter: { q: code }, limit: 5 })).items.filter(
      (s) => s.code === code,
    );
    const [costCentre] = (
      await organisation.listCostCentres(ctx, { filter: { q: COST_CENTRES[code] }, limit: 1 })
    ).items;
    if (!demo || !supplier || !costCentre) continue;
    const first = sentOn(Math.max(...orders.map((o) => o.monthsAgo)), 1);

    // The supplier's portal user answers its orders (invited before the first one).
    at(first);
    const { token } = await inviteSupplierUser(past, {
      actor: buyer,
      supplierId: supplier.id,
      name: demo.contact.name,
      email: demo.contact.email,
      language: null,
    });
    await acceptInvitation(past, { token, password: opts.password });
    const userRow = await findUserByEmail(ctx.db, demo.contact.email);
    if (!userRow) continue;
    const supplierUser: Actor = {
      ...actorFor({ ...userRow, roles: userRow.roles as Role[] }),
      supplierId: supplier.id,
    };

    for (const [k, h] of orders.entries()) {
      const sent = sentOn(h.monthsAgo, h.day);
      const orderDate = isoDate(sent);
      const due = isoDate(new Date(sent.getTime() + h.leadDays * DAY));
      const lines: purchaseOrders.LineInput[] = [];
      for (const l of h.lines) {
        const item = await catalog.findItemBySku(ctx, { sku: l.sku });
        if (!item) continue;
        // The supplier's price on the day, else the catalogue's.
        const price = await catalog.findBestPrice(ctx, {
          supplierId: supplier.id,
          itemId: item.id,
          quantity: l.quantity,
          date: orderDate,
          currency: 'USD',
        });
        const unitPrice = price?.unitPrice ?? LIST_PRICE.get(l.sku);
        if (unitPrice) lines.push({ itemId: item.id, quantity: l.quantity, unitPrice });
      }
      if (lines.length !== h.lines.length) continue;

      at(new Date(sent.getTime() - HOUR));
      let order = await purchaseOrders.createPurchaseOrder(past, {
        actor: buyer,
        input: {
          supplierId: supplier.id,
          currency: 'USD',
          departmentId: costCentre.departmentId,
          costCentreId: costCentre.id,
          orderDate,
          expectedDeliveryDate: due,
          lines,
        },
      });
      // Below the policy's first step: approved on submission.
      order = await purchaseOrders.submitPurchaseOrder(past, {
        actor: buyer,
        id: order.id,
        version: order.version,
      });
      if (order.status !== 'approved') continue;
      at(sent);
      order = await dispatch.sendPurchaseOrder(past, { actor: buyer, id: order.id, version: order.version });

      if (h.answerHours !== null) {
        at(new Date(sent.getTime() + h.answerHours * HOUR));
        await dispatch.submitSupplierResponse(past, {
          actor: supplierUser,
          purchaseOrderId: order.id,
          source: 'portal',
          input: {
            orderRevision: order.revision,
            lines: order.lines.map((l) => ({ lineNo: l.lineNo, decision: 'accept' as const })),
          },
        });
      }

      let lastDay = orderDate;
      for (const d of h.deliveries) {
        const line = order.lines.find((l) => l.lineNo === d.line);
        if (!line) continue;
        const receivedOn = isoDate(noonAfter(due, d.daysLate));
        at(noonAfter(due, d.daysLate));
        const receipt = await receiving.createReceipt(past, {
          actor: receiver,
          input: {
            purchaseOrderId: order.id,
            receivedOn,
            deliveryNote: `DN-${code.slice(0, 3)}-${order.number.slice(-5)}-${d.line}`,
            lines: [{ lineNo: d.line, quantity: d.quantity ?? line.quantity }],
          },
        });
        if (receivedOn > lastDay) lastDay = receivedOn;
        const toInspect = receipt.lines.filter((l) => l.inspectionRequired && D(l.quantityPending).gt(0));
        if (toInspect.length === 0) continue;
        at(noonAfter(receivedOn, 1));
        const rejected = h.rejected?.line === d.line ? h.rejected : null;
        await receiving.recordInspection(past, {
          actor: inspector,
          receiptId: receipt.id,
          input: {
            lines: toInspect.map((l) => {
              const no = rejected && l.lineNo === rejected.line ? D(rejected.quantity) : D(0);
              return {
                lineNo: l.lineNo,
                quantityAccepted: D(l.quantityPending).minus(no).toFixed(),
                quantityRejected: no.toFixed(),
                rejectionReason: no.gt(0) ? (rejected?.reason ?? null) : null,
                rejectionNote: no.gt(0) ? (rejected?.note ?? null) : null,
              };
            }),
          },
        });
        lastDay = isoDate(noonAfter(receivedOn, 1));
        if (rejected) {
          await receiving.returnToSupplier(past, {
            actor: inspector,
            input: { receiptId: receipt.id, remedy: 'credit', note: 'Credit agreed with the supplier' },
          });
        }
      }

      if (h.shortClose) {
        at(noonAfter(lastDay, 1));
        const current = await purchaseOrders.getPurchaseOrder(past, { actor: buyer, id: order.id });
        await purchaseOrders.shortClosePurchaseOrder(past, {
          actor: buyer,
          id: order.id,
          version: current.version,
          reason: h.shortClose,
        });
        lastDay = isoDate(noonAfter(lastDay, 1));
      }

      // The supplier bills what was kept, two days after the last delivery.
      const issued = noonAfter(lastDay, 2);
      at(issued);
      const { lines: open } = await invoicing.getInvoiceableLines(past, {
        actor: ap,
        purchaseOrderId: order.id,
      });
      const invoice = await invoicing.createInvoice(past, {
        actor: ap,
        source: 'form',
        input: {
          purchaseOrderId: order.id,
          // Unlike one another, so none reads as a mistyped duplicate: "IND-2608-22".
          supplierInvoiceNumber: `${code.slice(0, 3)}-${orderDate.slice(2, 4)}${orderDate.slice(5, 7)}-${k + 1}${k + 1}`,
          issueDate: isoDate(issued),
          lines: open
            .filter((l) => D(l.quantityToInvoice).gt(0))
            .map((l) => ({
              orderLineNo: l.lineNo,
              quantity: l.quantityToInvoice,
              unitPrice: D(l.netUnitPrice)
                .times(h.priceFactor?.[l.lineNo] ?? '1')
                .toDecimalPlaces(2)
                .toFixed(2),
            })),
        },
      });
      if (invoice.status === 'exception') {
        at(noonAfter(isoDate(issued), 3));
        await invoicing.acceptInvoiceVariances(past, {
          actor: finance,
          id: invoice.id,
          version: invoice.version,
          reason: 'Surcharge for the rush delivery, agreed by phone',
        });
      }
    }
  }
}
