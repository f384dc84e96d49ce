import * as catalog from '../catalog';
import type * as purchaseOrders from '../purchase-orders';
import type { Ctx } from '../shared/context';
import type { FieldErrors } from '../shared/errors';

/** How many decimals each unit of the order's lines allows, by unit code: one read per unit. */
export async function unitDecimalsOf(
  ctx: Ctx,
  order: Pick<purchaseOrders.PurchaseOrder, 'lines'>,
): Promise<Map<string, number>> {
  const decimals = new Map<string, number>();
  for (const code of new Set(order.lines.map((l) => l.unitCode))) {
    decimals.set(code, (await catalog.getUnit(ctx, { code })).decimals);
  }
  return decimals;
}

/** Why a quantity does not fit its line's unit (more decimals than the unit has), or null. */
export function unitQuantityProblem(
  quantity: string,
  line: Pick<purchaseOrders.PurchaseOrderLine, 'unitCode' | 'unitName'>,
  decimals: Map<string, number>,
): string | null {
  const places = decimals.get(line.unitCode) ?? 0;
  if (catalog.quantityFitsUnit(quantity, { decimals: places })) return null;
  return places === 0
    ? `must be a whole number of ${line.unitName}`
    : `may have at most ${places} decimals in ${line.unitName}`;
}

/**
 * The order's lines an input names, each once, in the input's order, with the input's path
 * (`lines[2]`): a number that is not a line of the order, or one named again, is an error on its
 * `lineNo` (the `verb` says what naming it means: "answers", "names") and is left out. Yielded one
 * by one, so the caller's own errors of a line come in the input's order with these.
 */
export function* namedOrderLines<T extends { lineNo: number }>(
  order: Pick<purchaseOrders.PurchaseOrder, 'number' | 'lines'>,
  inputs: T[],
  errors: FieldErrors,
  verb: string,
): Generator<{ input: T; line: purchaseOrders.PurchaseOrderLine; path: string }> {
  const byNo = new Map(order.lines.map((l) => [l.lineNo, l]));
  const seen = new Set<number>();
  for (const [i, input] of inputs.entries()) {
    const path = `lines[${i}]`;
    const line = byNo.get(input.lineNo);
    if (!line) {
      errors.add(`${path}.lineNo`, `is not a line of ${order.number}`);
    } else if (seen.has(input.lineNo)) {
      errors.add(`${path}.lineNo`, `${verb} line ${input.lineNo} a second time`);
    } else {
      seen.add(input.lineNo);
      yield { input, line, path };
    }
  }
}
