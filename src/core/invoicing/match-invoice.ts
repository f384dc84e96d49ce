import type { InvoiceException } from '../../db/schema';
import { DUPLICATE_WINDOW_DAYS, type InvoiceExceptionKind } from '../../domain/invoicing';
import { addDays, daysBetween, dueDates } from '../../domain/payment-terms';
import * as organisation from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import * as receiving from '../receiving';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError, constraintOf } from '../shared/errors';
import { D, normalize, roundTo } from '../shared/money';
import * as repo from './repository';
import {
  type FreeReceiptLine,
  type InvoicedReceiptLine,
  type InvoiceLineForMatch,
  type LineMatch,
  ledgerEntries,
  type MatchTolerance,
  matchLines,
  matchOutcome,
  type OrderLineForMatch,
  similarKeys,
} from './rules';

/** What a match found, and what it wrote when the invoice consumed its quantities. */
export type MatchResult = {
  status: 'matched' | 'matching' | 'exception';
  exceptions: InvoiceException[];
  possibleDuplicateOfId: string | null;
  /** The invoice's quantities were consumed in the ledger (it is matched). */
  consumed: boolean;
  /** The due and discount dates, when the terms count from the receipt of the goods consumed. */
  dueDates: { dueDate: string; discountDate: string | null } | null;
};

const text = (v: InstanceType<typeof D>) => normalize(v.toFixed());

/**
 * Matches a locked invoice against its order, locked here (receipts, reversals and other matches
 * of the order wait): each line's price, quantity and tax against the order line and what is
 * available to invoice (rules.matchLines), the header's charges, and likely duplicates. Writes each
 * line's verdict. When everything is within tolerance (or accepted) and available, the invoice
 * consumes: ledger entries against receipt lines (oldest first), the receipt lines' and order
 * lines' invoiced quantities — the order closes when it is then settled. Inside a transaction.
 */
export async function runMatch(
  tx: Ctx,
  opts: { actor: Actor; invoice: repo.InvoiceRow; accepted: readonly InvoiceException[] },
): Promise<MatchResult> {
  const { invoice, actor } = opts;
  const [lines, order] = await Promise.all([
    repo.linesOf(tx.db, [invoice.id]),
    purchaseOrders.lockInvoicingView(tx, invoice.purchaseOrderId),
  ]);
  const [ledger, tolerances] = await Promise.all([
    repo.ledgerByOrderLine(tx.db, order.id),
    organisation.effectiveTolerancesOf(tx, {
      supplierId: order.supplierId,
      lines: order.lines.map((l) => ({ itemId: l.itemId, categoryId: l.categoryId })),
    }),
  ]);
  const orderLines = new Map<number, OrderLineForMatch>();
  const toleranceOfOrderLine = new Map<number, { price: MatchTolerance; quantity: MatchTolerance }>();
  order.lines.forEach((l, i) => {
    orderLines.set(l.lineNo, {
      lineNo: l.lineNo,
      unitCode: l.unitCode,
      netUnitPrice: text(D(l.unitPrice).times(D(100).minus(l.discountPercent)).div(100)),
      taxCategory: l.taxCategory,
      taxRate: l.taxRate,
      matchType: l.matchType,
      expected: text(D(l.quantity).minus(l.quantityShortClosed)),
      accepted: l.quantityAccepted,
      consumed: ledger.get(l.lineNo)?.consumed ?? '0',
    });
    const t = tolerances[i]!;
    toleranceOfOrderLine.set(l.lineNo, { price: t.priceVariance, quantity: t.quantityVariance });
  });
  const sign = invoice.kind === 'credit_note' ? -1 : 1;
  const forMatch: InvoiceLineForMatch[] = lines.map((l) => ({
    lineNo: l.lineNo,
    orderLineNo: l.orderLineNo,
    quantity: text(D(l.orderUnitQuantity ?? l.quantity).times(sign)),
    unitPrice: l.orderUnitPrice ?? l.unitPrice,
    taxCategory: l.taxCategory,
    taxRate: l.taxRate,
  }));
  const tolOfInvoiceLine = new Map(
    lines.flatMap((l) => {
      const t = l.orderLineNo === null ? undefined : toleranceOfOrderLine.get(l.orderLineNo);
      return t ? [[l.lineNo, t] as const] : [];
    }),
  );
  const unitNames = new Map(order.lines.map((l) => [l.unitCode, l.unitName]));
  const accepted = opts.accepted.map((a) => ({ kind: a.kind, lineNo: a.lineNo }));
  const matches = matchLines(forMatch, orderLines, tolOfInvoiceLine, {
    currency: invoice.currency,
    unitName: (code) => unitNames.get(code) ?? code,
    accepted,
  });
  const isAccepted = (kind: InvoiceExceptionKind) =>
    accepted.some((a) => a.kind === kind && a.lineNo === null);

  const header: InvoiceException[] = [];
  if (D(invoice.chargeTotal).greaterThan(0) && !isAccepted('charge')) {
    const reasons = invoice.allowancesCharges
      .filter((c) => c.charge)
      .map((c) => `${roundTo(c.amount, 2)} ${invoice.currency}${c.reason ? ` (${c.reason})` : ''}`);
    header.push({
      kind: 'charge',
      lineNo: null,
      message: `charges not on ${order.number}: ${reasons.join(', ')}`,
      amount: normalize(invoice.chargeTotal),
    });
  }
  const duplicate = isAccepted('possible_duplicate') ? null : await likelyDuplicate(tx, invoice);
  // Paying a duplicate pays the whole invoice a second time.
  if (duplicate) {
    header.push({
      kind: 'possible_duplicate',
      lineNo: null,
      message: duplicate.message,
      amount: normalize(D(invoice.payableAmount).abs().toFixed()),
    });
  }

  const exceptions: InvoiceException[] = [
    ...matches.flatMap((m) =>
      m.exceptions.map((e) => ({ kind: e.kind, lineNo: m.lineNo, message: e.message, amount: e.amount })),
    ),
    ...header,
  ];
  await repo.updateLineMatches(
    tx.db,
    invoice.id,
    matches.map((m, i) => ({
      lineNo: m.lineNo,
      orderUnitQuantity: lines[i]!.orderUnitQuantity,
      orderUnitPrice: lines[i]!.orderUnitPrice,
      matchType: m.matchType,
      matchStatus: m.status,
      priceVariance: m.priceVariance,
      quantityVariance: m.quantityVariance,
      matchExplanation: m.explanation,
    })),
  );
  const status = matchOutcome(matches, header);
  const result: MatchResult = {
    status,
    exceptions,
    possibleDuplicateOfId: duplicate?.id ?? null,
    consumed: false,
    dueDates: null,
  };
  if (status !== 'matched') return result;

  const receivedOn = await consume(tx, { actor, invoice, order, matches, forMatch, ledger });
  result.consumed = true;
  if (invoice.paymentTermsBasis === 'receipt_date') {
    result.dueDates = dueDates(
      {
        netDays: invoice.paymentTermsNetDays,
        basis: invoice.paymentTermsBasis,
        discountPercent: invoice.earlyPaymentDiscountPercent,
        discountDays: invoice.earlyPaymentDiscountDays,
      },
      { issueDate: invoice.issueDate, receivedOn },
    );
  }
  return result;
}

