import { z } from 'zod';
import { ApprovalDocumentType } from './approvals';
import { dateOut, Id, IsoDate, PageQuery } from './common';
import { PurchaseOrderStatus } from './purchase-orders';

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
    /** Months whose total (the home page's spend chart) differs from the sum of their supplier-months. */
    monthTotalMismatches: z.array(z.object({ month: IsoDate, total: SpendCell, cells: SpendCell })),
    /** Category-months whose spend (the home page's spend by category) differs from the orders' lines. */
    categoryMismatches: z.array(
      z.object({
        categoryId: Id.nullable(),
        month: IsoDate,
        summary: z.object({ amountBase: z.string(), lineCount: z.number().int() }),
        raw: z.object({ amountBase: z.string(), lineCount: z.number().int() }),
      }),
    ),
    /** Orders whose invoiced amount (budgets' actual spend) differs from their approved invoices. */
    invoicedMismatches: z.array(
      z.object({ purchaseOrderId: Id, recorded: z.string(), invoices: z.string() }),
    ),
  })
  .meta({ id: 'SpendSummaryReport' });
export type SpendSummaryReport = z.output<typeof SpendSummaryReport>;

// ── goods received not invoiced (GRNI) ──────────────────────────────────────

export const AsOfQuery = z.object({
  asOf: IsoDate.meta({ description: 'The day (UTC) at whose end the figures are taken, YYYY-MM-DD' }),
  supplierId: Id.optional(),
});
export type AsOfQuery = z.input<typeof AsOfQuery>;

export const OrderGrniQuery = z.object({
  asOf: IsoDate.optional().meta({
    description: 'The day (UTC) at whose end the figures are taken; today by default',
  }),
});

const CurrencyAmount = z.object({ currency: z.string(), amount: z.string() }).meta({ id: 'CurrencyAmount' });

const GrniOrderFields = {
  purchaseOrderId: Id,
  purchaseOrderNumber: z.string(),
  supplierId: Id,
  supplierCode: z.string(),
  supplierName: z.string(),
  currency: z.string(),
  amount: z
    .string()
    .meta({ description: "Accepted and not invoiced, at the lines' net prices, the order's currency" }),
  amountBase: z.string().meta({ description: "The same at the order's rate, base currency" }),
};

export const GrniLine = z
  .object({
    lineNo: z.number().int(),
    quantityAccepted: z.string(),
    quantityInvoiced: z.string(),
    quantityNotInvoiced: z.string(),
    unitPrice: z
      .string()
      .meta({ description: 'Net price per unit (net amount ÷ quantity), the order currency' }),
    amount: z.string(),
  })
  .meta({ id: 'GrniLine' });

export const OrderGrni = z
  .object({ asOf: IsoDate, baseCurrency: z.string(), ...GrniOrderFields, lines: z.array(GrniLine) })
  .meta({
    id: 'OrderGrni',
    description: "One order's goods received (accepted) and not invoiced, per line, as of the end of a day.",
  });
export type OrderGrni = z.output<typeof OrderGrni>;

export const GrniReport = z
  .object({
    asOf: IsoDate,
    baseCurrency: z.string(),
    orders: z.array(z.object(GrniOrderFields).meta({ id: 'GrniOrder' })),
    suppliers: z.array(
      z
        .object({
          supplierId: Id,
          supplierCode: z.string(),
          supplierName: z.string(),
          amountBase: z.string(),
          amounts: z.array(CurrencyAmount),
          orderCount: z.number().int(),
        })
        .meta({ id: 'GrniSupplier' }),
    ),
    totalBase: z.string(),
    totals: z.array(CurrencyAmount),
  })
  .meta({
    id: 'GrniReport',
    description:
      'Goods received not invoiced as of the end of a day: per order line what was accepted by then less what invoices had billed of it by then, at the line net price; per order and supplier, in order currency and base currency.',
  });
export type GrniReport = z.output<typeof GrniReport>;

// ── AP aging ────────────────────────────────────────────────────────────────

