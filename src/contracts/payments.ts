import { z } from 'zod';
import {
  PAYMENT_METHODS,
  PAYMENT_RUN_LINE_STATUSES,
  PAYMENT_RUN_STATUSES,
  PAYMENT_STATUSES,
} from '../domain/payments';
import { CurrencyCode, commaSeparated, dateOut, decimalString, Id, IsoDate, text } from './common';

const Person = z.object({ id: Id, name: z.string() });

export const ProposePaymentRunRequest = z
  .object({
    paymentDate: IsoDate.optional().meta({
      description: 'The day the bank is to pay (default today; not in the past)',
    }),
    dueBy: IsoDate.optional().meta({
      description: 'Invoices due on or before this date (default the payment date)',
    }),
    nextRunDate: IsoDate.optional().meta({
      description:
        'When the next run is expected (default a week after the payment date): invoices whose discount expires before it are proposed now',
    }),
    currency: CurrencyCode.nullish().meta({ description: 'Only invoices in this currency' }),
    supplierId: Id.nullish().meta({ description: 'Only this supplier’s invoices' }),
    note: text(1000).nullish(),
  })
  .nullish();

export const RevisePaymentRunRequest = z.object({
  lines: z
    .array(
      z.object({
        lineNo: z.number().int().min(1),
        amount: decimalString({ scale: 4, min: 'positive' })
          .optional()
          .meta({ description: 'Pay this much of the invoice (a partial payment drops the discount)' }),
        remove: z.boolean().optional().meta({ description: 'Take the line out of the run' }),
      }),
    )
    .min(1, 'must name at least one line')
    .max(20_000, 'may name at most 20,000 lines'),
});

export const PaymentRunTransitionRequest = z
  .object({
    reason: text(1000).optional().meta({ description: 'Required to cancel a confirmed run' }),
  })
  .nullish();

const Totals = z.object({
  currency: z.string(),
  amount: z.string(),
  discountAmount: z.string(),
  invoices: z.number().int(),
  creditNotes: z.number().int(),
});

const CreditorAccount = z.object({
  accountName: z.string(),
  iban: z.string().nullable().meta({ description: 'Masked to its last four characters' }),
  bic: z.string().nullable(),
  accountNumber: z.string().nullable().meta({ description: 'Masked to its last four characters' }),
  bankName: z.string().nullable(),
});

export const Payment = z
  .object({
    id: Id,
    number: z
      .string()
      .meta({ description: 'The run’s number and the payment’s place: the end-to-end id the bank reports' }),
    status: z.enum(PAYMENT_STATUSES),
    method: z.enum(PAYMENT_METHODS),
    supplierId: Id,
    supplierName: z.string(),
    currency: z.string(),
    amount: z.string(),
    discountAmount: z.string(),
    amountBase: z.string().meta({ description: 'In base currency at the payment date’s rate' }),
    invoicedAmountBase: z.string().meta({ description: 'What the invoices were booked at in base currency' }),
    exchangeDifference: z
      .string()
      .meta({ description: 'amountBase − invoicedAmountBase (positive: paid more in base currency)' }),
    exchangeRate: z.string(),
    creditorAccount: CreditorAccount,
    remittance: z.string(),
    paidAt: dateOut.nullable(),
    rejectedReason: z.string().nullable(),
  })
  .meta({ id: 'Payment' });

const summaryShape = {
  id: Id,
  number: z.string(),
  status: z.enum(PAYMENT_RUN_STATUSES),
  paymentDate: IsoDate,
  dueBy: IsoDate,
  nextRunDate: IsoDate,
  currency: z.string().nullable(),
  supplierId: Id.nullable(),
  note: z.string().nullable(),
  debtorAccount: z
    .object({ accountName: z.string(), iban: z.string(), bic: z.string().nullable() })
    .nullable()
    .meta({ description: 'The account paid from (IBAN masked), once confirmed' }),
  totals: z.array(Totals),
  createdBy: Person.nullable(),
  confirmedBy: Person.nullable(),
  confirmedAt: dateOut.nullable(),
  paidAt: dateOut.nullable(),
  cancelledAt: dateOut.nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: dateOut,
  updatedAt: dateOut,
};