/**
 * Writes what a matched invoice consumes: ledger entries per line, the receipt lines' invoiced
 * quantities and the order lines' billed quantities (the order may close). The latest receipt
 * date among the receipt lines consumed (for terms counted from the receipt).
 */
async function consume(
  tx: Ctx,
  opts: {
    actor: Actor;
    invoice: repo.InvoiceRow;
    order: purchaseOrders.InvoicingView;
    matches: LineMatch[];
    forMatch: InvoiceLineForMatch[];
    ledger: Map<number, { consumed: string; variance: string }>;
  },
): Promise<string | null> {
  const { invoice, order, matches } = opts;
  const receiptLines = await receiving.invoicableReceiptLines(tx, { purchaseOrderId: order.id });
  type Live = {
    receiptId: string;
    lineNo: number;
    receivedOn: string;
    free: InstanceType<typeof D>;
    invoiced: InstanceType<typeof D>;
  };
  const byOrderLine = new Map<number, Live[]>();
  for (const r of receiptLines) {
    const list = byOrderLine.get(r.lineNo) ?? [];
    list.push({
      receiptId: r.receiptId,
      lineNo: r.lineNo,
      receivedOn: r.receivedOn,
      free: D(r.quantityAccepted).minus(r.quantityInvoiced),
      invoiced: D(r.quantityInvoiced),
    });
    byOrderLine.set(r.lineNo, list);
  }
  const variance = new Map([...opts.ledger].map(([lineNo, l]) => [lineNo, D(l.variance)]));
  const now = tx.clock.now();
  const rows: repo.MatchInsert[] = [];
  let latestReceipt: string | null = null;
  matches.forEach((m, i) => {
    if (m.orderLineNo === null || m.matchType === null) return;
    const live = byOrderLine.get(m.orderLineNo) ?? [];
    const free: FreeReceiptLine[] = live.map((r) => ({
      receiptId: r.receiptId,
      lineNo: r.lineNo,
      free: text(r.free),
    }));
    const invoiced: InvoicedReceiptLine[] = [...live]
      .reverse()
      .map((r) => ({ receiptId: r.receiptId, lineNo: r.lineNo, invoiced: text(r.invoiced) }));
    const entries = ledgerEntries(m, {
      free,
      invoiced,
      variance: text(variance.get(m.orderLineNo) ?? D(0)),
    });
    const price = D(opts.forMatch[i]!.unitPrice);
    for (const e of entries) {
      const q = D(e.quantity);
      rows.push({
        invoiceId: invoice.id,
        invoiceLineNo: m.lineNo,
        purchaseOrderId: order.id,
        orderLineNo: m.orderLineNo,
        receiptId: e.receiptId,
        receiptLineNo: e.receiptLineNo,
        variance: e.variance,
        quantity: e.quantity,
        amount: roundTo(q.times(price), 4),
        recordedAt: now,
      });
      if (e.variance) variance.set(m.orderLineNo, (variance.get(m.orderLineNo) ?? D(0)).plus(q));
      const r = live.find((x) => x.receiptId === e.receiptId && x.lineNo === e.receiptLineNo);
      if (r) {
        r.free = r.free.minus(q);
        r.invoiced = r.invoiced.plus(q);
        if (q.greaterThan(0) && (!latestReceipt || r.receivedOn > latestReceipt))
          latestReceipt = r.receivedOn;
      }
    }
  });
  await writeLedger(tx, { actor: opts.actor, order, rows });
  return latestReceipt;
}

