import { MAX_PURCHASE_ORDER_LINES } from '../../domain/purchase-orders';
import * as organisation from '../organisation';
import type { Actor } from '../shared/actor';
import type { Appends } from '../shared/appends';
import { auditRow } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { convertAmount, documentTotals } from '../shared/document-totals';
import { AppError } from '../shared/errors';
import { eventRows, eventsCommitted, inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import { roundTo } from '../shared/money';
import { documentEvent } from '../shared/transition-document';
import { creationChanges, type PurchaseOrder, toPurchaseOrder, type Warning } from './purchase-order';
import { loadPurchaseOrder } from './read-purchase-orders';
import * as repo from './repository';
import { recordRequisitionQuantities, sourceDeltas } from './requisition-quantities';
import { orderEventFacts, purchaseOrderType } from './transition-purchase-order';
import {
  type HeaderInput,
  type LineInput,
  type ResolvedHeader,
  type ResolvedLine,
  resolveOrder,
} from './validate-purchase-order';

export type CreatePurchaseOrderInput = HeaderInput & { lines: LineInput[] };

/** The stored line rows of resolved lines, with their amounts by the one totals rule. */
export function lineRows(
  purchaseOrderId: string,
  lines: (ResolvedLine & {
    id: string;
    lineNo: number;
    quantityShortClosed?: string;
    shortCloseReason?: string | null;
  })[],
  minorUnits: number,
) {
  const totals = documentTotals(lines, minorUnits);
  const rows: repo.LineInsert[] = lines.map((l, i) => ({
    id: l.id,
    purchaseOrderId,
    lineNo: l.lineNo,
    itemId: l.itemId,
    description: l.description,
    quantity: l.quantity,
    unitCode: l.unitCode,
    unitPrice: l.unitPrice,
    discountPercent: l.discountPercent,
    taxRate: l.taxRate,
    taxCategory: l.taxCategory,
    netAmount: totals.lines[i]!.net,
    taxAmount: totals.lines[i]!.tax,
    neededBy: l.neededBy,
    costCentreId: l.costCentreId,
    quantityShortClosed: l.quantityShortClosed ?? '0',
    shortCloseReason: l.shortCloseReason ?? null,
  }));
  return { rows, totals };
}

/** The header columns of a resolved header and its totals. */
export function headerColumns(
  header: ResolvedHeader,
  totals: { subtotal: string; tax: string; total: string },
) {
  return {
    supplierId: header.supplierId,
    currency: header.currency,
    exchangeRate: header.exchangeRate,
    exchangeRateDate: header.exchangeRateDate,
    paymentTermsNetDays: header.paymentTermsNetDays,
    paymentTermsBasis: header.paymentTermsBasis,
    earlyPaymentDiscountPercent: header.earlyPaymentDiscountPercent,
    earlyPaymentDiscountDays: header.earlyPaymentDiscountDays,
    incoterms: header.incoterms,
    incotermsPlace: header.incotermsPlace,
    shipTo: header.shipTo,
    billTo: header.billTo,
    departmentId: header.departmentId,
    costCentreId: header.costCentreId,
    orderDate: header.orderDate,
    expectedDeliveryDate: header.expectedDeliveryDate,
    notes: header.notes,
    terms: header.terms,
    subtotal: totals.subtotal,
    taxTotal: totals.tax,
    total: totals.total,
    totalBase: convertAmount(totals.total, header.exchangeRate, header.baseMinorUnits),
  };
}

/** What a new order has not done yet: the columns a create leaves at their defaults. */
const NOT_YET = {
  version: 1,
  heldFromStatus: null,
  holdReason: null,
  cancelReason: null,
  closeReason: null,
  submittedAt: null,
  approvedAt: null,
  approvedBy: null,
  approvedByName: null,
  approvedTotalBase: null,
  invoicedBase: '0',
  returnKind: null,
  returnReason: null,
  returnedBy: null,
  returnedAt: null,
  returnedByName: null,
  supplierGradeWarning: null,
  firstSentAt: null,
  fullyShippedAt: null,
  sentRevision: null,
  receivedFromStatus: null,
} as const;

const codeAndName = (ref: { code: string; name: string } | undefined) =>
  ref ? { code: ref.code, name: ref.name } : null;

export function mergeWarnings(...lists: Warning[][]): Warning[] {
  const seen = new Set<string>();
  return lists.flat().filter((w) => !seen.has(w.code) && !!seen.add(w.code));
}

/**
 * Creates a draft purchase order: checks and defaults every field (see resolveOrder), numbers it
 * PO-<year>-<counter>, writes it and its lines in one statement with amounts by the one totals
 * rule, records the requisition quantities its lines order, and audits it (one transaction); then
 * reads the order back as committed.
 */
export async function createPurchaseOrder(
  ctx: Ctx,
  opts: { actor: Actor; input: CreatePurchaseOrderInput },
): Promise<PurchaseOrder> {
  const { input, actor } = opts;
  const buyerId = actor.userId;
  if (!buyerId) throw AppError.forbidden('A purchase order is created by a user, who becomes its buyer.');
  if (input.lines.length > MAX_PURCHASE_ORDER_LINES)
    throw AppError.field('lines', `must have at most ${MAX_PURCHASE_ORDER_LINES} lines`);
  const { header, lines, warnings, settings, refs } = await resolveOrder(ctx, {
    header: input,
    lines: input.lines,
  });
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  const numbered = lines.map((l, i) => ({ ...l, id: newId(now.getTime()), lineNo: i + 1 }));
  const { rows, totals } = lineRows(id, numbered, header.minorUnits);

  // The number comes from a sequence, before the transaction: nothing is locked, so creating
  // writers do not queue behind one another. A create that fails after this leaves a gap; a
  // number is never given twice.
  const number = await organisation.allocateDocumentNumber(ctx.db, {
    documentType: 'purchase_order',
    date: header.orderDate,
    numberFormats: settings.numberFormats,
  });
  const order = {
    id,
    number,
    revision: 0,
    status: 'draft' as const,
    ...headerColumns(header, totals),
    buyerId,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  // The event's facts and the audit entry come from what is written: they are appended by the
  // insert statement itself.
  const appends: Appends = {
    events: eventRows(ctx.clock, [
      documentEvent(
        { kind: purchaseOrderType.kind, eventFacts: orderEventFacts },
        {
          what: 'created',
          id,
          doc: { ...order, totalBase: roundTo(order.totalBase, header.baseMinorUnits) },
          actor,
          status: order.status,
          previousStatus: null,
          version: NOT_YET.version,
        },
      ),
    ]),
    audit: [
      auditRow(ctx.clock, {
        actor,
        entityType: 'purchase_order',
        entityId: id,
        action: 'create',
        changes: creationChanges(order, rows.length),
      }),
    ],
  };
  const sources = numbered.flatMap((l, i) =>
    (l.sources ?? []).map((s, j) => ({ ...s, lineId: l.id, path: `lines[${i}].sources[${j}]` })),
  );
  if (sources.length === 0) {
    // One statement is atomic: no transaction needed.
    await repo.insertOrderWithLines(ctx.db, order, rows, appends);
    await eventsCommitted(ctx);
  } else {
    await inTransaction(ctx, async (txCtx) => {
      const tx = txCtx.db;
      await repo.insertOrderWithLines(tx, order, rows, appends);
      await recordRequisitionQuantities(tx, sourceDeltas([], sources, 'lines'), { actor, clock: ctx.clock });
      await repo.insertLineSources(tx, sources);
    });
  }
  // Requisition sources are answered with their requisitions' numbers: read those back. Otherwise
  // the answer is the order as written, with the names read to check the input.
  const created =
    sources.length > 0
      ? (await loadPurchaseOrder(ctx.db, id))!
      : toPurchaseOrder(
          {
            ...order,
            ...NOT_YET,
            supplier: refs.supplier!,
            buyer: { name: actor.name, email: actor.email },
            department: codeAndName(refs.departments.get(order.departmentId ?? '')),
            costCentre: codeAndName(refs.costCentres.get(order.costCentreId ?? '')),
            minorUnits: header.minorUnits,
            baseCurrency: settings.baseCurrency,
            baseMinorUnits: header.baseMinorUnits,
          },
          rows.map((r) => {
            const unit = refs.units.get(r.unitCode)!;
            return {
              ...r,
              itemId: r.itemId ?? null,
              matchType: r.matchType ?? null,
              // Filled by the database from the item (migration 0020); the order as read has no use for it.
              categoryId: r.categoryId ?? null,
              neededBy: r.neededBy ?? null,
              promisedDate: null,
              costCentreId: r.costCentreId ?? null,
              discountPercent: r.discountPercent ?? '0',
              quantityShortClosed: r.quantityShortClosed ?? '0',
              shortCloseReason: r.shortCloseReason ?? null,
              firstSentAt: null,
              quantityReceived: '0',
              quantityAccepted: '0',
              quantityRejected: '0',
              quantityBilled: '0',
              quantityShipped: '0',
              quantityReturned: '0',
              quantityCredited: '0',
              sku: r.itemId ? (refs.items.get(r.itemId)?.sku ?? null) : null,
              service: r.itemId ? (refs.items.get(r.itemId)?.service ?? false) : false,
              unitName: unit.name,
              unitDecimals: unit.decimals,
            };
          }),
          [],
        );
  return { ...created, warnings: mergeWarnings(warnings, created.warnings) };
}
