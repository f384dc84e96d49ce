import * as catalog from '../core/catalog';
import * as dispatch from '../core/dispatch';
import { findUserByEmail } from '../core/identity';
import * as invoicing from '../core/invoicing';
import * as organisation from '../core/organisation';
import * as payments from '../core/payments';
import { approvePurchaseOrder, createPurchaseOrder, submitPurchaseOrder } from '../core/purchase-orders';
import * as receiving from '../core/receiving';
import type { Ctx } from '../core/shared/context';
import { dec } from '../core/shared/money';
import type { Role } from '../core/shared/permissions';
import { LIST_PRICE, supplierFor } from './demo-requisitions';
import { actorFor } from './requisition-factories';

type DemoInvoice = {
  costCentre: string;
  lines: { sku: string; quantity: string }[];
  /** Days from today: the order date, and the invoice's issue date. */
  orderedDaysAgo: number;
  issuedDaysAgo: number;
  supplierInvoiceNumber: string;
  /** The invoice's price against the order's, per order line no. (1.06: 6 % above). */
  priceFactor?: Record<number, string>;
  /** Approved for payment by accounts payable: a payment run proposes it. */
  approve?: boolean;
};

/**
 * One order invoiced as ordered (matched; received and billed in full, it closes), one invoiced
 * above the order's price on its first line, long enough ago to be overdue (an exception), and one
 * approved for payment and due within the week (in a proposed payment run).
 */
const DEMO_INVOICES: DemoInvoice[] = [
  {
    costCentre: 'CC-4200',
    lines: [
      { sku: 'OFF-1001', quantity: '50' },
      { sku: 'OFF-1005', quantity: '20' },
    ],
    orderedDaysAgo: 12,
    issuedDaysAgo: 3,
    supplierInvoiceNumber: '2026-10417',
  },
  {
    costCentre: 'CC-3200',
    lines: [
      { sku: 'ITH-2003', quantity: '4' },
      { sku: 'ITH-2005', quantity: '4' },
    ],
    orderedDaysAgo: 45,
    issuedDaysAgo: 36,
    supplierInvoiceNumber: 'RE-88213',
    priceFactor: { 1: '1.06' },
  },
  {
    costCentre: 'CC-4200',
    lines: [{ sku: 'OFF-1001', quantity: '30' }],
    orderedDaysAgo: 34,
    issuedDaysAgo: 26,
    supplierInvoiceNumber: '2026-10233',
    approve: true,
  },
];

/**
 * Supplier invoices for accounts payable's pages: orders of the demo buyer sent, received in full
 * and invoiced by accounts payable, through the same use cases as the app.
 */
export async function seedDemoInvoices(ctx: Ctx): Promise<void> {
  const rows = await Promise.all(
    ['buyer@example.com', 'head@example.com', 'receiver@example.com', 'ap@example.com'].map((email) =>
      findUserByEmail(ctx.db, email),
    ),
  );
  if (rows.some((r) => !r)) return;
  const [buyer, head, receiver, ap] = rows.map((r) => actorFor({ ...r!, roles: r!.roles as Role[] }));
  const now = ctx.clock.now();
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);

  let dueBy: string | null = null;
  for (const demo of DEMO_INVOICES) {
    const [costCentre] = (
      await organisation.listCostCentres(ctx, { filter: { q: demo.costCentre }, limit: 1 })
    ).items;
    const orderDate = day(-demo.orderedDaysAgo);
    const lines: { itemId: string; quantity: string; unitPrice: string }[] = [];
    let supplierId: string | null = null;
    for (const l of demo.lines) {
      const item = await catalog.findItemBySku(ctx, { sku: l.sku });
      if (!item) continue;
      supplierId ??= await supplierFor(ctx, item.id, orderDate);
      lines.push({ itemId: item.id, quantity: l.quantity, unitPrice: LIST_PRICE.get(l.sku) ?? '0' });
    }
    if (!supplierId || lines.length !== demo.lines.length || !costCentre) continue;
    let order = await createPurchaseOrder(ctx, {
      actor: buyer!,
      input: {
        supplierId,
        currency: 'USD',
        departmentId: costCentre.departmentId,
        costCentreId: costCentre.id,
        orderDate,
        expectedDeliveryDate: day(-demo.orderedDaysAgo + 7),
        lines,
      },
    });
    order = await submitPurchaseOrder(ctx, { actor: buyer!, id: order.id, version: order.version });
    if (order.status === 'pending_approval')
      order = await approvePurchaseOrder(ctx, { actor: head!, id: order.id, version: order.version });
    if (order.status !== 'approved') continue;
    order = await dispatch.sendPurchaseOrder(ctx, { actor: buyer!, id: order.id, version: order.version });
    await receiving.createReceipt(ctx, {
      actor: receiver!,
      input: {
        purchaseOrderId: order.id,
        lines: order.lines.map((l) => ({ lineNo: l.lineNo, quantity: l.quantity })),
      },
    });
    const invoice = await invoicing.createInvoice(ctx, {
      actor: ap!,
      source: 'form',
      input: {
        purchaseOrderId: order.id,
        supplierInvoiceNumber: demo.supplierInvoiceNumber,
        issueDate: day(-demo.issuedDaysAgo),
        lines: order.lines.map((l) => ({
          orderLineNo: l.lineNo,
          quantity: l.quantity,
          unitPrice: dec(l.unitPrice)
            .times(demo.priceFactor?.[l.lineNo] ?? '1')
            .toDecimalPlaces(2)
            .toFixed(2),
        })),
      },
    });
    if (demo.approve && invoice.status === 'matched') {
      await invoicing.approveInvoice(ctx, { actor: ap!, id: invoice.id, version: invoice.version });
      // Due within the week, or by its own due date if the supplier's terms give it longer.
      dueBy = invoice.dueDate > day(7) ? invoice.dueDate : day(7);
    }
  }
  // A payment run proposed for what falls due, for accounts payable to confirm.
  if (dueBy) await payments.proposePaymentRun(ctx, { actor: ap!, input: { dueBy } });
}