/**
 * Gives back everything an invoice consumed (it was rejected or cancelled after its match): an
 * entry of the opposite sign for each of its entries, and the receipt and order lines' quantities
 * with them. Inside the transaction that moves the invoice; the order is locked here.
 */
export async function giveBack(tx: Ctx, opts: { actor: Actor; invoice: repo.InvoiceRow }): Promise<void> {
  const order = await purchaseOrders.lockInvoicingView(tx, opts.invoice.purchaseOrderId);
  const net = await repo.netMatchesOf(tx.db, opts.invoice.id);
  if (net.length === 0) return;
  const now = tx.clock.now();
  const rows: repo.MatchInsert[] = net.map((e) => ({
    invoiceId: opts.invoice.id,
    invoiceLineNo: e.invoiceLineNo,
    purchaseOrderId: order.id,
    orderLineNo: e.orderLineNo,
    receiptId: e.receiptId,
    receiptLineNo: e.receiptLineNo,
    variance: e.variance,
    quantity: text(D(e.quantity).negated()),
    amount: text(D(e.amount).negated()),
    recordedAt: now,
  }));
  try {
    await writeLedger(tx, { actor: opts.actor, order, rows });
  } catch (err) {
    // Credit notes gave back part of the goods it consumed since: what is left invoiced on a
    // receipt line is less than this invoice took, and the database refuses to go below none.
    if (constraintOf(err) !== 'receipt_lines_invoiced') throw err;
    throw AppError.conflict(
      `Credit notes have given back part of what ${opts.invoice.number} billed since it was matched: reject or cancel those credit notes first, or ask the supplier for a credit note for the rest.`,
      { currentStatus: opts.invoice.status },
    );
  }
}

/**
 * Appends ledger entries and moves what they count: the receipt lines' invoiced quantities and the
 * order lines' billed quantities (the order closes when that settles it). Under the order's lock.
 */
async function writeLedger(
  tx: Ctx,
  opts: { actor: Actor; order: purchaseOrders.InvoicingView; rows: repo.MatchInsert[] },
): Promise<void> {
  const { rows } = opts;
  await repo.insertMatches(tx.db, rows);
  await receiving.recordInvoicedQuantities(tx, {
    entries: rows.flatMap((r) =>
      r.receiptId && r.receiptLineNo != null
        ? [{ receiptId: r.receiptId, lineNo: r.receiptLineNo, quantity: r.quantity }]
        : [],
    ),
  });
  const billed = new Map<number, InstanceType<typeof D>>();
  for (const r of rows) billed.set(r.orderLineNo, (billed.get(r.orderLineNo) ?? D(0)).plus(r.quantity));
  await purchaseOrders.recordInvoicing(tx, {
    actor: opts.actor,
    order: opts.order,
    deltas: [...billed].map(([lineNo, q]) => ({ lineNo, billed: text(q) })),
  });
}

/**
 * Another live invoice of the supplier that looks like this one: the same payable amount issued
 * within DUPLICATE_WINDOW_DAYS days, or a number one keystroke away. Null when none.
 */
async function likelyDuplicate(
  tx: Ctx,
  invoice: repo.InvoiceRow,
): Promise<{ id: string; message: string } | null> {
  const candidates = await repo.duplicateCandidates(tx.db, {
    id: invoice.id,
    supplierId: invoice.supplierId,
    kind: invoice.kind,
    issueDate: invoice.issueDate,
    yearBefore: addDays(invoice.issueDate, -366),
    yearAfter: addDays(invoice.issueDate, 366),
  });
  for (const c of candidates) {
    const days = Math.abs(daysBetween(c.issueDate, invoice.issueDate));
    if (D(c.payableAmount).equals(invoice.payableAmount) && days <= DUPLICATE_WINDOW_DAYS) {
      return {
        id: c.id,
        message: `possible duplicate of ${c.number}: the same amount (${roundTo(c.payableAmount, 2)} ${invoice.currency}) issued ${days === 0 ? 'the same day' : `${days} day${days === 1 ? '' : 's'} apart`}`,
      };
    }
    if (
      c.supplierInvoiceKey !== invoice.supplierInvoiceKey &&
      similarKeys(c.supplierInvoiceKey, invoice.supplierInvoiceKey)
    ) {
      return {
        id: c.id,
        message: `possible duplicate of ${c.number}: its number ${c.supplierInvoiceKey} is one keystroke from ${invoice.supplierInvoiceKey}`,
      };
    }
  }
  return null;
}
