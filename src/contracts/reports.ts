import { z } from 'zod';
import { Id, IsoDate, PageQuery } from './common';

export const SpendReportQuery = PageQuery.extend({
  year: z.coerce
    .number({ message: 'must be a year, e.g. 2026' })
    .int('must be a whole year, e.g. 2026')
    .min(1900, 'must be a year from 1900 to 2999')
    .max(2999, 'must be a year from 1900 to 2999'),
  supplierId: Id.optional(),
});
export type SpendReportQuery = z.input<typeof SpendReportQuery>;

export const SpendMonth = z
  .object({
    /** First day of the month. */
    month: IsoDate,
    amountBase: z.string(),
    orderCount: z.number().int(),
  })
  .meta({ id: 'SpendMonth' });

export const SupplierSpend = z
  .object({
    supplierId: Id,
    supplierCode: z.string(),
    supplierName: z.string(),
    months: z.array(SpendMonth),
    totalBase: z.string(),
    orderCount: z.number().int(),
  })
  .meta({ id: 'SupplierSpend' });
export type SupplierSpend = z.output<typeof SupplierSpend>;

export const SpendReport = z
  .object({
    year: z.number().int(),
    from: IsoDate,
    to: IsoDate,
    currency: z.string(),
    months: z.array(IsoDate),
    items: z.array(SupplierSpend),
    nextCursor: z.string().nullable(),
  })
  .meta({
    id: 'SpendReport',
    description:
      'Committed spend in base currency by supplier and month of the order date for one fiscal year (a calendar year when the fiscal year starts in January).',
  });
export type SpendReport = z.output<typeof SpendReport>;

const SpendCell = z.object({ amountBase: z.string(), orderCount: z.number().int() });

export const SpendSummaryReport = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    mismatched: z.number().int(),
    mismatches: z.array(z.object({ supplierId: Id, month: IsoDate, summary: SpendCell, raw: SpendCell })),
  })
  .meta({ id: 'SpendSummaryReport' });
export type SpendSummaryReport = z.output<typeof SpendSummaryReport>;
