import type { Address } from '../../db/schema';
import type { PaymentTermsBasis } from '../../domain/payment-terms';
import type { Incoterm } from '../../domain/purchase-orders';
import { defaultTaxCategory, type TaxCategory, taxRateProblem } from '../../domain/tax-categories';
import * as catalog from '../catalog';
import * as organisation from '../organisation';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { convertAmount, documentTotals } from '../shared/document-totals';
import { AppError, FieldErrors } from '../shared/errors';
import { D, dec, MAX_AMOUNT, MAX_AMOUNT_TEXT, normalize } from '../shared/money';
import { supplierWarnings, type Warning } from './purchase-order';
import * as repo from './repository';

/**
 * Checks what a schema cannot (references exist and are usable, quantities fit their units, the
 * cost centre belongs to the department …) and fills in the defaults (currency, rate, terms and
 * addresses from the supplier and the settings; description, unit and tax from the item). Every
 * bad field is reported at once; nothing has been written when this throws.
 */

export type OrderAddress = Omit<Address, 'kind'>;

export type SourceInput = { requisitionLineId: string; quantity: string };

export type LineInput = {
  /** On an update: the existing line this one replaces; absent for a new line. */
  lineNo?: number;
  itemId?: string | null;
  description?: string;
  quantity: string;
  unitCode?: string;
  unitPrice: string;
  discountPercent?: string;
  taxRate?: string;
  /** What the rate means; absent: the item's category when it fits the rate, else the rate's own. */
  taxCategory?: TaxCategory;
  neededBy?: string | null;
  costCentreId?: string | null;
  /** Requisition lines this line orders; on an update, absent keeps the line's current sources. */
  sources?: SourceInput[];
};

export type HeaderInput = {
  supplierId: string;
  currency?: string;
  paymentTermsNetDays?: number;
  incoterms?: Incoterm | null;
  incotermsPlace?: string | null;
  shipTo?: OrderAddress | null;
  billTo?: OrderAddress | null;
  departmentId?: string | null;
  costCentreId?: string | null;
  orderDate?: string;
  expectedDeliveryDate?: string | null;
  notes?: string;
  terms?: string;
};

export type ResolvedHeader = {
  supplierId: string;
  currency: string;
  minorUnits: number;
  baseMinorUnits: number;
  exchangeRate: string;
  exchangeRateDate: string;
  paymentTermsNetDays: number;
  paymentTermsBasis: PaymentTermsBasis;
  earlyPaymentDiscountPercent: string | null;
  earlyPaymentDiscountDays: number | null;
  incoterms: Incoterm | null;
  incotermsPlace: string | null;
  shipTo: Address | null;
  billTo: Address | null;
  departmentId: string | null;
  costCentreId: string | null;
  orderDate: string;
  expectedDeliveryDate: string | null;
  notes: string;
  terms: string;
};

export type ResolvedLine = {
  lineNo?: number;
  itemId: string | null;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  taxCategory: TaxCategory;
  neededBy: string | null;
  costCentreId: string | null;
  sources: SourceInput[] | undefined;
};

/** What an update starts from: the header as stored and the lines it may keep. */
export type Current = {
  header: ResolvedHeader;
  lines: Map<number, { itemId: string | null; costCentreId: string | null }>;
};

const withKind = (kind: Address['kind'], a: OrderAddress | null | undefined): Address | null =>
  a ? { kind, ...a } : null;

function mapErrors(err: unknown, errors: FieldErrors, path: string, fallback: string): void {
  if (err instanceof AppError && (err.code === 'validation' || err.code === 'not_found')) {
    if (err.code === 'validation' && err.errors.length > 0) {
      for (const e of err.errors) errors.add(e.path === 'currency' ? path : e.path, e.message);
    } else errors.add(path, fallback);
    return;
  }
  throw err;
}