const AgingAmounts = z
  .object({
    current: z.string().meta({ description: 'Not yet due' }),
    days1To30: z.string(),
    days31To60: z.string(),
    days61To90: z.string(),
    over90: z.string(),
    total: z.string(),
  })
  .meta({ id: 'AgingAmounts' });

export const AgingReport = z
  .object({
    asOf: IsoDate,
    baseCurrency: z.string(),
    rows: z.array(
      z
        .object({
          supplierId: Id,
          supplierCode: z.string(),
          supplierName: z.string(),
          currency: z.string(),
          amounts: AgingAmounts,
          amountsBase: AgingAmounts,
          invoiceCount: z.number().int(),
        })
        .meta({ id: 'AgingRow' }),
    ),
    totals: z.array(z.object({ currency: z.string(), amounts: AgingAmounts })),
    totalsBase: AgingAmounts,
  })
  .meta({
    id: 'AgingReport',
    description:
      'Open payables as of the end of a day (invoices issued by then, submitted, not rejected, cancelled or paid by then; credit notes negative) by days past due, per supplier and currency, with base-currency totals.',
  });
export type AgingReport = z.output<typeof AgingReport>;

// ── home ────────────────────────────────────────────────────────────────────

export const CappedCount = z
  .object({
    count: z.number().int(),
    more: z.boolean().meta({ description: 'true: counting stopped at `count`; there may be more' }),
  })
  .meta({ id: 'CappedCount' });

export const Home = z
  .object({
    approvals: z
      .object({
        waiting: CappedCount,
        waitingLong: z.number().int().meta({ description: 'Of those, how many waited 3 days or more' }),
        oldestWaitingSince: dateOut.nullable(),
      })
      .nullable(),
    requisitions: z
      .object({ returnedToMe: CappedCount, drafts: CappedCount, inApproval: CappedCount })
      .nullable()
      .meta({ description: "The caller's own requisitions (requesters)" }),
    workbench: z.object({ linesToOrder: CappedCount }).nullable(),
    purchasing: z
      .object({
        returnedToMe: CappedCount,
        approvedToSend: CappedCount,
        lateDeliveries: CappedCount,
        dueThisWeek: CappedCount,
      })
      .nullable(),
    spendByMonth: z
      .object({ currency: z.string(), months: z.array(SpendMonth) })
      .nullable()
      .meta({ description: 'Committed spend in base currency, the last twelve months' }),
    spendByCategory: z
      .object({
        currency: z.string(),
        categories: z.array(
          z.object({
            categoryId: Id.nullable().meta({ description: 'null: free-text lines, which have no category' }),
            label: z
              .string()
              .nullable()
              .meta({ description: '"IT-HW · IT hardware"; null for free-text lines' }),
            amountBase: z.string(),
          }),
        ),
        other: z
          .string()
          .nullable()
          .meta({ description: 'The rest of the categories together; null when none' }),
      })
      .nullable()
      .meta({
        description:
          'Committed spend in base currency of the last twelve months by item category (the category its item had when the line was written), largest first: seven, then the rest together',
      }),
    ordersByState: z.array(z.object({ status: PurchaseOrderStatus, count: z.number().int() })).nullable(),
    approvalCycleTimes: z
      .array(
        z.object({
          documentType: ApprovalDocumentType,
          routes: z.number().int(),
          medianHours: z.number(),
          p90Hours: z.number(),
        }),
      )
      .nullable()
      .meta({ description: 'Submission to final approval, routes approved in the last 90 days' }),
  })
  .meta({
    id: 'Home',
    description:
      "The signed-in user's home page: what waits for them and the figures of their roles. A part their permissions do not cover is null; counts stop at 1,000.",
  });
export type Home = z.output<typeof Home>;

// ── early-payment discounts taken and missed ────────────────────────────────

export const DiscountReportQuery = z.object({
  from: IsoDate.meta({ description: 'First discount date of the period, YYYY-MM-DD' }),
  to: IsoDate.meta({ description: 'Last discount date of the period, YYYY-MM-DD' }),
});
export type DiscountReportQuery = z.input<typeof DiscountReportQuery>;

