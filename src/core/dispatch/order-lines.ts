import type * as purchaseOrders from '../purchase-orders';
import type { FieldErrors } from '../shared/errors';

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