async function resolveHeader(
  ctx: Ctx,
  input: HeaderInput,
  current: Current | undefined,
  errors: FieldErrors,
  warnings: Warning[],
  refs: repo.OrderReferences,
  settings: organisation.Settings,
): Promise<ResolvedHeader | undefined> {
  const was = current?.header;
  const supplierChanged = !was || was.supplierId !== input.supplierId;
  const supplier = refs.supplier ?? undefined;
  if (!supplier) errors.add('supplierId', 'does not name a supplier');
  if (supplier && supplierChanged) {
    if (supplier.status === 'blocked') {
      errors.add(
        'supplierId',
        `names supplier ${supplier.legalName}, which is blocked${supplier.statusReason ? ` (${supplier.statusReason})` : ''}`,
      );
    }
    warnings.push(
      ...supplierWarnings(supplier.status === 'blocked' ? 'active' : supplier.status, supplier.legalName),
    );
  }

  const currencyCode = input.currency ?? (supplierChanged ? supplier?.defaultCurrency : was?.currency);
  let minorUnits = was?.minorUnits ?? 2;
  let currencyUsable = false;
  if (currencyCode) {
    const currency = refs.currencies.get(currencyCode);
    if (currency) {
      minorUnits = currency.minorUnits;
      currencyUsable = currency.active || currencyCode === was?.currency;
      if (!currencyUsable) errors.add('currency', `${currencyCode} is not an active currency`);
    } else errors.add('currency', `${currencyCode} is not a known currency`);
  }
  const baseCurrency = settings.baseCurrency;
  let baseMinorUnits = was?.baseMinorUnits ?? 2;
  if (!was) {
    const base = refs.currencies.get(baseCurrency);
    if (!base) throw AppError.notFound('Currency', baseCurrency);
    baseMinorUnits = base.minorUnits;
  }

  const orderDate = input.orderDate ?? was?.orderDate ?? isoDate(ctx.clock.now());
  let exchangeRate = was?.exchangeRate ?? '1';
  let exchangeRateDate = was?.exchangeRateDate ?? orderDate;
  const rateStale = !was || currencyCode !== was.currency || orderDate !== was.orderDate;
  if (currencyCode && currencyUsable && rateStale) {
    try {
      const quote = await organisation.rateOn(ctx, { currency: currencyCode, date: orderDate, baseCurrency });
      exchangeRate = quote.rate;
      exchangeRateDate = quote.validOn ?? orderDate;
    } catch (err) {
      mapErrors(err, errors, 'currency', `${currencyCode} has no exchange rate to ${baseCurrency}`);
    }
  }

  let departmentId = input.departmentId !== undefined ? input.departmentId : (was?.departmentId ?? null);
  const costCentreId = input.costCentreId !== undefined ? input.costCentreId : (was?.costCentreId ?? null);
  if (departmentId && departmentId !== was?.departmentId) {
    const department = refs.departments.get(departmentId);
    if (!department) errors.add('departmentId', 'does not name a department');
    else if (!department.active)
      errors.add('departmentId', `names department ${department.code}, which is inactive`);
  }
  if (costCentreId) {
    const centre = refs.costCentres.get(costCentreId);
    if (!centre) errors.add('costCentreId', 'does not name a cost centre');
    else {
      if (!centre.active && costCentreId !== was?.costCentreId)
        errors.add('costCentreId', `names cost centre ${centre.code}, which is inactive`);
      if (!departmentId) departmentId = centre.departmentId;
      else if (centre.departmentId !== departmentId)
        errors.add('costCentreId', `names cost centre ${centre.code}, which belongs to another department`);
    }
  }

  const expectedDeliveryDate =
    input.expectedDeliveryDate !== undefined
      ? input.expectedDeliveryDate
      : (was?.expectedDeliveryDate ?? null);
  if (expectedDeliveryDate && expectedDeliveryDate < orderDate)
    errors.add('expectedDeliveryDate', `must not be before the order date ${orderDate}`);

  const incoterms = input.incoterms !== undefined ? input.incoterms : (was?.incoterms ?? null);
  const incotermsPlace =
    input.incotermsPlace !== undefined ? input.incotermsPlace || null : (was?.incotermsPlace ?? null);
  if (incotermsPlace && !incoterms) errors.add('incoterms', 'is required when an incoterms place is given');

  const fromSettings = settings.address;
  const supplierTerms = supplierChanged && supplier;
  if (!currencyCode || !supplier) return undefined;
  return {
    supplierId: input.supplierId,
    currency: currencyCode,
    minorUnits,
    baseMinorUnits,
    exchangeRate,
    exchangeRateDate,
    paymentTermsNetDays:
      input.paymentTermsNetDays ??
      (supplierTerms
        ? supplier.paymentTermsNetDays
        : (was?.paymentTermsNetDays ?? supplier.paymentTermsNetDays)),
    paymentTermsBasis: supplierTerms
      ? supplier.paymentTermsBasis
      : (was?.paymentTermsBasis ?? supplier.paymentTermsBasis),
    earlyPaymentDiscountPercent: supplierTerms
      ? supplier.earlyPaymentDiscountPercent
      : (was?.earlyPaymentDiscountPercent ?? null),
    earlyPaymentDiscountDays: supplierTerms
      ? supplier.earlyPaymentDiscountDays
      : (was?.earlyPaymentDiscountDays ?? null),
    incoterms,
    incotermsPlace,
    shipTo:
      input.shipTo !== undefined
        ? withKind('shipping', input.shipTo)
        : was
          ? was.shipTo
          : withKind('shipping', fromSettings),
    billTo:
      input.billTo !== undefined
        ? withKind('billing', input.billTo)
        : was
          ? was.billTo
          : withKind('billing', fromSettings),
    departmentId,
    costCentreId,
    orderDate,
    expectedDeliveryDate,
    notes: input.notes ?? was?.notes ?? '',
    terms: input.terms ?? was?.terms ?? '',
  };
}

