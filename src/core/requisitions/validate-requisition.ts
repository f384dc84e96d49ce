import { MAX_REQUISITION_LINES } from '../../domain/requisitions';
import * as catalog from '../catalog';
import * as organisation from '../organisation';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { convertAmount } from '../shared/document-totals';
import { AppError, FieldErrors } from '../shared/errors';
import { D, dec, MAX_AMOUNT, MAX_AMOUNT_TEXT, normalize, roundTo } from '../shared/money';
import { baseMoney } from './access';
import * as repo from './repository';
import type { BaseMoney } from './requisition';

/** What a requester types for one line; blanks of an item line default from the item. */
export type RequisitionLineInput = {
  itemId?: string | null;
  description?: string;
  categoryId?: string;
  quantity: string;
  unitCode?: string;
  estimatedUnitPrice: string;
  /** Defaults to the base currency. */
  currency?: string;
  neededBy?: string | null;
  suggestedSupplierId?: string | null;
};

export type ResolvedLine = Omit<repo.LineInsert, 'id' | 'requisitionId' | 'lineNo'>;

function notFoundAs(err: unknown): boolean {
  return err instanceof AppError && err.code === 'not_found';
}

/** The department exists and is active; the cost centre is active and belongs to it. */
export async function assertHeaderReferences(
  ctx: Ctx,
  header: { departmentId: string; costCentreId: string },
  errors: FieldErrors,
): Promise<void> {
  const department = await organisation.getDepartment(ctx, { id: header.departmentId }).catch((err) => {
    if (notFoundAs(err)) return undefined;
    throw err;
  });
  if (!department) errors.add('departmentId', 'does not name an existing department');
  else if (!department.active) errors.add('departmentId', `department ${department.code} is inactive`);
  const costCentre = await organisation.getCostCentre(ctx, { id: header.costCentreId }).catch((err) => {
    if (notFoundAs(err)) return undefined;
    throw err;
  });
  if (!costCentre) errors.add('costCentreId', 'does not name an existing cost centre');
  else if (!costCentre.active) errors.add('costCentreId', `cost centre ${costCentre.code} is inactive`);
  else if (department && costCentre.departmentId !== department.id) {
    errors.add(
      'costCentreId',
      `cost centre ${costCentre.code} does not belong to department ${department.code}`,
    );
  }
}

/**
 * A whole requisition as typed, checked as raising it checks it: its department (the one given,
 * else `fallbackDepartmentId`), its cost centre and every line. Every problem in one 422, with its
 * field; the lines resolved and the estimate in the base currency otherwise.
 */
export async function checkNewRequisition(
  ctx: Ctx,
  input: { departmentId?: string; costCentreId: string; lines: RequisitionLineInput[] },
  fallbackDepartmentId: string | null,
): Promise<{ departmentId: string; lines: ResolvedLine[]; estimatedTotalBase: string; money: BaseMoney }> {
  const errors = new FieldErrors();
  const departmentId = input.departmentId ?? fallbackDepartmentId;
  if (!departmentId) errors.add('departmentId', 'is required: you belong to no department, so name one');
  else await assertHeaderReferences(ctx, { departmentId, costCentreId: input.costCentreId }, errors);
  const money = await baseMoney(ctx);
  const { lines, estimatedTotalBase } = await resolveLines(ctx, input.lines, money, errors);
  errors.throwIfAny();
  return { departmentId: departmentId!, lines, estimatedTotalBase, money };
}

/**
 * Checks every line against the catalog, the suppliers and the currencies, fills the defaults of
 * item lines, and sums the estimate in the base currency at today's rates. Every problem is
 * added to `errors` with its path (`lines[3].quantity`); the result is only meaningful when none
 * was added.
 */
