import { AppError, FieldErrors } from '../shared/errors';
import { D, normalize } from '../shared/money';
import type { ReceiptLineRow } from './repository';

/** A quantity taken from one receipt line (by a reversal or a return). */
export type Taken = { line: ReceiptLineRow; quantity: string };

/**
 * What a reversal or a return takes from a receipt's lines: the lines and quantities named, each
 * at most what `available` says is left of its line (`tooMuch` says why more is refused); or, none
 * named, everything available (409 `nothingLeft` when that is nothing). 422 names every line at
 * fault; nothing is taken then.
 */
export function takeFromLines(
  lines: readonly ReceiptLineRow[],
  named: readonly { lineNo: number; quantity: string }[] | null | undefined,
  opts: {
    receiptNumber: string;
    available: (line: ReceiptLineRow) => string;
    tooMuch: (line: ReceiptLineRow, left: string) => string;
    nothingLeft: string;
  },
): Taken[] {
  if (!named || named.length === 0) {
    const taken = lines.flatMap((line) => {
      const left = opts.available(line);
      return D(left).gt(0) ? [{ line, quantity: left }] : [];
    });
    if (taken.length === 0) throw AppError.conflict(opts.nothingLeft);
    return taken;
  }
  const byNo = new Map(lines.map((l) => [l.lineNo, l]));
  const errors = new FieldErrors();
  const seen = new Set<number>();
  const taken: Taken[] = [];
  for (const [i, l] of named.entries()) {
    const path = `lines[${i}]`;
    const line = byNo.get(l.lineNo);
    if (!line) errors.add(`${path}.lineNo`, `is not a line of ${opts.receiptNumber}`);
    else if (seen.has(l.lineNo)) errors.add(`${path}.lineNo`, `names line ${l.lineNo} a second time`);
    else if (D(l.quantity).lte(0)) errors.add(`${path}.quantity`, 'must be more than 0');
    else {
      seen.add(l.lineNo);
      const left = opts.available(line);
      if (D(l.quantity).gt(left)) errors.add(`${path}.quantity`, opts.tooMuch(line, left));
      else taken.push({ line, quantity: normalize(l.quantity) });
    }
  }
  errors.throwIfAny();
  return taken;
}
