import type { AllowanceCharge, InvoiceBankAccount } from '../../db/schema';
import { bicProblem, compactIban, ibanProblem } from '../../domain/bank-accounts';
import {
  INVOICE_TAX_CATEGORIES,
  type InvoiceKind,
  type InvoiceSource,
  MAX_INVOICE_LINES,
} from '../../domain/invoicing';
import { dueDates, MAX_PAYMENT_TERMS_DAYS, type PaymentTerms } from '../../domain/payment-terms';
import * as catalog from '../catalog';
import * as organisation from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors, isUniqueViolation } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { newId, UUID_RE } from '../shared/ids';
import { D, DECIMAL_RE, MAX_AMOUNT, MAX_AMOUNT_TEXT, normalize, roundTo } from '../shared/money';
import { recordDocumentEvent } from '../shared/transition-document';
import type { Invoice } from './invoice';
import { readInvoice } from './read-invoices';
import * as repo from './repository';
import {
  type ArithmeticProblem,
  type ComputedTotals,
  checkStatedTotals,
  computeInvoiceTotals,
  supplierInvoiceKey,
} from './rules';
import { invoiceType, submitInvoice } from './transition-invoice';

export type AllowanceChargeInput = {
  charge: boolean;
  amount: string;
  reason?: string | null;
  reasonCode?: string | null;
  /** Header allowances and charges only: their tax (default: standard rate at the first line's rate). */
  taxCategory?: string | null;
  taxRate?: string | null;
};

export type InvoiceLineInput = {
  /** The order line billed; left out: not on the order (an exception until resolved). */
  orderLineNo?: number | null;
  supplierLineId?: string | null;
  /** Default: the order line's. */
  description?: string | null;
  /** Signed in an invoice (negative gives back); positive in a credit note. */
  quantity: string;
  /** Default: the order line's unit; another must convert to it. */
  unitCode?: string | null;
  /** Net price per `baseQuantity` units (default 1). */
  unitPrice: string;
  baseQuantity?: string | null;
  allowancesCharges?: AllowanceChargeInput[] | null;
  /** Default: the order line's. */
  taxCategory?: string | null;
  taxRate?: string | null;
  /** What the supplier states the line comes to: checked against its own figures. */
  netAmount?: string | null;
};

export type InvoiceInput = {
  kind?: InvoiceKind | null;
  purchaseOrderId: string;
  supplierInvoiceNumber: string;
  issueDate: string;
  taxPointDate?: string | null;
  /** When accounts payable received it; today when left out. */
  receivedOn?: string | null;
  /** Must be the order's (default). */
  currency?: string | null;
  lines: InvoiceLineInput[];
  allowancesCharges?: AllowanceChargeInput[] | null;
  prepaidAmount?: string | null;
  roundingAmount?: string | null;
  /** What the supplier states its totals are: each one given is checked, to the cent. */
  totals?: {
    lineExtensionAmount?: string | null;
    allowanceTotal?: string | null;
    chargeTotal?: string | null;
    taxExclusiveAmount?: string | null;
    taxAmount?: string | null;
    taxInclusiveAmount?: string | null;
    payableAmount?: string | null;
    taxSubtotals?:
      | { taxCategory: string; taxRate: string; taxableAmount: string; taxAmount: string }[]
      | null;
  } | null;
  /** Default: the order's terms (which came from the supplier's). */
  paymentTerms?: PaymentTerms | null;
  bankAccount?: Partial<InvoiceBankAccount> | null;
  note?: string | null;
  /** A credit note: the invoice it credits. */
  creditsInvoiceId?: string | null;
  /** Submit for matching at once (default); false keeps a draft. */
  submit?: boolean | null;
};

/** Where a field of the input is, as the caller's document names it (a JSON path by default). */
export type Locate = (path: string) => string;

/** Orders an invoice may be entered against: sent to the supplier and not cancelled. */
export const INVOICEABLE_ORDER_STATUSES: readonly string[] = [
  'sent',
  'acknowledged',
  'partially_received',
  'received',
  'closed',
  'on_hold',
];

