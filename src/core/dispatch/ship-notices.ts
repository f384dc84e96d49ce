import { SHIPPABLE_ORDER_STATUSES, type ShipNoticeSource, trackingUrl } from '../../domain/dispatch';
import * as catalog from '../catalog';
import { sha256Hex } from '../discussion';
import { userNamesByIds } from '../identity';
import * as organisation from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, type FieldError, FieldErrors } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { newId } from '../shared/ids';
import { D, normalize } from '../shared/money';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { namedOrderLines, unitDecimalsOf, unitQuantityProblem } from './order-lines';
import * as repo from './repository';
import { assertSupplierUserMayAct } from './supplier-standing';

export type ShipNoticeInput = {
  despatchDate: string;
  expectedDeliveryDate?: string | null;
  carrier?: string | null;
  trackingNumber?: string | null;
  packages?: number | null;
  note?: string | null;
  /** The supplier's own number for it (its despatch advice or delivery note). */
  supplierReference?: string | null;
  lines: { lineNo: number; quantity: string }[];
};

/** A ship notice as the API hands it out. */
export type ShipNotice = {
  id: string;
  number: string;
  purchaseOrderId: string;
  supplierId: string;
  orderRevision: number;
  despatchDate: string;
  expectedDeliveryDate: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  /** The carrier's tracking page, when the carrier is a known one. */
  trackingUrl: string | null;
  packages: number | null;
  note: string | null;
  supplierReference: string | null;
  source: ShipNoticeSource;
  recordedBy: { id: string; name: string } | null;
  recordedAt: Date;
  /** Whether it arrived as a UBL DespatchAdvice (kept byte for byte). */
  fromDocument: boolean;
  lines: { lineNo: number; quantity: string }[];
};

function toShipNotice(
  row: repo.ShipNoticeRow,
  lines: { lineNo: number; quantity: string }[],
  recordedByName: string | null,
): ShipNotice {
  return {
    id: row.id,
    number: row.number,
    purchaseOrderId: row.purchaseOrderId,
    supplierId: row.supplierId,
    orderRevision: row.orderRevision,
    despatchDate: row.despatchDate,
    expectedDeliveryDate: row.expectedDeliveryDate,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    trackingUrl: trackingUrl(row.carrier, row.trackingNumber),
    packages: row.packages,
    note: row.note,
    supplierReference: row.supplierReference,
    source: row.source,
    recordedBy: row.recordedBy ? { id: row.recordedBy, name: recordedByName ?? '' } : null,
    recordedAt: row.recordedAt,
    fromDocument: row.documentSha256 !== null,
    lines: lines.map((l) => ({ lineNo: l.lineNo, quantity: normalize(l.quantity) })),
  };
}

/**
 * How much of a line may still be shipped: what is still expected of it (ordered less short-closed),
 * above the tolerance, less what was shipped or received already, whichever is more.
 */
export function shippableQuantity(
  line: Pick<
    purchaseOrders.PurchaseOrderLine,
    'quantity' | 'quantityShortClosed' | 'quantityShipped' | 'quantityReceived'
  >,
  /** What the over-receipt tolerance allows above the expected quantity, in the line's unit. */
  allowance: string,
): string {
  const expected = D(line.quantity).minus(line.quantityShortClosed);
  const ceiling = expected.plus(allowance);
  const covered = D.max(line.quantityShipped, line.quantityReceived);
  return normalize(D.max(ceiling.minus(covered), 0).toFixed());
}

/**
 * Per line, what the tolerance policy's over-receipt allows above the quantity expected (the same
 * rule receipts follow: item, category, supplier, global): one read of the rules for all lines.
 */
async function overReceiptAllowances(
  ctx: Ctx,
  order: purchaseOrders.PurchaseOrder,
): Promise<Map<number, string>> {
  const itemIds = [...new Set(order.lines.flatMap((l) => (l.itemId ? [l.itemId] : [])))];
  const traits = await catalog.receivingTraitsOf(ctx, { itemIds, unitCodes: [] });
  const tolerances = await organisation.effectiveTolerancesOf(ctx, {
    supplierId: order.supplierId,
    lines: order.lines.map((l) => ({
      itemId: l.itemId,
      categoryId: l.itemId ? (traits.items.get(l.itemId)?.categoryId ?? null) : null,
    })),
  });
  return new Map(
    order.lines.map((l, i) => [
      l.lineNo,
      organisation.allowanceOf(
        tolerances[i]!.overReceipt,
        normalize(D(l.quantity).minus(l.quantityShortClosed).toFixed()),
      ),
    ]),
  );
}

