import type { RecordNamers } from '../shared/record-names';
import { codeAndName, namesFrom, uuidsOnly } from '../shared/record-names';
import * as repo from './repository';

/** How the audit trail names the organisation's records. */
export const recordNamers: RecordNamers = {
  department: async (ctx, ids) =>
    namesFrom(await repo.departmentNames(ctx.db, uuidsOnly(ids)), (r) => ({
      label: codeAndName(r.code, r.name),
    })),
  cost_centre: async (ctx, ids) =>
    namesFrom(await repo.costCentreNames(ctx.db, uuidsOnly(ids)), (r) => ({
      label: codeAndName(r.code, r.name),
    })),
  // "CC-2100 · 2026-12-01 (month)": the period type is a code the pages translate.
  budget: async (ctx, ids) =>
    namesFrom(await repo.budgetNames(ctx.db, uuidsOnly(ids)), (r) => ({
      label: `${r.code} · ${String(r.periodStart)} (${r.periodType})`,
      ...(r.currency ? { currency: r.currency } : {}),
    })),
  exchange_rate: async (ctx, ids) =>
    namesFrom(await repo.exchangeRateNames(ctx.db, uuidsOnly(ids)), (r) => ({
      label: `${r.currency}/${r.baseCurrency} · ${String(r.validOn)}`,
    })),
  // Currencies are kept by their code, which names them.
  currency: async (_ctx, codes) => new Map(codes.map((code) => [code, { label: code }])),
};
