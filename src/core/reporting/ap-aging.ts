import { AGING_BUCKETS, type AgingBucket } from '../../domain/invoicing';
import { payablesAging } from '../invoicing';
import { getCurrency, getSettings, minorUnitsOf } from '../organisation';
import type { Ctx } from '../shared/context';
import { D, type Dec, roundTo } from '../shared/money';
import { findSuppliersByIds } from '../suppliers';

/** Amounts per bucket of days past due, and their total. */
export type AgingAmounts = Record<AgingBucket, string> & { total: string };

export type AgingRow = {
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  currency: string;
  /** In the invoices' currency. */
  amounts: AgingAmounts;
  /** In base currency, at each invoice's own rate. */
  amountsBase: AgingAmounts;
  invoiceCount: number;
};

export type AgingReport = {
  asOf: string;
  baseCurrency: string;
  /** One row per supplier and currency, largest base total first. */
  rows: AgingRow[];
  /** Per currency. */
  totals: { currency: string; amounts: AgingAmounts }[];
  totalsBase: AgingAmounts;
};

function emptySums(): Record<AgingBucket | 'total', Dec> {
  return {
    current: new D(0),
    days1To30: new D(0),
    days31To60: new D(0),
    days61To90: new D(0),
    over90: new D(0),
    total: new D(0),
  };
}

function rounded(sums: Record<AgingBucket | 'total', Dec>, places: number): AgingAmounts {
  const out = {} as AgingAmounts;
  for (const k of [...AGING_BUCKETS, 'total'] as const) out[k] = roundTo(sums[k], places);
  return out;
}

/**
 * AP aging as of the end of a day: open payables per supplier and currency by days past due
 * (current, 1–30, 31–60, 61–90, over 90), with base-currency totals. docs/reports.md.
 */
export async function apAgingReport(
  ctx: Ctx,
  opts: { asOf: string; supplierId?: string },
): Promise<AgingReport> {
  const settings = await getSettings(ctx);
  const base = await getCurrency(ctx, { code: settings.baseCurrency });
  const cells = await payablesAging(ctx, opts);
  const rows = new Map<
    string,
    {
      supplierId: string;
      currency: string;
      sums: ReturnType<typeof emptySums>;
      base: ReturnType<typeof emptySums>;
      invoiceCount: number;
    }
  >();
  const byCurrency = new Map<string, ReturnType<typeof emptySums>>();
  const totalBase = emptySums();
  for (const c of cells) {
    const key = `${c.supplierId}|${c.currency}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        supplierId: c.supplierId,
        currency: c.currency,
        sums: emptySums(),
        base: emptySums(),
        invoiceCount: 0,
      };
      rows.set(key, row);
    }
    let cur = byCurrency.get(c.currency);
    if (!cur) {
      cur = emptySums();
      byCurrency.set(c.currency, cur);
    }
    for (const sums of [row.sums, cur]) {
      sums[c.bucket] = sums[c.bucket].plus(c.amount);
      sums.total = sums.total.plus(c.amount);
    }
    for (const sums of [row.base, totalBase]) {
      sums[c.bucket] = sums[c.bucket].plus(c.amountBase);
      sums.total = sums.total.plus(c.amountBase);
    }
    row.invoiceCount += c.invoiceCount;
  }
  const unitsOf = await minorUnitsOf(ctx, { codes: [...byCurrency.keys()] });
  const names = new Map(
    (await findSuppliersByIds(ctx, { ids: [...new Set(cells.map((c) => c.supplierId))] })).map((s) => [
      s.id,
      s,
    ]),
  );
  return {
    asOf: opts.asOf,
    baseCurrency: base.code,
    rows: [...rows.values()]
      .map((r) => ({
        supplierId: r.supplierId,
        supplierCode: names.get(r.supplierId)?.code ?? '',
        supplierName: names.get(r.supplierId)?.legalName ?? '',
        currency: r.currency,
        amounts: rounded(r.sums, unitsOf(r.currency)),
        amountsBase: rounded(r.base, base.minorUnits),
        invoiceCount: r.invoiceCount,
      }))
      .sort(
        (a, b) =>
          new D(b.amountsBase.total).comparedTo(a.amountsBase.total) ||
          a.supplierCode.localeCompare(b.supplierCode) ||
          a.currency.localeCompare(b.currency),
      ),
    totals: [...byCurrency]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sums]) => ({ currency, amounts: rounded(sums, unitsOf(currency)) })),
    totalsBase: rounded(totalBase, base.minorUnits),
  };
}