/** Checks a ship notice against the order as it is now; every problem at once. */
async function checkShipNotice(
  ctx: Ctx,
  order: purchaseOrders.PurchaseOrder,
  input: ShipNoticeInput,
): Promise<void> {
  const errors = new FieldErrors();
  if (input.expectedDeliveryDate && input.expectedDeliveryDate < input.despatchDate) {
    errors.add('expectedDeliveryDate', `must not be before the despatch date ${input.despatchDate}`);
  }
  if (input.lines.length === 0) errors.add('lines', 'must name at least one line shipped');
  const decimals = await unitDecimalsOf(ctx, order);
  const allowances = await overReceiptAllowances(ctx, order);
  for (const { input: l, line, path } of namedOrderLines(order, input.lines, errors, 'names')) {
    if (D(l.quantity).lte(0)) {
      errors.add(`${path}.quantity`, 'must be more than 0');
      continue;
    }
    const unitProblem = unitQuantityProblem(l.quantity, line, decimals);
    if (unitProblem) {
      errors.add(`${path}.quantity`, unitProblem);
      continue;
    }
    const allowance = allowances.get(line.lineNo) ?? '0';
    const open = shippableQuantity(line, allowance);
    if (D(l.quantity).gt(open)) {
      const tolerance = D(allowance).gt(0)
        ? ` (with the over-receipt tolerance of ${allowance} ${line.unitName})`
        : '';
      errors.add(
        `${path}.quantity`,
        D(open).eq(0)
          ? `is more than line ${l.lineNo} has open: nothing is left to ship${tolerance}`
          : `is more than line ${l.lineNo} has open: at most ${open} ${line.unitName} may still be shipped${tolerance}`,
      );
    }
  }
  errors.throwIfAny();
}

/**
 * A ship notice (ASN-YYYY-NNNNN) against one sent order: the supplier's user (portal or API), a UBL
 * DespatchAdvice, or the buyer on the supplier's behalf. Each line ships at most what is still open
 * (with the over-delivery tolerance of the settings); the shipped quantities are kept per line, so
 * what is shipped and not yet received is known. The buyer is told when the supplier sent it.
 * 404 for an order the actor may not see; 409 when the order is not open for shipping; 422 names
 * every line and field at fault.
 */
export async function createShipNotice(
  ctx: Ctx,
  opts: {
    actor: Actor;
    purchaseOrderId: string;
    input: ShipNoticeInput;
    source: ShipNoticeSource;
    /** The document it arrived as (a UBL DespatchAdvice): kept byte for byte. */
    document?: Buffer;
    /** Says a problem where the sender wrote it (a path in its document). */
    locate?: (errors: FieldError[]) => FieldError[];
  },
): Promise<ShipNotice> {
  // 404 before anything is allocated; the order itself is read under the lock below.
  await purchaseOrders.assertPurchaseOrderVisible(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  await assertSupplierUserMayAct(ctx, opts.actor, 'ship notices');
  const settings = await organisation.getSettings(ctx);
  const now = ctx.clock.now();
  const number = await organisation.allocateDocumentNumber(ctx.db, {
    documentType: 'ship_notice',
    date: now,
    numberFormats: settings.numberFormats,
  });
  const input = {
    ...opts.input,
    carrier: opts.input.carrier?.trim() || null,
    trackingNumber: opts.input.trackingNumber?.trim() || null,
    note: opts.input.note?.trim() || null,
    supplierReference: opts.input.supplierReference?.trim() || null,
  };
  const document = opts.document ? { bytes: opts.document, sha256: sha256Hex(opts.document) } : null;
  const row = await inTransaction(ctx, async (tx) => {
    await repo.lockShipments(tx.db, opts.purchaseOrderId);
    // Read under the lock: another ship notice may have taken the open quantity meanwhile.
    const order = await purchaseOrders.getPurchaseOrder(tx, { actor: opts.actor, id: opts.purchaseOrderId });
    if (!(SHIPPABLE_ORDER_STATUSES as readonly string[]).includes(order.status)) {
      throw AppError.conflict(
        `${order.number} is in status "${order.status}": ship notices are for orders sent and not yet fully received.`,
        { currentStatus: order.status },
      );
    }
    if (order.sentRevision !== order.revision) {
      throw AppError.conflict(
        `${order.number} is being changed: ship against it once the change order was sent.`,
        { currentRevision: order.revision },
      );
    }
    try {
      await checkShipNotice(tx, order, input);
    } catch (err) {
      if (err instanceof AppError && err.code === 'validation' && opts.locate) {
        throw AppError.validation(opts.locate(err.errors), err.message);
      }
      throw err;
    }
    const lines = [...input.lines].sort((a, b) => a.lineNo - b.lineNo);
    const row: repo.ShipNoticeInsert = {
      id: newId(now.getTime()),
      number,
      purchaseOrderId: order.id,
      supplierId: order.supplierId,
      orderRevision: order.revision,
      despatchDate: input.despatchDate,
      expectedDeliveryDate: input.expectedDeliveryDate ?? null,
      carrier: input.carrier,
      trackingNumber: input.trackingNumber,
      packages: input.packages ?? null,
      note: input.note,
      supplierReference: input.supplierReference,
      source: opts.source,
      recordedBy: opts.actor.userId,
      recordedAt: now,
      documentSha256: document?.sha256 ?? null,
    };
    if (document) await repo.insertFiles(tx.db, [{ ...document, createdAt: now }]);
    await repo.insertShipNotice(tx.db, row, lines);
    const { fullyShipped } = await purchaseOrders.recordShipment(tx, { purchaseOrderId: order.id, lines });
    const summary = `${number}: ${lines.map((l) => `line ${l.lineNo} × ${normalize(l.quantity)}`).join(', ')}`;
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'purchase_order',
      entityId: order.id,
      action: 'ship_notice',
      changes: {
        shipNotice: {
          before: null,
          after: `${summary}${input.expectedDeliveryDate ? `, expected ${input.expectedDeliveryDate}` : ''}`,
        },
      },
    });
    await recordEvents(tx.db, tx.clock, [
      {
        type: 'purchase_order.shipped',
        subject: { type: 'purchase_order', id: order.id },
        actor: opts.actor,
        payload: {
          id: order.id,
          number: order.number,
          shipNoticeId: row.id,
          shipNoticeNumber: number,
          source: opts.source,
          supplierId: order.supplierId,
          buyerId: order.buyerId,
          despatchDate: row.despatchDate,
          expectedDeliveryDate: row.expectedDeliveryDate ?? null,
          fullyShipped,
          lines: lines.map((l) => ({ lineNo: l.lineNo, quantity: normalize(l.quantity) })),
        },
      },
    ]);
    return { row, lines };
  });
  const full = { ...row.row, seq: 0 } as repo.ShipNoticeRow;
  return toShipNotice(full, row.lines, opts.actor.name);
}

