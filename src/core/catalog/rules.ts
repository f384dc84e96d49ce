import { AppError } from '../shared/errors';
import { type Dec, dec, normalize, scaleOf } from '../shared/money';

// ── prices ──────────────────────────────────────────────────────────────────

/** What bestPrice needs of a price list entry. Dates are ISO (YYYY-MM-DD), decimals strings. */
export type PriceCandidate = {
  id: string;
  currency: string;
  minQuantity: string;
  unitPrice: string;
  validFrom: string;
  validTo: string | null;
};

export type PriceQuery = { quantity: string; date: string; currency?: string };

/** validFrom ≤ date ≤ validTo, an open validTo running for ever. */
export function isValidOn(entry: { validFrom: string; validTo: string | null }, date: string): boolean {
  return entry.validFrom <= date && (entry.validTo === null || date <= entry.validTo);
}

/** Whether an entry may price this quantity on this date (in this currency, when one is named). */
export function priceApplies(entry: PriceCandidate, query: PriceQuery): boolean {
  return (
    isValidOn(entry, query.date) &&
    (query.currency === undefined || entry.currency === query.currency) &&
    dec(entry.minQuantity).lte(dec(query.quantity))
  );
}

/**
 * Orders applicable entries best first: the lower unit price; on a tie the higher quantity break
 * (the more specific price), then the later validFrom (the newer agreement), then the later-created
 * entry (ids are time-ordered) so that the choice never depends on the order entries were read.
 */
export function comparePriceCandidates(a: PriceCandidate, b: PriceCandidate): number {
  const byPrice = dec(a.unitPrice).comparedTo(dec(b.unitPrice));
  if (byPrice !== 0) return byPrice;
  const byBreak = dec(b.minQuantity).comparedTo(dec(a.minQuantity));
  if (byBreak !== 0) return byBreak;
  if (a.validFrom !== b.validFrom) return a.validFrom > b.validFrom ? -1 : 1;
  if (a.id !== b.id) return a.id > b.id ? -1 : 1;
  return 0;
}

/**
 * The price that applies to `quantity` on `date`: among the entries valid on the date, in the
 * currency if one is named, whose quantity break is reached, the lowest unit price (ties: see
 * comparePriceCandidates). Undefined when none applies. Without a currency, prices in different
 * currencies are never compared with each other: if the applicable entries span several
 * currencies the answer is undefined rather than a guess.
 */
export function bestPrice<T extends PriceCandidate>(entries: readonly T[], query: PriceQuery): T | undefined {
  const applicable = entries.filter((e) => priceApplies(e, query));
  if (query.currency === undefined && new Set(applicable.map((e) => e.currency)).size > 1) return undefined;
  let best: T | undefined;
  for (const e of applicable) {
    if (best === undefined || comparePriceCandidates(e, best) < 0) best = e;
  }
  return best;
}

/** Whether two entries would price the same thing: the same key may appear only once. */
export function priceKey(e: {
  supplierId: string;
  itemId: string;
  currency: string;
  minQuantity: string;
  validFrom: string;
}): string {
  return [e.supplierId, e.itemId, e.currency, normalize(e.minQuantity), e.validFrom].join('|');
}

export function validToBeforeValidFrom(e: { validFrom: string; validTo: string | null }): boolean {
  return e.validTo !== null && e.validTo < e.validFrom;
}

// ── units ───────────────────────────────────────────────────────────────────

/** What unit conversion needs: one `code` is `factor` of `baseUnitCode`. */
export type UnitLike = { code: string; baseUnitCode: string | null; factor: string };

/** Whether a quantity has no more decimal places than its unit allows ("1.50" fits 1 place). */
export function quantityFitsUnit(quantity: string, unit: { decimals: number }): boolean {
  return scaleOf(normalize(quantity)) <= unit.decimals;
}

function unknownUnit(code: string): AppError {
  return AppError.validation(
    [{ path: 'unitCode', message: `${code} is not a known unit` }],
    `${code} is not a known unit.`,
  );
}

/**
 * The chain from a unit down to its root: each unit met on the way, with how many of it make one
 * of the starting unit. Throws on an unknown unit or a cycle.
 */
function chainOf(code: string, byCode: ReadonlyMap<string, UnitLike>): Map<string, Dec> {
  const chain = new Map<string, Dec>();
  let unit = byCode.get(code);
  if (!unit) throw unknownUnit(code);
  let perStart = dec(1);
  chain.set(unit.code, perStart);
  while (unit.baseUnitCode !== null) {
    perStart = perStart.times(dec(unit.factor));
    const base = byCode.get(unit.baseUnitCode);
    if (!base) throw unknownUnit(unit.baseUnitCode);
    if (chain.has(base.code)) {
      throw AppError.validation(
        [{ path: 'baseUnitCode', message: `the base units of ${code} form a cycle` }],
        `The base units of ${code} form a cycle.`,
      );
    }
    chain.set(base.code, perStart);
    unit = base;
  }
  return chain;
}

/**
 * Converts a quantity between two units through their base-unit chains (to the nearest unit both
 * chains share). Exact decimal arithmetic; the result is not rounded (round it to the target
 * unit's decimals with roundTo where a stored quantity is needed). Units that share no base are
 * not convertible: a validation error, never a guess.
 */
export function convertQuantity(
  quantity: string | Dec,
  fromUnit: string,
  toUnit: string,
  units: readonly UnitLike[] | ReadonlyMap<string, UnitLike>,
): string {
  const byCode: ReadonlyMap<string, UnitLike> =
    units instanceof Map ? units : new Map((units as readonly UnitLike[]).map((u) => [u.code, u]));
  const from = chainOf(fromUnit, byCode);
  if (fromUnit === toUnit) return dec(quantity).toFixed();
  const to = chainOf(toUnit, byCode);
  for (const [code, fromPerStart] of from) {
    const toPerStart = to.get(code);
    if (toPerStart) return dec(quantity).times(fromPerStart).dividedBy(toPerStart).toFixed();
  }
  throw AppError.validation(
    [{ path: 'unitCode', message: `${fromUnit} cannot be converted to ${toUnit}: they share no base unit` }],
    `${fromUnit} cannot be converted to ${toUnit}.`,
  );
}

/** Whether making `code` a child of `baseUnitCode` would close a loop, given the base's own chain. */
export function formsCycle(code: string, baseChain: readonly string[]): boolean {
  return baseChain.includes(code);
}
