import * as catalog from '../catalog';
import * as organisation from '../organisation';
import * as requisitions from '../requisitions';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError, type FieldError, FieldErrors } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { D, normalize } from '../shared/money';
import { findSuppliersByIds } from '../suppliers';
import { createPurchaseOrder } from './create-purchase-order';

/** One requisition line the buyer picked, how much of it to order, and optionally from whom and at what price. */
export type PickedRequisitionLine = {
  requisitionLineId: string;
  quantity: string;
  /** Defaults to the line's suggested supplier. */
  supplierId?: string;
  /** Defaults to the supplier's valid price list entry for the quantity on the order date. */
  unitPrice?: string;
  /** Defaults to the item's tax rate; required for a free-text line. */
  taxRate?: string;
};

export type OrdersFromRequisitionLinesInput = {
  lines: PickedRequisitionLine[];
  /** Defaults to today; prices are those valid on it. */
  orderDate?: string;
  expectedDeliveryDate?: string | null;
};

export type OrderFromRequisitionLines = {
  id: string;
  number: string;
  supplierId: string;
  currency: string;
  lineCount: number;
  total: string;
  /** What the buyer should check before sending (a supplier on hold …). */
  warnings: { code: string; message: string }[];
};

type Picked = {
  index: number;
  input: PickedRequisitionLine;
  row: requisitions.LineToOrderRow;
  supplierId: string;
};

/** One order line to be: one or more picked lines of the same item, price and cost centre. */
type Group = {
  picked: Picked[];
  quantity: InstanceType<typeof D>;
  unitPrice: string | undefined;
  taxRate: string | undefined;
};

const NO_PRICE = 'no valid price list entry; enter a unit price';

function lineName(row: requisitions.LineToOrderRow): string {
  return `${row.requisitionNumber} line ${row.lineNo}`;
}

/**
 * Turns picked requisition lines into draft purchase orders, one per supplier, in one transaction:
 * either every order is created (and every requisition line's ordered quantity recorded) or
 * nothing is.
 *
 * - Each line goes to its chosen supplier, else its suggested one; a line with neither is refused.
 * - Lines of the same item, cost centre and (given or not) unit price for one supplier become one
 *   order line that keeps a link to each requisition line, so quantity breaks apply to the sum.
 * - An order line without a given unit price is priced from the supplier's price list valid on the
 *   order date for its quantity, in the supplier's currency (the order's currency). When no entry
 *   applies the request is refused naming the line: a warning to act on, never a guessed price.
 * - Partial quantities are allowed; more than remains (beyond the over-order allowance) is refused.
 */
export async function createOrdersFromRequisitionLines(
  ctx: Ctx,
  opts: { actor: Actor; input: OrdersFromRequisitionLinesInput },
): Promise<OrderFromRequisitionLines[]> {
  const { actor, input } = opts;
  const orderDate = input.orderDate ?? isoDate(ctx.clock.now());
  return inTransaction(ctx, async (txCtx) => {
    const picked = await checkPickedLines(txCtx, input.lines);
    const suppliers = await supplierCurrencies(txCtx, picked);
    const bySupplier = groupBySupplier(picked);
    await priceGroups(txCtx, bySupplier, suppliers, orderDate);

    const created: OrderFromRequisitionLines[] = [];
    for (const [supplierId, groups] of bySupplier) {
      const costCentres = new Set(groups.flatMap((g) => g.picked.map((p) => p.row.costCentreId)));
      const costCentreId = costCentres.size === 1 ? [...costCentres][0]! : null;
      const lines = groups.map((g) => {
        const first = g.picked[0]!.row;
        const neededBy = g.picked
          .map((p) => p.row.neededBy)
          .filter((d): d is string => d !== null)
          .sort()[0];
        return {
          itemId: first.itemId,
          description: first.description,
          quantity: g.quantity.toFixed(),
          unitCode: first.unitCode,
          unitPrice: g.unitPrice!,
          ...(g.taxRate === undefined ? {} : { taxRate: g.taxRate }),
          neededBy: neededBy ?? null,
          costCentreId: first.costCentreId,
          sources: g.picked.map((p) => ({
            requisitionLineId: p.row.lineId,
            quantity: normalize(p.input.quantity),
          })),
        };
      });
      try {
        const order = await createPurchaseOrder(txCtx, {
          actor,
          input: {
            supplierId,
            currency: suppliers.get(supplierId)!.currency,
            costCentreId,
            orderDate,
            expectedDeliveryDate: input.expectedDeliveryDate ?? null,
            lines,
          },
        });
        created.push({
          id: order.id,
          number: order.number,
          supplierId,
          currency: order.currency,
          lineCount: order.lines.length,
          total: order.totals.total,
          warnings: order.warnings,
        });
      } catch (err) {
        throw inRequestTerms(err, groups);
      }
    }
    return created;
  });
}

