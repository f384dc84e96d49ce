import type { Grade } from '../../domain/evaluation';
import * as catalog from '../catalog';
import * as organisation from '../organisation';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { D, DECIMAL_RE, type Dec, dec } from '../shared/money';
import { findSuppliersByIds, supplierGrades } from '../suppliers';
import * as repo from './repository';

/** The score an unscored supplier (not enough data) is ranked with: the middle, said in its reason. */
const UNSCORED = 50;

export type SupplierCandidate = {
  rank: number;
  supplier: { id: string; code: string; name: string; status: string };
  unitPrice: string;
  currency: string;
  /** The unit price in base currency at today's rate: what prices are compared in. */
  unitPriceBase: string;
  leadTimeDays: number;
  grade: Grade | null;
  score: string | null;
  belowWarning: boolean;
  /** 100 for the cheapest; others the cheapest's price as a share of theirs. */
  priceScore: string;
  /** How much dearer than the cheapest, in per cent of the cheapest ("0.0" for the cheapest). */
  priceAboveLowestPercent: string;
  /** priceWeight × price score + (100 − priceWeight) × score, ÷ 100. */
  combinedScore: string;
  reason: string;
};

export type SupplierRanking = {
  itemId: string;
  quantity: string;
  date: string;
  baseCurrency: string;
  priceWeight: number;
  candidates: SupplierCandidate[];
};

function percentAbove(price: Dec, cheapest: Dec): string {
  if (cheapest.lte(0)) return '0.0';
  return price.minus(cheapest).div(cheapest).times(100).toDecimalPlaces(1).toFixed(1);
}

/**
 * The suppliers with a valid price for the item, ranked by price and scorecard together (the
 * settings' ranking price weight; docs/evaluation.md#choosing-a-supplier), each with the reason in
 * words. Blocked suppliers are left out; one on hold stays, flagged by its status.
 */
export async function rankSuppliersForItem(
  ctx: Ctx,
  opts: { itemId: string; quantity?: string; date?: string },
): Promise<SupplierRanking> {
  const quantity = opts.quantity ?? '1';
  if (!DECIMAL_RE.test(quantity) || dec(quantity).lte(0))
    throw AppError.field('quantity', 'must be a positive decimal, e.g. "12.5"');
  const date = opts.date ?? isoDate(ctx.clock.now());
  const settings = await repo.readSettings(ctx.db);
  const { baseCurrency } = await organisation.getSettings(ctx);
  const offers = await catalog.offersForItem(ctx, { itemId: opts.itemId, quantity, date });
  const suppliers = new Map(
    (await findSuppliersByIds(ctx, { ids: offers.map((o) => o.supplierId) }))
      .filter((s) => s.status !== 'blocked')
      .map((s) => [s.id, s]),
  );
  const rates = new Map<string, string | null>();
  for (const currency of new Set(offers.map((o) => o.currency))) {
    try {
      rates.set(currency, (await organisation.rateOn(ctx, { currency, date, baseCurrency })).rate);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      rates.set(currency, null); // No rate: the offer cannot be compared, and is left out.
    }
  }
  // Each supplier's cheapest offer in base currency.
  const best = new Map<string, { offer: catalog.SupplierOffer; base: Dec }>();
  for (const offer of offers) {
    const rate = rates.get(offer.currency);
    if (!suppliers.has(offer.supplierId) || !rate) continue;
    const base = dec(offer.unitPrice).times(rate);
    const current = best.get(offer.supplierId);
    if (!current || base.lt(current.base)) best.set(offer.supplierId, { offer, base });
  }
  const grades = await supplierGrades(ctx, [...best.keys()]);
  const cheapest = D.min(...[...best.values()].map((b) => b.base), new D('1e30'));
  const w = settings.rankingPriceWeight;
  const scored = [...best.entries()].map(([supplierId, { offer, base }]) => {
    const s = suppliers.get(supplierId)!;
    const g = grades.get(supplierId);
    const priceScore = base.lte(0) ? new D(100) : cheapest.div(base).times(100);
    const score = g?.score ? dec(g.score) : new D(UNSCORED);
    const combined = priceScore
      .times(w)
      .plus(score.times(100 - w))
      .div(100);
    const above = percentAbove(base, cheapest);
    const pricePart = above === '0.0' ? 'the lowest price' : `price ${above} % above the lowest`;
    const gradePart = g?.grade
      ? `grade ${g.grade} (score ${g.score})`
      : `no grade yet (fewer orders than the minimum; ranked as ${UNSCORED})`;
    return {
      supplier: { id: s.id, code: s.code, name: s.legalName, status: s.status },
      unitPrice: offer.unitPrice,
      currency: offer.currency,
      unitPriceBase: base.toDecimalPlaces(4).toFixed(4),
      leadTimeDays: offer.leadTimeDays,
      grade: g?.grade ?? null,
      score: g?.score ?? null,
      belowWarning: g?.belowWarning ?? false,
      priceScore: priceScore.toDecimalPlaces(1).toFixed(1),
      priceAboveLowestPercent: above,
      combinedScore: combined.toDecimalPlaces(1).toFixed(1),
      reason: `${pricePart}, ${gradePart}; price weighs ${w} %, the scorecard ${100 - w} %`,
    };
  });
  scored.sort(
    (a, b) =>
      dec(b.combinedScore).comparedTo(dec(a.combinedScore)) ||
      dec(a.unitPriceBase).comparedTo(dec(b.unitPriceBase)) ||
      a.supplier.name.localeCompare(b.supplier.name),
  );
  return {
    itemId: opts.itemId,
    quantity,
    date,
    baseCurrency,
    priceWeight: w,
    candidates: scored.map((c, i) => ({ ...c, rank: i + 1 })),
  };
}