/** The ship notices of an order the actor can see (buyer, or its supplier's user), newest first. */
export async function listShipNotices(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; limit: number; cursor?: string },
): Promise<Page<ShipNotice>> {
  await purchaseOrders.assertPurchaseOrderVisible(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  const c = decodeListCursor(opts.cursor, { k: 'integer' });
  const rows = await repo.listShipNotices(ctx.db, {
    orderId: opts.purchaseOrderId,
    beforeSeq: c ? Number(c.k) : undefined,
    limit: opts.limit + 1,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: r.id }));
  const [lines, names] = await Promise.all([
    repo.shipNoticeLinesOf(
      ctx.db,
      page.items.map((r) => r.id),
    ),
    userNamesByIds(ctx, { ids: page.items.flatMap((r) => (r.recordedBy ? [r.recordedBy] : [])) }),
  ]);
  return {
    items: page.items.map((r) =>
      toShipNotice(
        r,
        lines.filter((l) => l.shipNoticeId === r.id),
        r.recordedBy ? (names.get(r.recordedBy) ?? null) : null,
      ),
    ),
    nextCursor: page.nextCursor,
  };
}

/** A ship notice by id with its lines (receiving starts from one); null when there is none. */
export async function findShipNotice(ctx: Ctx, opts: { id: string }): Promise<ShipNotice | null> {
  const row = await repo.findShipNotice(ctx.db, opts.id);
  if (!row) return null;
  const [lines, names] = await Promise.all([
    repo.shipNoticeLinesOf(ctx.db, [row.id]),
    userNamesByIds(ctx, { ids: row.recordedBy ? [row.recordedBy] : [] }),
  ]);
  return toShipNotice(row, lines, row.recordedBy ? (names.get(row.recordedBy) ?? null) : null);
}

/**
 * Ship notices for receiving at the dock: those of these orders, and those whose number, tracking
 * number or supplier's reference is `ref` (a barcode scanned). The caller checks it may see the
 * orders they belong to.
 */
export async function shipNoticesForReceiving(
  ctx: Ctx,
  opts: { orderIds: string[]; ref?: string },
): Promise<{ ofOrders: ShipNotice[]; byRef: ShipNotice[] }> {
  const [ofOrders, byRef] = await Promise.all([
    repo.shipNoticesOfOrders(ctx.db, opts.orderIds),
    opts.ref ? repo.findShipNoticesByReference(ctx.db, opts.ref, 10) : [],
  ]);
  const rows = [...ofOrders, ...byRef.filter((b) => !ofOrders.some((o) => o.id === b.id))];
  const [lines, names] = await Promise.all([
    repo.shipNoticeLinesOf(
      ctx.db,
      rows.map((r) => r.id),
    ),
    userNamesByIds(ctx, { ids: rows.flatMap((r) => (r.recordedBy ? [r.recordedBy] : [])) }),
  ]);
  const shown = (r: repo.ShipNoticeRow) =>
    toShipNotice(
      r,
      lines.filter((l) => l.shipNoticeId === r.id),
      r.recordedBy ? (names.get(r.recordedBy) ?? null) : null,
    );
  return { ofOrders: ofOrders.map(shown), byRef: byRef.map(shown) };
}