/** Every picked line exists, is picked once, may be ordered in this quantity and has a supplier. */
async function checkPickedLines(ctx: Ctx, lines: PickedRequisitionLine[]): Promise<Picked[]> {
  const errors = new FieldErrors();
  if (lines.length === 0) errors.add('lines', 'must have at least one line');
  const lineIds = [...new Set(lines.map((l) => l.requisitionLineId))];
  const rows = new Map((await requisitions.findLinesToOrder(ctx, { lineIds })).map((r) => [r.lineId, r]));
  const { overOrderAllowancePercent } = await organisation.getSettings(ctx);
  const seen = new Map<string, number>();
  const picked: Picked[] = [];
  lines.forEach((input, index) => {
    const at = (field: string) => `lines[${index}].${field}`;
    const row = rows.get(input.requisitionLineId);
    if (!row) {
      errors.add(at('requisitionLineId'), 'does not name a requisition line');
      return;
    }
    if (seen.has(input.requisitionLineId)) {
      errors.add(
        at('requisitionLineId'),
        `${lineName(row)} is already picked as line ${seen.get(input.requisitionLineId)}`,
      );
      return;
    }
    seen.set(input.requisitionLineId, index);
    const problem = requisitions.orderChangeProblem(
      { status: row.requisitionStatus, quantity: row.quantity, quantityOrdered: row.quantityOrdered },
      input.quantity,
      overOrderAllowancePercent,
    );
    if (!new D(input.quantity).gt(0)) errors.add(at('quantity'), 'must be greater than 0');
    else if (problem) errors.add(at('quantity'), `${lineName(row)}: ${problem}`);
    const supplierId = input.supplierId ?? row.suggestedSupplierId;
    if (!row.itemId && input.taxRate === undefined) {
      errors.add(at('taxRate'), `${lineName(row)} is a free-text line; enter its tax rate`);
    }
    if (!supplierId) {
      errors.add(at('supplierId'), `${lineName(row)} has no suggested supplier; choose a supplier`);
      return;
    }
    picked.push({ index, input, row, supplierId });
  });
  errors.throwIfAny();
  return picked;
}

/** The currency each supplier's order will be in (its default); unknown or blocked suppliers are refused. */
async function supplierCurrencies(ctx: Ctx, picked: Picked[]): Promise<Map<string, { currency: string }>> {
  const errors = new FieldErrors();
  const ids = [...new Set(picked.map((p) => p.supplierId))];
  const found = new Map((await findSuppliersByIds(ctx, { ids })).map((s) => [s.id, s]));
  for (const p of picked) {
    const supplier = found.get(p.supplierId);
    if (!supplier) errors.add(`lines[${p.index}].supplierId`, 'does not name a supplier');
    else if (supplier.status === 'blocked')
      errors.add(`lines[${p.index}].supplierId`, `supplier ${supplier.code} is blocked; choose another`);
  }
  errors.throwIfAny();
  return new Map([...found.values()].map((s) => [s.id, { currency: s.defaultCurrency }]));
}

function groupBySupplier(picked: Picked[]): Map<string, Group[]> {
  const bySupplier = new Map<string, Map<string, Group>>();
  for (const p of picked) {
    const groups = bySupplier.get(p.supplierId) ?? new Map<string, Group>();
    bySupplier.set(p.supplierId, groups);
    const given = (v: string | undefined) => (v === undefined ? '' : new D(v).toFixed());
    const key = p.row.itemId
      ? [p.row.itemId, p.row.costCentreId, given(p.input.unitPrice), given(p.input.taxRate)].join('|')
      : `free|${p.row.lineId}`;
    const group = groups.get(key) ?? {
      picked: [],
      quantity: new D(0),
      unitPrice: p.input.unitPrice,
      taxRate: p.input.taxRate,
    };
    group.picked.push(p);
    group.quantity = group.quantity.plus(p.input.quantity);
    groups.set(key, group);
  }
  return new Map([...bySupplier].map(([id, groups]) => [id, [...groups.values()]]));
}

/** Fills each group's unit price from the price list; a group without one names its lines. */
async function priceGroups(
  ctx: Ctx,
  bySupplier: Map<string, Group[]>,
  suppliers: Map<string, { currency: string }>,
  orderDate: string,
): Promise<void> {
  const errors = new FieldErrors();
  for (const [supplierId, groups] of bySupplier) {
    for (const g of groups) {
      if (g.unitPrice !== undefined) continue;
      const row = g.picked[0]!.row;
      const found = row.itemId
        ? await catalog.findBestPrice(ctx, {
            supplierId,
            itemId: row.itemId,
            quantity: g.quantity.toFixed(),
            date: orderDate,
            currency: suppliers.get(supplierId)!.currency,
          })
        : null;
      if (found) g.unitPrice = found.unitPrice;
      else
        for (const p of g.picked)
          errors.add(`lines[${p.index}].unitPrice`, `${lineName(p.row)}: ${NO_PRICE}`);
    }
  }
  errors.throwIfAny();
}

/** Fields of an order line that the request has too; anything else is about the requisition line. */
const SHARED_FIELDS = new Set(['quantity', 'unitPrice', 'taxRate']);

/**
 * An order's refusal in the request's terms: `lines[k]…` of the order becomes the picked line it
 * came from (`lines[k].sources[j]…` exactly that one, else the first of order line k), and header
 * fields (supplier, currency) are put on that supplier's first picked line.
 */
function inRequestTerms(err: unknown, groups: Group[]): unknown {
  if (!(err instanceof AppError) || err.code !== 'validation') return err;
  const first = groups[0]!.picked[0]!.index;
  const errors: FieldError[] = err.errors.map((e) => {
    const m = /^lines\[(\d+)\](?:\.sources\[(\d+)\])?(?:\.(\w+))?/.exec(e.path);
    if (m) {
      const group = groups[Number(m[1])];
      const p = (m[2] === undefined ? undefined : group?.picked[Number(m[2])]) ?? group?.picked[0];
      const field =
        m[3] && SHARED_FIELDS.has(m[3]) ? m[3] : m[2] === undefined ? 'requisitionLineId' : 'quantity';
      if (p) return { path: `lines[${p.index}].${field}`, message: e.message };
    }
    if (e.path === 'supplierId' || e.path === 'currency') {
      return { path: `lines[${first}].supplierId`, message: e.message };
    }
    return e;
  });
  return AppError.validation(errors, err.message);
}