export const PaymentRunSummary = z.object(summaryShape).meta({ id: 'PaymentRunSummary' });

export const PaymentRun = z
  .object({
    ...summaryShape,
    suppliers: z.array(
      z.object({
        supplierId: Id,
        supplierCode: z.string(),
        supplierName: z.string(),
        currency: z.string(),
        amount: z.string(),
        discountAmount: z.string(),
        invoices: z.number().int(),
        creditNotes: z.number().int(),
        method: z.enum(PAYMENT_METHODS).nullable(),
        problems: z.array(z.string()).meta({ description: 'What stops confirming (no bank account …)' }),
        warnings: z.array(z.string()),
      }),
    ),
    lines: z.array(
      z.object({
        lineNo: z.number().int(),
        invoiceId: Id,
        invoiceNumber: z.string(),
        kind: z.enum(['invoice', 'credit_note']),
        supplierInvoiceNumber: z.string(),
        purchaseOrderNumber: z.string(),
        supplierId: Id,
        currency: z.string(),
        dueDate: IsoDate,
        discountDate: IsoDate.nullable(),
        reason: z.enum(['due', 'discount']),
        status: z.enum(PAYMENT_RUN_LINE_STATUSES),
        openAmount: z.string(),
        discountAmount: z.string(),
        amount: z
          .string()
          .meta({ description: 'Paid of the invoice; a credit note’s is negative (set off)' }),
        paymentId: Id.nullable(),
      }),
    ),
    payments: z.array(Payment),
  })
  .meta({ id: 'PaymentRun' });

const statusList = commaSeparated(PAYMENT_RUN_STATUSES);

export const PaymentRunListQuery = z.object({
  status: statusList.optional().meta({ description: 'One status or several, comma-separated' }),
});

export const InvoicePayment = z
  .object({
    paymentRunId: Id,
    paymentRunNumber: z.string(),
    paymentDate: IsoDate,
    status: z.enum(PAYMENT_RUN_LINE_STATUSES),
    amount: z
      .string()
      .meta({ description: 'What the run pays of the invoice (a credit note: negative, set off)' }),
    discountAmount: z.string(),
    paymentNumber: z.string().nullable(),
  })
  .meta({ id: 'InvoicePayment' });

export const PaymentListItem = Payment.extend({
  paymentRunId: Id,
  paymentRunNumber: z.string(),
  paymentDate: IsoDate.meta({ description: 'The day the run asked the bank to pay' }),
}).meta({ id: 'PaymentListItem' });

export const PaymentListQuery = z.object({
  supplierId: Id.optional(),
  status: commaSeparated(PAYMENT_STATUSES)
    .optional()
    .meta({ description: 'One status or several, comma-separated' }),
  currency: CurrencyCode.optional(),
  paymentDateFrom: IsoDate.optional().meta({ description: 'Payment date on or after this day' }),
  paymentDateTo: IsoDate.optional().meta({ description: 'Payment date on or before this day' }),
});

const PaymentOutcome = z.object({
  paymentId: Id,
  number: z.string().meta({ description: 'The payment’s number: the end-to-end id the report names' }),
  bankStatus: z.string().meta({ description: 'The status the bank reported: ACSC, ACSP, RJCT, PDNG …' }),
  outcome: z.enum(['paid', 'rejected', 'pending', 'unchanged']).meta({
    description:
      'paid or rejected by this import; pending: still scheduled; unchanged: already as reported (or a stale report)',
  }),
  reason: z
    .string()
    .nullable()
    .meta({ description: 'Why the bank rejected it (`AC04 closed account number: …`)' }),
});

export const PaymentStatusReportResult = z
  .object({
    run: PaymentRun,
    report: z.object({
      version: z.enum(['pain.002.001.10', 'pain.002.001.03']),
      messageId: z.string(),
      originalMessageId: z.string(),
    }),
    counts: z.object({
      paid: z.number().int(),
      rejected: z.number().int(),
      pending: z.number().int(),
      unchanged: z.number().int(),
    }),
    payments: z.array(PaymentOutcome),
  })
  .meta({ id: 'PaymentStatusReportResult' });