function resolveLines(
  lines: LineInput[],
  current: Current | undefined,
  errors: FieldErrors,
  refs: repo.OrderReferences,
): ResolvedLine[] {
  const { items: itemsById, units: unitsByCode, costCentres: centres } = refs;
  const seenLineNos = new Set<number>();

  return lines.map((line, i) => {
    const at = `lines[${i}]`;
    const kept = line.lineNo !== undefined ? current?.lines.get(line.lineNo) : undefined;
    if (line.lineNo !== undefined) {
      if (!kept) errors.add(`${at}.lineNo`, `does not name a line of this order (omit it for a new line)`);
      if (seenLineNos.has(line.lineNo)) errors.add(`${at}.lineNo`, `repeats line ${line.lineNo}`);
      seenLineNos.add(line.lineNo);
    }
    const item = line.itemId ? itemsById.get(line.itemId) : undefined;
    if (line.itemId && !item) errors.add(`${at}.itemId`, 'does not name an item');
    else if (item && !item.active && kept?.itemId !== item.id)
      errors.add(`${at}.itemId`, `names item ${item.sku}, which is inactive`);

    const description = line.description?.trim() || item?.name || '';
    if (!line.itemId && !description)
      errors.add(`${at}.description`, 'is required for a line without an item');

    let unitCode = line.unitCode ?? item?.unitCode ?? '';
    if (item && line.unitCode && line.unitCode !== item.unitCode) {
      errors.add(`${at}.unitCode`, `must be the item's unit ${item.unitCode}`);
      unitCode = item.unitCode;
    }
    if (!line.itemId && !line.unitCode)
      errors.add(`${at}.unitCode`, 'is required for a line without an item');
    const unit = unitCode ? unitsByCode.get(unitCode) : undefined;
    if (unitCode && !unit && !(line.itemId && !item))
      errors.add(`${at}.unitCode`, `${unitCode} is not a known unit`);
    if (unit && !catalog.quantityFitsUnit(line.quantity, unit)) {
      errors.add(
        `${at}.quantity`,
        unit.decimals === 0
          ? `must be a whole number of ${unit.name}`
          : `may have at most ${unit.decimals} decimal place${unit.decimals === 1 ? '' : 's'} in ${unit.name}`,
      );
    }

    const taxRate = line.taxRate ?? item?.defaultTaxRate;
    if (taxRate === undefined && !line.itemId)
      errors.add(`${at}.taxRate`, 'is required for a line without an item');
    const rate = taxRate ?? '0';
    const itemCategory = item?.defaultTaxCategory;
    const taxCategory =
      line.taxCategory ??
      (itemCategory && !taxRateProblem(itemCategory, rate) ? itemCategory : defaultTaxCategory(rate));
    const rateProblem = taxRateProblem(taxCategory, rate);
    // Only a category the line names can disagree with the rate (a derived one always fits).
    if (rateProblem && line.taxRate !== undefined) errors.add(`${at}.taxRate`, rateProblem);
    else if (rateProblem)
      errors.add(
        `${at}.taxCategory`,
        `does not fit the item's tax rate of ${normalize(rate)} %: the rate ${rateProblem}`,
      );

    const costCentreId = line.costCentreId ?? null;
    if (costCentreId) {
      const centre = centres.get(costCentreId);
      if (!centre) errors.add(`${at}.costCentreId`, 'does not name a cost centre');
      else if (!centre.active && kept?.costCentreId !== costCentreId)
        errors.add(`${at}.costCentreId`, `names cost centre ${centre.code}, which is inactive`);
    }

    if (line.sources) {
      const seen = new Set<string>();
      let sum = new D(0);
      line.sources.forEach((s, j) => {
        if (seen.has(s.requisitionLineId))
          errors.add(`${at}.sources[${j}].requisitionLineId`, 'names the same requisition line twice');
        seen.add(s.requisitionLineId);
        sum = sum.plus(s.quantity);
      });
      if (sum.greaterThan(line.quantity))
        errors.add(
          `${at}.sources`,
          `order ${normalize(sum.toFixed())} in all, more than the line's quantity ${normalize(line.quantity)}`,
        );
    }

    return {
      lineNo: line.lineNo,
      itemId: line.itemId ?? null,
      description,
      quantity: normalize(line.quantity),
      unitCode,
      unitPrice: normalize(line.unitPrice),
      discountPercent: normalize(line.discountPercent ?? '0'),
      taxRate: normalize(rate),
      taxCategory,
      neededBy: line.neededBy ?? null,
      costCentreId,
      sources: line.sources?.map((s) => ({
        requisitionLineId: s.requisitionLineId,
        quantity: normalize(s.quantity),
      })),
    };
  });
}