export const DiscountReport = z
  .object({
    from: IsoDate,
    to: IsoDate,
    baseCurrency: z.string(),
    rows: z.array(
      z.object({
        invoiceId: Id,
        invoiceNumber: z.string(),
        supplierId: Id,
        supplierCode: z.string(),
        supplierName: z.string(),
        supplierInvoiceNumber: z.string(),
        currency: z.string(),
        payableAmount: z.string(),
        discountPercent: z.string(),
        discountDate: IsoDate,
        available: z.string().meta({ description: 'What paying by the discount date earns' }),
        taken: z.string(),
        missed: z.string(),
        takenBase: z.string(),
        missedBase: z.string(),
        outcome: z.enum(['taken', 'missed', 'open']),
      }),
    ),
    totals: z.array(
      z.object({ currency: z.string(), available: z.string(), taken: z.string(), missed: z.string() }),
    ),
    takenBase: z.string(),
    missedBase: z.string(),
    counts: z.object({ taken: z.number().int(), missed: z.number().int(), open: z.number().int() }),
  })
  .meta({ id: 'DiscountReport' });
export type DiscountReport = z.output<typeof DiscountReport>;

// ── exchange differences ─────────────────────────────────────────────────────

export const ExchangeDifferencesQuery = z.object({
  from: IsoDate.meta({
    description: 'First day of the period (invoice issue dates, payment dates), YYYY-MM-DD',
  }),
  to: IsoDate.meta({ description: 'Last day of the period, YYYY-MM-DD' }),
});
export type ExchangeDifferencesQuery = z.input<typeof ExchangeDifferencesQuery>;

const ExchangeSupplier = { supplierId: Id, supplierCode: z.string(), supplierName: z.string() };

export const ExchangeDifferencesReport = z
  .object({
    from: IsoDate,
    to: IsoDate,
    baseCurrency: z.string(),
    invoices: z.array(
      z.object({
        invoiceId: Id,
        invoiceNumber: z.string(),
        kind: z.enum(['invoice', 'credit_note']),
        ...ExchangeSupplier,
        supplierInvoiceNumber: z.string(),
        purchaseOrderId: Id,
        purchaseOrderNumber: z.string(),
        issueDate: IsoDate,
        currency: z.string(),
        amount: z
          .string()
          .meta({ description: 'Payable amount in the invoice’s currency; a credit note’s negative' }),
        orderRate: z.string().meta({ description: 'Base currency per unit on the order’s rate date' }),
        orderRateDate: IsoDate,
        invoiceRate: z.string().meta({ description: 'Base currency per unit on the invoice’s rate date' }),
        invoiceRateDate: IsoDate,
        baseAtOrderRate: z.string(),
        baseAtInvoiceRate: z.string().meta({ description: 'As booked: what budgets count as actual' }),
        difference: z
          .string()
          .meta({ description: 'baseAtInvoiceRate − baseAtOrderRate: positive, it cost more than ordered' }),
      }),
    ),
    payments: z.array(
      z.object({
        paymentId: Id,
        paymentNumber: z.string(),
        paymentRunId: Id,
        paymentRunNumber: z.string(),
        paymentDate: IsoDate,
        status: z.enum(['scheduled', 'paid']),
        ...ExchangeSupplier,
        currency: z.string(),
        amount: z.string(),
        rate: z.string().meta({ description: 'Base currency per unit on the payment date' }),
        amountBase: z.string(),
        bookedBase: z
          .string()
          .meta({ description: 'What the invoices it pays were booked at in base currency' }),
        difference: z
          .string()
          .meta({ description: 'amountBase − bookedBase: positive, paying cost more than was booked' }),
      }),
    ),
    totals: z.array(
      z.object({ currency: z.string(), invoiceDifference: z.string(), paymentDifference: z.string() }),
    ),
    invoiceDifference: z.string(),
    paymentDifference: z.string(),
  })
  .meta({ id: 'ExchangeDifferencesReport' });
export type ExchangeDifferencesReport = z.output<typeof ExchangeDifferencesReport>;