const trimmed = (s: string | null | undefined): string | null => s?.trim() || null;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An invoice checked and computed, ready to be written as a new invoice or over a draft. */
export type PreparedInvoice = {
  order: purchaseOrders.InvoicingView;
  kind: InvoiceKind;
  supplierInvoiceNumber: string;
  /** The invoice's columns that its input decides. */
  header: Omit<
    repo.InvoiceInsert,
    'id' | 'number' | 'status' | 'source' | 'createdBy' | 'createdAt' | 'updatedAt'
  >;
  lines: Omit<repo.InvoiceLineInsert, 'invoiceId'>[];
};

/**
 * Captures a supplier invoice or credit note (INV-YYYY-NNNNN) against one purchase order — from the
 * form, the portal, a CSV row or a UBL document (`source`) — and, unless kept as a draft, matches
 * it at once. Everything is checked first and every problem is answered together (422, `locate`
 * names the paths): the order and its lines, units, tax, amounts, the document's own arithmetic (to
 * the cent), terms and bank details. The same supplier number again (normalised) is a 409 naming
 * the invoice that has it. Nothing is stored unless all is well.
 */
export async function createInvoice(
  ctx: Ctx,
  opts: { actor: Actor; input: InvoiceInput; source: InvoiceSource; locate?: Locate },
): Promise<Invoice> {
  const { actor, input } = opts;
  const prepared = await prepareInvoice(ctx, { actor, input, locate: opts.locate });
  const { order, kind, supplierInvoiceNumber: number } = prepared;
  const settings = await organisation.getSettings(ctx);
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  const invoiceNumber = await organisation.allocateDocumentNumber(ctx.db, {
    documentType: 'invoice',
    date: now,
    numberFormats: settings.numberFormats,
  });
  const row: repo.InvoiceInsert = {
    ...prepared.header,
    id,
    number: invoiceNumber,
    status: 'draft',
    source: opts.source,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  const lineRows: repo.InvoiceLineInsert[] = prepared.lines.map((l) => ({ ...l, invoiceId: id }));
  const submit = input.submit ?? true;
  try {
    return await inTransaction(ctx, async (tx) => {
      await repo.insertInvoice(tx.db, row, lineRows);
      const draft = await readInvoice(tx, id);
      await recordDocumentEvent(tx, invoiceType, {
        what: 'created',
        id,
        doc: draft,
        actor,
        status: 'draft',
        previousStatus: null,
        version: 1,
        extra: { source: opts.source },
      });
      await recordAudit(tx.db, tx.clock, {
        actor,
        entityType: 'invoice',
        entityId: id,
        action: 'create',
        changes: {
          invoice: {
            before: null,
            after: `${invoiceNumber}: ${kind === 'credit_note' ? 'credit note' : 'invoice'} ${number} of ${order.number}, ${row.payableAmount} ${order.currency}`,
          },
        },
      });
      if (!submit) return draft;
      return submitInvoice(tx, { actor, id, version: 1 });
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      await throwIfNumberTaken(ctx, order.supplierId, prepared.header.supplierInvoiceKey, number);
    }
    throw err;
  }
}

/**
 * Checks an invoice's input and computes what it comes to (creation and editing a draft share it):
 * the order and its lines, units, tax, amounts, the document's own arithmetic (to the cent), terms
 * and bank details — every problem in one 422 at the paths `locate` names —, and the supplier's
 * number not taken by another live invoice (409; `invoiceId` is the invoice itself when editing).
 */
export async function prepareInvoice(
  ctx: Ctx,
  opts: { actor: Actor; input: InvoiceInput; locate?: Locate; invoiceId?: string },
): Promise<PreparedInvoice> {
  const { actor, input } = opts;
  const at: Locate = opts.locate ?? ((p) => p);
  const errors = new FieldErrors();
  const add = (path: string, message: string) => errors.add(at(path), message);
  const today = isoDate(ctx.clock.now());
  const kind: InvoiceKind = input.kind ?? 'invoice';

  const order = await findOrder(ctx, actor, input.purchaseOrderId);
  if (!order) throw AppError.field(at('purchaseOrderId'), 'is not a purchase order you can see');
  if (!INVOICEABLE_ORDER_STATUSES.includes(order.status)) {
    add(
      'purchaseOrderId',
      `${order.number} is in status "${order.status}": invoices are entered against orders sent to the supplier`,
    );
  }
  const number = input.supplierInvoiceNumber?.trim() ?? '';
  if (!number) add('supplierInvoiceNumber', 'is required: the supplier’s own invoice number');
  else if (number.length > 100) add('supplierInvoiceNumber', 'must be at most 100 characters');
  else if (!supplierInvoiceKey(number)) add('supplierInvoiceNumber', 'must contain a letter or a digit');
  checkDate(input.issueDate, 'issueDate', today, add, { required: true });
  checkDate(input.taxPointDate, 'taxPointDate', null, add, { required: false });
  checkDate(input.receivedOn, 'receivedOn', today, add, { required: false });
  if (
    input.receivedOn &&
    input.issueDate &&
    ISO_DATE.test(input.issueDate) &&
    input.receivedOn < input.issueDate
  ) {
    add('receivedOn', `must not be before the issue date (${input.issueDate})`);
  }
  const currency = input.currency?.trim().toUpperCase() || order.currency;
  if (currency !== order.currency) {
    add('currency', `must be ${order.currency}, the currency of ${order.number}`);
  }
  if (input.creditsInvoiceId) {
    const credited =
      kind === 'credit_note' ? await repo.findInvoice(ctx.db, input.creditsInvoiceId) : undefined;
    if (kind !== 'credit_note') add('creditsInvoiceId', 'is for credit notes: the invoice they credit');
    else if (!credited || credited.supplierId !== order.supplierId || credited.kind !== 'invoice') {
      add('creditsInvoiceId', `is not an invoice of ${order.number}'s supplier`);
    }
  }
  if (!Array.isArray(input.lines) || input.lines.length === 0) add('lines', 'must have at least one line');
  else if (input.lines.length > MAX_INVOICE_LINES)
    add('lines', `may have at most ${MAX_INVOICE_LINES} lines`);

  const minorUnits = (await organisation.getCurrency(ctx, { code: order.currency })).minorUnits;
  const byNo = new Map(order.lines.map((l) => [l.lineNo, l]));
  type Prepared = {
    input: InvoiceLineInput;
    orderLine: purchaseOrders.InvoicingView['lines'][number] | null;
    unitCode: string;
    quantity: string;
    unitPrice: string;
    baseQuantity: string;
    allowancesCharges: AllowanceCharge[];
    taxCategory: string;
    taxRate: string;
    orderUnitQuantity: string | null;
  };
  const prepared: Prepared[] = [];
  for (const [i, l] of (input.lines ?? []).entries()) {
    const path = `lines[${i}]`;
    const orderLine = l.orderLineNo == null ? null : (byNo.get(l.orderLineNo) ?? null);
    if (l.orderLineNo != null && !orderLine) {
      add(`${path}.orderLineNo`, `is not a line of ${order.number}`);
      continue;
    }
    const quantity = decimal(l.quantity, `${path}.quantity`, add, { nonZero: true, size: QUANTITY });
    if (quantity && kind === 'credit_note' && D(quantity).lessThan(0)) {
      add(`${path}.quantity`, 'must be more than 0 in a credit note (it credits what it names)');
    }
    const unitPrice = decimal(l.unitPrice, `${path}.unitPrice`, add, { min: '0', size: PRICE });
    const baseQuantity =
      l.baseQuantity == null
        ? '1'
        : decimal(l.baseQuantity, `${path}.baseQuantity`, add, { positive: true, size: QUANTITY });
    const unitCode = l.unitCode?.trim() || orderLine?.unitCode || null;
    if (!unitCode) add(`${path}.unitCode`, 'is required for a line that names no order line');
    const taxCategory = l.taxCategory?.trim().toUpperCase() || orderLine?.taxCategory || null;
    if (!taxCategory) add(`${path}.taxCategory`, 'is required for a line that names no order line');
    else if (!(INVOICE_TAX_CATEGORIES as readonly string[]).includes(taxCategory)) {
      add(`${path}.taxCategory`, `must be one of ${INVOICE_TAX_CATEGORIES.join(', ')}`);
    }
    const taxRate =
      l.taxRate == null
        ? (orderLine?.taxRate ?? null)
        : decimal(l.taxRate, `${path}.taxRate`, add, { min: '0', max: '100' });
    if (taxRate === null && l.taxRate == null)
      add(`${path}.taxRate`, 'is required for a line that names no order line');
    const acs = allowancesCharges(l.allowancesCharges, `${path}.allowancesCharges`, add, { header: false });
    if (!quantity || !unitPrice || !baseQuantity || !unitCode || !taxCategory || taxRate === null || !acs)
      continue;
    let orderUnitQuantity: string | null = null;
    if (orderLine) {
      if (unitCode === orderLine.unitCode) orderUnitQuantity = quantity;
      else {
        try {
          orderUnitQuantity = normalize(
            await catalog.convertBetweenUnits(ctx, {
              quantity,
              fromUnit: unitCode,
              toUnit: orderLine.unitCode,
            }),
          );
        } catch (err) {
          if (!(err instanceof AppError && err.code === 'validation')) throw err;
          add(
            `${path}.unitCode`,
            `${unitCode} does not convert to ${orderLine.unitName}, the unit of order line ${orderLine.lineNo}`,
          );
          continue;
        }
      }
      if (D(orderUnitQuantity).abs().gte(D(10).pow(QUANTITY.digits))) {
        add(`${path}.quantity`, `comes to more than ${QUANTITY.digits} digits in ${orderLine.unitName}`);
        continue;
      }
    }
    prepared.push({
      input: l,
      orderLine,
      unitCode,
      quantity,
      unitPrice,
      baseQuantity,
      allowancesCharges: acs,
      taxCategory,
      taxRate,
      orderUnitQuantity,
    });
  }
  const defaultRate = prepared[0]?.taxRate ?? '0';
  const headerAcs = allowancesCharges(input.allowancesCharges, 'allowancesCharges', add, {
    header: true,
    defaultRate,
  });
  const prepaid = input.prepaidAmount == null ? '0' : decimal(input.prepaidAmount, 'prepaidAmount', add, {});
  const rounding =
    input.roundingAmount == null ? '0' : decimal(input.roundingAmount, 'roundingAmount', add, {});
  const terms = paymentTermsOf(input.paymentTerms, order, add);
  const bank = bankAccountOf(input.bankAccount, add);
  errors.throwIfAny();

  const computed = computeInvoiceTotals(
    {
      lines: prepared.map((p) => ({
        quantity: p.quantity,
        unitPrice: p.unitPrice,
        baseQuantity: p.baseQuantity,
        allowancesCharges: p.allowancesCharges,
        taxCategory: p.taxCategory,
        taxRate: p.taxRate,
      })),
      allowancesCharges: headerAcs ?? [],
      prepaidAmount: prepaid,
      roundingAmount: rounding,
    },
    minorUnits,
  );
  const problems = checkStatedTotals(
    computed,
    {
      lineNetAmounts: prepared.map((p) => p.input.netAmount),
      ...(input.totals ?? {}),
    },
    order.currency,
  );
  for (const p of problems) add(problemPath(p), p.message);
  tooLarge(computed, add);
  errors.throwIfAny();

  const key = supplierInvoiceKey(number);
  await throwIfNumberTaken(ctx, order.supplierId, key, number, opts.invoiceId);
  const rate = await organisation.rateOn(ctx, { currency: order.currency, date: input.issueDate });
  if (D(computed.payableAmount).times(rate.rate).abs().gte(MAX_AMOUNT)) {
    throw AppError.field(at('totals.payableAmount'), `is beyond ${MAX_AMOUNT_TEXT} in base currency`);
  }
  const settings = await organisation.getSettings(ctx);
  const baseMinor = (await organisation.getCurrency(ctx, { code: settings.baseCurrency })).minorUnits;
  const { dueDate, discountDate } = dueDates(terms, { issueDate: input.issueDate, receivedOn: null });
  const header: PreparedInvoice['header'] = {
    kind,
    supplierId: order.supplierId,
    supplierInvoiceNumber: number,
    supplierInvoiceKey: key,
    purchaseOrderId: order.id,
    purchaseOrderNumber: order.number,
    departmentId: order.departmentId,
    creditsInvoiceId: input.creditsInvoiceId ?? null,
    issueDate: input.issueDate,
    taxPointDate: input.taxPointDate ?? null,
    receivedOn: input.receivedOn ?? today,
    currency: order.currency,
    exchangeRate: rate.rate,
    exchangeRateDate: rate.validOn ?? input.issueDate,
    allowancesCharges: headerAcs ?? [],
    taxSubtotals: computed.taxSubtotals.map((b) => ({
      taxCategory: b.taxCategory,
      taxRate: b.taxRate,
      taxableAmount: b.taxableAmount,
      taxAmount: statedTaxOf(input, b) ?? b.taxAmount,
      exemptionReason: null,
    })),
    lineExtensionAmount: computed.lineExtensionAmount,
    allowanceTotal: computed.allowanceTotal,
    chargeTotal: computed.chargeTotal,
    taxExclusiveAmount: computed.taxExclusiveAmount,
    taxAmount: input.totals?.taxAmount ?? computed.taxAmount,
    taxInclusiveAmount: input.totals?.taxInclusiveAmount ?? computed.taxInclusiveAmount,
    prepaidAmount: computed.prepaidAmount,
    roundingAmount: computed.roundingAmount,
    payableAmount: input.totals?.payableAmount ?? computed.payableAmount,
    payableAmountBase: roundTo(
      D(input.totals?.payableAmount ?? computed.payableAmount).times(rate.rate),
      baseMinor,
    ),
    paymentTermsNetDays: terms.netDays,
    paymentTermsBasis: terms.basis,
    earlyPaymentDiscountPercent: terms.discountPercent,
    earlyPaymentDiscountDays: terms.discountDays,
    dueDate,
    discountDate,
    bankAccount: bank,
    note: trimmed(input.note),
  };
  const lines: PreparedInvoice['lines'] = prepared.map((p, i) => ({
    lineNo: i + 1,
    supplierLineId: trimmed(p.input.supplierLineId),
    orderLineNo: p.orderLine?.lineNo ?? null,
    itemId: p.orderLine?.itemId ?? null,
    description: trimmed(p.input.description) ?? p.orderLine?.description ?? '',
    quantity: p.quantity,
    unitCode: p.unitCode,
    unitPrice: p.unitPrice,
    baseQuantity: p.baseQuantity,
    allowancesCharges: p.allowancesCharges,
    netAmount: computed.lineNetAmounts[i]!,
    taxCategory: p.taxCategory,
    taxRate: p.taxRate,
    orderUnitQuantity: p.orderUnitQuantity,
    orderUnitPrice:
      p.orderUnitQuantity && !D(p.orderUnitQuantity).isZero()
        ? D(computed.lineNetAmounts[i]!).div(p.orderUnitQuantity).abs().toDecimalPlaces(6).toFixed()
        : null,
  }));
  return { order, kind, supplierInvoiceNumber: number, header, lines };
}

async function findOrder(ctx: Ctx, actor: Actor, id: string): Promise<purchaseOrders.InvoicingView | null> {
  if (typeof id !== 'string' || !UUID_RE.test(id)) return null;
  try {
    return await purchaseOrders.getInvoicingView(ctx, { actor, id });
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

/**
 * 409 naming the supplier's live invoice that has this number already (normalised); a number that
 * normalises to nothing passes (capture names that fault).
 */
export async function throwIfSupplierNumberTaken(
  ctx: Ctx,
  opts: { supplierId: string; number: string },
): Promise<void> {
  const number = opts.number.trim();
  const key = supplierInvoiceKey(number);
  if (key) await throwIfNumberTaken(ctx, opts.supplierId, key, number);
}

/** 409 naming the live invoice that already has the supplier's number (normalised). */
async function throwIfNumberTaken(
  ctx: Ctx,
  supplierId: string,
  key: string,
  number: string,
  exceptInvoiceId?: string,
): Promise<void> {
  const existing = await repo.findBySupplierKey(ctx.db, supplierId, key, exceptInvoiceId);
  if (existing) {
    throw new AppError(
      'conflict',
      `The supplier’s invoice number ${number} was entered already: ${existing.number} (${existing.status.replace(/_/g, ' ')}). A supplier numbers each invoice once.`,
      { meta: { existingInvoiceId: existing.id, existingInvoiceNumber: existing.number } },
    );
  }
}

function checkDate(
  value: string | null | undefined,
  path: string,
  notAfter: string | null,
  add: (path: string, message: string) => void,
  opts: { required: boolean },
): void {
  if (value == null || value === '') {
    if (opts.required) add(path, 'is required (YYYY-MM-DD)');
    return;
  }
  // A day that does not exist (2026-02-30) is not a date, though Date.parse rolls it over.
  const parsed = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    add(path, 'must be a date as YYYY-MM-DD');
    return;
  }
  if (notAfter && value > notAfter) add(path, `must not be after today (${notAfter})`);
}

/** How many digits a value may have before and after the point: what the invoice keeps of it. */
const AMOUNT = { digits: 16, scale: 4 };
const QUANTITY = { digits: 12, scale: 6 };
const PRICE = { digits: 14, scale: 6 };

function decimal(
  value: unknown,
  path: string,
  add: (path: string, message: string) => void,
  opts: {
    min?: string;
    max?: string;
    positive?: boolean;
    nonZero?: boolean;
    size?: { digits: number; scale: number };
  },
): string | null {
  if (typeof value !== 'string' || !DECIMAL_RE.test(value.trim())) {
    add(path, 'must be a decimal number (digits, an optional point; at most 18 digits before it)');
    return null;
  }
  const d = D(value.trim());
  const size = opts.size ?? AMOUNT;
  if (d.abs().gte(D(10).pow(size.digits)))
    add(path, `must have at most ${size.digits} digits before the point`);
  else if (d.decimalPlaces() > size.scale) add(path, `may have at most ${size.scale} decimals`);
  else if (opts.positive && d.lte(0)) add(path, 'must be more than 0');
  else if (opts.nonZero && d.isZero()) add(path, 'must not be 0');
  else if (opts.min !== undefined && d.lt(opts.min)) add(path, `must be at least ${opts.min}`);
  else if (opts.max !== undefined && d.gt(opts.max)) add(path, `must be at most ${opts.max}`);
  else return normalize(d.toFixed());
  return null;
}

function allowancesCharges(
  list: AllowanceChargeInput[] | null | undefined,
  path: string,
  add: (path: string, message: string) => void,
  opts: { header: boolean; defaultRate?: string },
): AllowanceCharge[] | null {
  if (!list) return [];
  let ok = true;
  const out: AllowanceCharge[] = [];
  for (const [i, ac] of list.entries()) {
    const p = `${path}[${i}]`;
    const amount = decimal(ac.amount, `${p}.amount`, add, { min: '0' });
    const category = opts.header ? ac.taxCategory?.trim().toUpperCase() || 'S' : null;
    if (category && !(INVOICE_TAX_CATEGORIES as readonly string[]).includes(category)) {
      add(`${p}.taxCategory`, `must be one of ${INVOICE_TAX_CATEGORIES.join(', ')}`);
      ok = false;
    }
    const rate = opts.header
      ? ac.taxRate == null
        ? (opts.defaultRate ?? '0')
        : decimal(ac.taxRate, `${p}.taxRate`, add, { min: '0', max: '100' })
      : null;
    if (!amount || (opts.header && rate === null)) {
      ok = false;
      continue;
    }
    out.push({
      charge: Boolean(ac.charge),
      amount,
      reason: trimmed(ac.reason),
      reasonCode: trimmed(ac.reasonCode),
      ...(opts.header ? { taxCategory: category, taxRate: rate } : {}),
    });
  }
  return ok ? out : null;
}

function paymentTermsOf(
  given: PaymentTerms | null | undefined,
  order: purchaseOrders.InvoicingView,
  add: (path: string, message: string) => void,
): PaymentTerms {
  const fromOrder: PaymentTerms = {
    netDays: order.paymentTermsNetDays,
    basis: order.paymentTermsBasis,
    discountPercent:
      order.earlyPaymentDiscountPercent === null ? null : normalize(order.earlyPaymentDiscountPercent),
    discountDays: order.earlyPaymentDiscountDays,
  };
  if (!given) return fromOrder;
  if (!Number.isInteger(given.netDays) || given.netDays < 0 || given.netDays > MAX_PAYMENT_TERMS_DAYS) {
    add('paymentTerms.netDays', `must be a whole number of days from 0 to ${MAX_PAYMENT_TERMS_DAYS}`);
  }
  const hasPercent = given.discountPercent != null;
  const hasDays = given.discountDays != null;
  if (hasPercent !== hasDays) {
    add(
      hasPercent ? 'paymentTerms.discountDays' : 'paymentTerms.discountPercent',
      'is required with an early-payment discount',
    );
  }
  if (hasPercent)
    decimal(given.discountPercent, 'paymentTerms.discountPercent', add, { positive: true, max: '100' });
  if (
    hasDays &&
    (!Number.isInteger(given.discountDays) || given.discountDays! < 0 || given.discountDays! > given.netDays)
  ) {
    add('paymentTerms.discountDays', 'must be a whole number of days, at most the net days');
  }
  return {
    netDays: given.netDays,
    basis: given.basis,
    discountPercent: hasPercent ? normalize(given.discountPercent!) : null,
    discountDays: hasDays ? given.discountDays! : null,
  };
}

function bankAccountOf(
  given: Partial<InvoiceBankAccount> | null | undefined,
  add: (path: string, message: string) => void,
): InvoiceBankAccount | null {
  if (!given) return null;
  const iban = trimmed(given.iban);
  const bic = trimmed(given.bic);
  const accountNumber = trimmed(given.accountNumber);
  if (iban) {
    const problem = ibanProblem(iban);
    if (problem) add('bankAccount.iban', problem);
  }
  if (bic) {
    const problem = bicProblem(bic);
    if (problem) add('bankAccount.bic', problem);
  }
  if (!iban && !accountNumber) return null;
  return {
    accountName: trimmed(given.accountName),
    iban: iban ? compactIban(iban) : null,
    bic: bic ? bic.replace(/\s+/g, '').toUpperCase() : null,
    accountNumber,
  };
}

/** A line or total beyond what an invoice keeps (16 digits before the point) is the input's fault. */
function tooLarge(computed: ComputedTotals, add: (path: string, message: string) => void): void {
  const beyond = (v: string) => D(v).abs().gte(MAX_AMOUNT);
  const message = `is beyond ${MAX_AMOUNT_TEXT}`;
  computed.lineNetAmounts.forEach((net, i) => {
    if (beyond(net)) add(`lines[${i}].netAmount`, message);
  });
  for (const field of ['lineExtensionAmount', 'taxExclusiveAmount', 'taxAmount', 'payableAmount'] as const) {
    if (beyond(computed[field])) add(`totals.${field}`, message);
  }
}

/** The JSON path of an arithmetic problem. */
function problemPath(p: ArithmeticProblem): string {
  switch (p.field.kind) {
    case 'line':
      return `lines[${p.field.index}].netAmount`;
    case 'subtotal':
      return `totals.taxSubtotals[${p.field.index}].${p.field.part}`;
    case 'subtotals':
      return 'totals.taxSubtotals';
    default:
      return `totals.${p.field.kind}`;
  }
}

/** The tax a document states for a category and rate (its own rounding), if it states one. */
function statedTaxOf(input: InvoiceInput, band: { taxCategory: string; taxRate: string }): string | null {
  const s = input.totals?.taxSubtotals?.find(
    (t) => t.taxCategory.toUpperCase() === band.taxCategory && D(t.taxRate).equals(band.taxRate),
  );
  return s ? normalize(s.taxAmount) : null;
}