/** Resolves and checks a whole order (a new one, or the result of an edit of `current`). */
export async function resolveOrder(
  ctx: Ctx,
  opts: { header: HeaderInput; lines: LineInput[]; current?: Current },
): Promise<{
  header: ResolvedHeader;
  lines: ResolvedLine[];
  warnings: Warning[];
  settings: organisation.Settings;
  /** What the input names, as read to check it. */
  refs: repo.OrderReferences;
}> {
  const errors = new FieldErrors();
  const warnings: Warning[] = [];
  if (opts.lines.length === 0) errors.add('lines', 'must have at least one line');
  const was = opts.current?.header;
  const refs = await repo.findOrderReferences(ctx.db, {
    supplierId: opts.header.supplierId,
    currencies: [opts.header.currency, was?.currency].filter((c): c is string => !!c),
    itemIds: opts.lines.map((l) => l.itemId ?? null).filter((id): id is string => !!id),
    unitCodes: opts.lines.map((l) => l.unitCode).filter((c): c is string => !!c),
    costCentreIds: [
      opts.header.costCentreId !== undefined ? opts.header.costCentreId : was?.costCentreId,
      ...opts.lines.map((l) => l.costCentreId),
    ].filter((id): id is string => !!id),
    departmentIds: opts.header.departmentId ? [opts.header.departmentId] : [],
  });
  if (!refs)
    throw new AppError(
      'internal',
      'The organisation settings are missing: run the migrations and the base seed.',
    );
  const settings = organisation.toSettings(refs.settings);
  const header = await resolveHeader(ctx, opts.header, opts.current, errors, warnings, refs, settings);
  const lines = resolveLines(opts.lines, opts.current, errors, refs);
  errors.throwIfAny();
  assertAmountsFit(header!, lines, errors);
  errors.throwIfAny();
  return { header: header!, lines, warnings, settings, refs };
}

/**
 * Every amount the order would store fits its column (numeric(20,4): below 10^16): each line's
 * net and tax, the totals and the total in base currency. Checked before a number is taken, so a
 * refused order uses none.
 */
function assertAmountsFit(header: ResolvedHeader, lines: ResolvedLine[], errors: FieldErrors): void {
  const fits = (amount: string) => dec(amount).abs().lt(MAX_AMOUNT);
  const totals = documentTotals(lines, header.minorUnits);
  totals.lines.forEach((line, i) => {
    if (!fits(line.net) || !fits(line.tax))
      errors.add(
        `lines[${i}].quantity`,
        `quantity × unit price is more than the largest amount a line holds (${MAX_AMOUNT_TEXT})`,
      );
  });
  if (errors.any) return;
  if (!fits(totals.total) || !fits(convertAmount(totals.total, header.exchangeRate, header.baseMinorUnits)))
    errors.add(
      'lines',
      `the order's total is more than the largest amount an order holds (${MAX_AMOUNT_TEXT}); split it into several orders`,
    );
}