export async function resolveLines(
  ctx: Ctx,
  inputs: RequisitionLineInput[],
  money: BaseMoney,
  errors: FieldErrors,
): Promise<{ lines: ResolvedLine[]; estimatedTotalBase: string }> {
  const today = isoDate(ctx.clock.now());
  if (inputs.length === 0) errors.add('lines', 'must have at least one line');
  if (inputs.length > MAX_REQUISITION_LINES)
    errors.add('lines', `must have at most ${MAX_REQUISITION_LINES} lines`);

  const distinct = <T>(values: (T | null | undefined)[]) => [
    ...new Set(values.filter((v): v is T => v !== null && v !== undefined)),
  ];
  const items = new Map(
    (await repo.findItems(ctx.db, distinct(inputs.map((l) => l.itemId)))).map((i) => [i.id, i]),
  );
  const unitCodes = distinct(
    inputs.map((l) => l.unitCode ?? (l.itemId ? items.get(l.itemId)?.unitCode : undefined)),
  );
  const units = new Map((await repo.findUnits(ctx.db, unitCodes)).map((u) => [u.code, u]));
  const categories = new Map(
    (await repo.findCategories(ctx.db, distinct(inputs.map((l) => l.categoryId)))).map((c) => [c.id, c]),
  );
  const suppliers = new Map(
    (await repo.findSuppliers(ctx.db, distinct(inputs.map((l) => l.suggestedSupplierId)))).map((s) => [
      s.id,
      s,
    ]),
  );
  const currencyCodes = distinct(inputs.map((l) => l.currency ?? money.baseCurrency));
  const currencies = new Map((await repo.findCurrencies(ctx.db, currencyCodes)).map((c) => [c.code, c]));

  // Today's rate of each currency used (null: none on file, reported on each line using it).
  const rates = new Map<string, string | null>();
  for (const code of currencyCodes) {
    if (!currencies.get(code)?.active) continue;
    try {
      rates.set(code, (await organisation.rateOn(ctx, { currency: code, date: today })).rate);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'validation') throw err;
      rates.set(code, null);
    }
  }

  const lines: ResolvedLine[] = [];
  let total = new D(0);
  inputs.forEach((input, i) => {
    const at = (field: string) => `lines[${i}].${field}`;
    let lineOk = true;
    const fail = (field: string, message: string) => {
      errors.add(at(field), message);
      lineOk = false;
    };

    const item = input.itemId ? items.get(input.itemId) : undefined;
    if (input.itemId && !item) fail('itemId', 'does not name an existing item');
    else if (item && !item.active) fail('itemId', `item ${item.sku} is inactive`);

    const description = input.description?.trim() || item?.name || '';
    if (!description) fail('description', 'is required for a line without an item');

    const categoryId = input.categoryId ?? item?.categoryId;
    if (!categoryId) fail('categoryId', 'is required for a line without an item');
    else if (input.categoryId) {
      const category = categories.get(input.categoryId);
      if (!category) fail('categoryId', 'does not name an existing item category');
      else if (!category.active) fail('categoryId', `category ${category.code} is inactive`);
    }

    const unitCode = input.unitCode ?? item?.unitCode;
    const unit = unitCode ? units.get(unitCode) : undefined;
    if (!unitCode) fail('unitCode', 'is required for a line without an item');
    else if (!unit) fail('unitCode', `${unitCode} is not a known unit`);
    else if (item && unitCode !== item.unitCode) {
      fail('unitCode', `must be ${item.unitCode}, the unit item ${item.sku} is bought and priced in`);
    }

    const quantity = dec(input.quantity);
    if (!quantity.gt(0)) fail('quantity', 'must be greater than 0');
    else if (unit && !catalog.quantityFitsUnit(input.quantity, unit)) {
      fail('quantity', `must have at most ${unit.decimals} decimal places (unit ${unit.code})`);
    }
    if (dec(input.estimatedUnitPrice).isNegative()) fail('estimatedUnitPrice', 'must not be negative');

    const currencyCode = input.currency ?? money.baseCurrency;
    const currency = currencies.get(currencyCode);
    if (!currency?.active) fail('currency', `${currencyCode} is not an active currency`);
    else if (rates.get(currencyCode) === null) {
      fail('currency', `${currencyCode} has no exchange rate to ${money.baseCurrency} on or before ${today}`);
    }

    if (input.neededBy && input.neededBy < today)
      fail('neededBy', `must not be in the past (today is ${today})`);

    if (input.suggestedSupplierId) {
      const supplier = suppliers.get(input.suggestedSupplierId);
      if (!supplier) fail('suggestedSupplierId', 'does not name an existing supplier');
      else if (supplier.status === 'blocked')
        fail('suggestedSupplierId', `supplier ${supplier.code} is blocked`);
    }

    if (!lineOk || !currency || !unitCode || !categoryId) return;
    const amount = roundTo(quantity.times(input.estimatedUnitPrice), currency.minorUnits);
    if (dec(amount).abs().gte(MAX_AMOUNT)) {
      fail(
        'quantity',
        `quantity × estimated unit price is more than the largest amount a line holds (${MAX_AMOUNT_TEXT})`,
      );
      return;
    }
    total = total.plus(convertAmount(amount, rates.get(currencyCode)!, money.minorUnits));
    lines.push({
      itemId: item?.id ?? null,
      description,
      categoryId,
      quantity: normalize(input.quantity),
      unitCode,
      estimatedUnitPrice: normalize(input.estimatedUnitPrice),
      currency: currencyCode,
      neededBy: input.neededBy ?? null,
      suggestedSupplierId: input.suggestedSupplierId ?? null,
    });
  });
  if (total.abs().gte(MAX_AMOUNT))
    errors.add(
      'lines',
      `the estimated total is more than the largest amount a requisition holds (${MAX_AMOUNT_TEXT}); split it`,
    );
  return { lines, estimatedTotalBase: roundTo(total, money.minorUnits) };
}
