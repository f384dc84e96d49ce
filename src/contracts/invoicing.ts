import { z } from 'zod';
import {
  INVOICE_EXCEPTION_KINDS,
  INVOICE_KINDS,
  INVOICE_LINE_MATCH_STATUSES,
  INVOICE_SOURCES,
  INVOICE_STATUSES,
  INVOICE_TAX_CATEGORIES,
  MATCH_TYPES,
  MAX_INVOICE_LINES,
  VARIANCE_APPROVAL_STATUSES,
} from '../domain/invoicing';
import { MAX_PAYMENT_TERMS_DAYS, PAYMENT_TERMS_BASES } from '../domain/payment-terms';
import {
  bounded,
  CurrencyCode,
  commaSeparated,
  dateOut,
  decimalString,
  Id,
  ImportResult,
  IsoDate,
  text,
} from './common';

export { INVOICE_EXCEPTION_KINDS, INVOICE_KINDS, INVOICE_STATUSES };

const Amount = bounded(decimalString({ scale: 4 }), 16);
const NonNegativeAmount = bounded(decimalString({ scale: 4, min: 'non-negative' }), 16);
const Quantity = bounded(decimalString({ scale: 6 }), 12);
const TaxRate = decimalString({ scale: 4, min: 'non-negative', max: 100 });
const TaxCategory = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(INVOICE_TAX_CATEGORIES, { message: `must be one of ${INVOICE_TAX_CATEGORIES.join(', ')}` }));

export const PaymentTerms = z
  .object({
    netDays: z.number().int().min(0).max(MAX_PAYMENT_TERMS_DAYS),
    basis: z.enum(PAYMENT_TERMS_BASES).meta({
      description:
        'What the days count from: invoice_date, end_of_month (of the invoice), receipt_date (of the goods)',
    }),
    discountPercent: decimalString({ scale: 2, min: 'positive', max: 100 }).nullable(),
    discountDays: z.number().int().min(0).max(MAX_PAYMENT_TERMS_DAYS).nullable(),
  })
  .meta({ id: 'PaymentTerms' });

export const AllowanceCharge = z
  .object({
    charge: z
      .boolean()
      .meta({ description: 'true: a charge (money on, e.g. freight); false: an allowance (money off)' }),
    amount: NonNegativeAmount,
    reason: text(200).nullable().optional(),
    reasonCode: text(10).nullable().optional(),
    taxCategory: TaxCategory.nullable()
      .optional()
      .meta({ description: 'Header allowances and charges: S when left out' }),
    taxRate: TaxRate.nullable()
      .optional()
      .meta({ description: 'Header allowances and charges: the first line’s rate when left out' }),
  })
  .meta({ id: 'AllowanceCharge' });

/** An allowance or charge as an invoice keeps it. */
export const AllowanceChargeOut = z
  .object({
    charge: z.boolean(),
    amount: z.string(),
    reason: z.string().nullable(),
    reasonCode: z.string().nullable(),
    taxCategory: z.string().nullable().optional(),
    taxRate: z.string().nullable().optional(),
  })
  .meta({ id: 'InvoiceAllowanceCharge' });

export const BankAccount = z
  .object({
    accountName: text(140).nullable().optional(),
    iban: text(42)
      .nullable()
      .optional()
      .meta({ description: 'Checked: its country’s length and check digits' }),
    bic: text(11).nullable().optional().meta({ description: 'Checked: 8 or 11 characters' }),
    accountNumber: text(40).nullable().optional().meta({ description: 'Where there is no IBAN' }),
  })
  .meta({ id: 'BankAccount' });

export const CreateInvoiceRequest = z.object({
  kind: z.enum(INVOICE_KINDS).nullable().optional().meta({ description: 'invoice (default) or credit_note' }),
  purchaseOrderId: Id,
  supplierInvoiceNumber: text(100).min(1, 'is required'),
  issueDate: IsoDate,
  taxPointDate: IsoDate.nullable().optional(),
  receivedOn: IsoDate.nullable()
    .optional()
    .meta({ description: 'When accounts payable received it; today when left out' }),
  currency: CurrencyCode.nullable().optional().meta({ description: 'Must be the order’s (the default)' }),
  lines: z
    .array(
      z.object({
        orderLineNo: z
          .number()
          .int()
          .min(1)
          .nullable()
          .optional()
          .meta({ description: 'The order line billed; left out: not on the order (an exception)' }),
        supplierLineId: text(50).nullable().optional(),
        description: text(500).nullable().optional().meta({ description: 'Default: the order line’s' }),
        quantity: Quantity.meta({
          description: 'In an invoice negative gives back; in a credit note, what it credits (positive)',
        }),
        unitCode: text(20)
          .nullable()
          .optional()
          .meta({ description: 'Default: the order line’s; another must convert' }),
        unitPrice: bounded(decimalString({ scale: 6, min: 'non-negative' }), 14).meta({
          description: 'Net price per baseQuantity units',
        }),
        baseQuantity: bounded(decimalString({ scale: 6, min: 'positive' }), 12)
          .nullable()
          .optional(),
        allowancesCharges: z.array(AllowanceCharge).max(20).nullable().optional(),
        taxCategory: TaxCategory.nullable().optional(),
        taxRate: TaxRate.nullable().optional(),
        netAmount: Amount.nullable()
          .optional()
          .meta({ description: 'What the supplier states the line comes to: checked to the cent' }),
      }),
    )
    .min(1, 'must have at least one line')
    .max(MAX_INVOICE_LINES),
  allowancesCharges: z.array(AllowanceCharge).max(50).nullable().optional(),
  prepaidAmount: Amount.nullable().optional(),
  roundingAmount: Amount.nullable().optional(),
  totals: z
    .object({
      lineExtensionAmount: Amount.nullable().optional(),
      allowanceTotal: Amount.nullable().optional(),
      chargeTotal: Amount.nullable().optional(),
      taxExclusiveAmount: Amount.nullable().optional(),
      taxAmount: Amount.nullable().optional(),
      taxInclusiveAmount: Amount.nullable().optional(),
      payableAmount: Amount.nullable().optional(),
      taxSubtotals: z
        .array(
          z.object({ taxCategory: TaxCategory, taxRate: TaxRate, taxableAmount: Amount, taxAmount: Amount }),
        )
        .max(50)
        .nullable()
        .optional(),
    })
    .nullable()
    .optional()
    .meta({
      description:
        'The totals as the supplier states them: each given is checked against the lines, to the cent',
    }),
  paymentTerms: PaymentTerms.nullable().optional().meta({ description: 'Default: the order’s terms' }),
  bankAccount: BankAccount.nullable().optional(),
  note: text(2000).nullable().optional(),
  creditsInvoiceId: Id.nullable().optional(),
  submit: z
    .boolean()
    .nullable()
    .optional()
    .meta({ description: 'Match at once (default); false keeps a draft' }),
});
export type CreateInvoiceRequest = z.input<typeof CreateInvoiceRequest>;

export const UpdateInvoiceRequest = CreateInvoiceRequest.omit({
  kind: true,
  purchaseOrderId: true,
  submit: true,
})
  .partial()
  .meta({
    description:
      'The fields given replace the draft’s (null clears an optional one); `lines`, when given, is the complete new set. `totals` given is checked as at creation; left out, the stated figures are kept unless the amounts change.',
  });
export type UpdateInvoiceRequest = z.input<typeof UpdateInvoiceRequest>;

export const InvoiceableLine = z
  .object({
    lineNo: z.number().int(),
    itemId: Id.nullable(),
    description: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    matchType: z.enum(MATCH_TYPES),
    quantityOrdered: z.string().meta({ description: 'Ordered, less what was short-closed' }),
    quantityAccepted: z.string(),
    quantityBilled: z.string().meta({ description: 'What matched invoices consumed (credit notes netted)' }),
    quantityAvailable: z.string().meta({
      description: 'Accepted (three-way) or ordered (two-way), less what was billed; never below 0',
    }),
    quantityPending: z.string().meta({
      description: 'On the order’s invoices not consumed yet: drafts, awaiting goods, exceptions, held',
    }),
    quantityToInvoice: z
      .string()
      .meta({ description: 'What an invoice entered now would bill: available less pending, never below 0' }),
    netUnitPrice: z.string().meta({ description: 'The order’s price per unit after its discount' }),
    taxCategory: z.string(),
    taxRate: z.string(),
  })
  .meta({ id: 'InvoiceableLine' });

export const InvoiceableOrder = z
  .object({
    purchaseOrderId: Id,
    purchaseOrderNumber: z.string(),
    status: z.string(),
    invoiceable: z
      .boolean()
      .meta({ description: 'Whether an invoice may be entered against it now (sent, not cancelled)' }),
    supplierId: Id,
    currency: z.string(),
    minorUnits: z.number().int().meta({ description: 'The currency’s decimals: amounts round to them' }),
    lines: z.array(InvoiceableLine),
  })
  .meta({ id: 'InvoiceableOrder' });
export type InvoiceableOrder = z.output<typeof InvoiceableOrder>;

const Person = z.object({ id: Id, name: z.string() });

export const InvoiceException = z
  .object({
    kind: z.enum(INVOICE_EXCEPTION_KINDS),
    lineNo: z.number().int().nullable(),
    message: z.string(),
    amount: z.string().optional().meta({
      description:
        'What accepting it would pay beyond the order, in the invoice’s currency: price variance × quantity, quantity variance × price, a line not on the order or a charge in full, the tax difference, the whole payable amount of a possible duplicate. Absent on exceptions recorded before it was kept.',
    }),
  })
  .meta({ id: 'InvoiceException' });

export const InvoiceLine = z
  .object({
    lineNo: z.number().int(),
    supplierLineId: z.string().nullable(),
    orderLineNo: z.number().int().nullable(),
    itemId: Id.nullable(),
    description: z.string(),
    quantity: z.string(),
    unitCode: z.string(),
    unitPrice: z.string(),
    baseQuantity: z.string(),
    allowancesCharges: z.array(AllowanceChargeOut),
    netAmount: z.string(),
    taxCategory: z.string(),
    taxRate: z.string(),
    match: z
      .object({
        status: z.enum(INVOICE_LINE_MATCH_STATUSES),
        matchType: z.enum(MATCH_TYPES).nullable(),
        quantity: z.string().nullable().meta({ description: 'In the order line’s unit' }),
        unitPrice: z.string().nullable().meta({ description: 'Net, per the order line’s unit' }),
        priceVariance: z.string().nullable(),
        quantityVariance: z.string().nullable(),
        explanation: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'InvoiceLine' });

export const MatchEntry = z
  .object({
    invoiceLineNo: z.number().int(),
    orderLineNo: z.number().int(),
    receiptId: Id.nullable(),
    receiptLineNo: z.number().int().nullable(),
    variance: z.boolean(),
    quantity: z.string(),
    amount: z.string(),
    recordedAt: dateOut,
  })
  .meta({ id: 'MatchEntry' });

export const Invoice = z
  .object({
    id: Id,
    number: z.string(),
    kind: z.enum(INVOICE_KINDS),
    status: z.enum(INVOICE_STATUSES),
    source: z.enum(INVOICE_SOURCES),
    supplierId: Id,
    supplierName: z.string(),
    supplierInvoiceNumber: z.string(),
    purchaseOrderId: Id,
    purchaseOrderNumber: z.string(),
    creditsInvoiceId: Id.nullable(),
    issueDate: IsoDate,
    taxPointDate: IsoDate.nullable(),
    receivedOn: IsoDate,
    currency: z.string(),
    exchangeRate: z.string(),
    exchangeRateDate: IsoDate,
    allowancesCharges: z.array(AllowanceChargeOut),
    taxSubtotals: z.array(
      z.object({
        taxCategory: z.string(),
        taxRate: z.string(),
        taxableAmount: z.string(),
        taxAmount: z.string(),
        exemptionReason: z.string().nullable(),
      }),
    ),
    lineExtensionAmount: z.string(),
    allowanceTotal: z.string(),
    chargeTotal: z.string(),
    taxExclusiveAmount: z.string(),
    taxAmount: z.string(),
    taxInclusiveAmount: z.string(),
    prepaidAmount: z.string(),
    roundingAmount: z.string(),
    payableAmount: z.string(),
    payableAmountBase: z.string(),
    paymentTerms: PaymentTerms,
    dueDate: IsoDate,
    discountDate: IsoDate.nullable(),
    bankAccount: z
      .object({
        accountName: z.string().nullable(),
        iban: z.string().nullable(),
        bic: z.string().nullable(),
        accountNumber: z.string().nullable(),
      })
      .nullable(),
    note: z.string().nullable(),
    exceptions: z.array(InvoiceException),
    possibleDuplicateOfId: Id.nullable(),
    accepted: z
      .object({
        exceptions: z.array(InvoiceException),
        by: Person,
        at: dateOut,
        reason: z.string().nullable(),
      })
      .nullable(),
    varianceApproval: z
      .object({
        status: z.enum(VARIANCE_APPROVAL_STATUSES),
        requestedBy: Person.nullable(),
        requestedAt: dateOut.nullable(),
        reason: z.string().nullable(),
        amountBase: z.string().nullable().meta({ description: 'The variances’ amount in base currency' }),
        decidedBy: Person.nullable(),
        decidedAt: dateOut.nullable(),
        note: z.string().nullable().meta({ description: 'Why it was rejected' }),
      })
      .nullable()
      .meta({
        description:
          'The last acceptance of its variances the approval policy routed: pending while approvers decide (the invoice cannot be paid meanwhile), then approved, rejected or withdrawn. Its route: GET /invoices/{id}/approval-route.',
      }),
    creditNoteRequestedAt: dateOut.nullable(),
    creditNoteRequestNote: z.string().nullable(),
    matchedAt: dateOut.nullable(),
    approvedAt: dateOut.nullable(),
    approvedBy: Person.nullable(),
    heldFromStatus: z.enum(INVOICE_STATUSES).nullable(),
    holdReason: z.string().nullable(),
    rejectReason: z.string().nullable(),
    cancelReason: z.string().nullable(),
    paidAt: dateOut.nullable(),
    amountPaid: z
      .string()
      .meta({ description: 'Paid so far by payment runs (a credit note: set off against invoices)' }),
    discountTaken: z.string().meta({ description: 'Early-payment discount taken' }),
    openAmount: z.string().meta({ description: 'Still to be paid: payable − paid − discount taken' }),
    createdBy: Person.nullable(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
    lines: z.array(InvoiceLine),
    matches: z.array(MatchEntry),
  })
  .meta({ id: 'Invoice' });
export type Invoice = z.output<typeof Invoice>;

const statusList = commaSeparated(INVOICE_STATUSES);

export const InvoiceListQuery = z.object({
  q: text(100)
    .optional()
    .meta({ description: 'Part of our number (INV-…) or of the supplier’s invoice number' }),
  status: statusList.optional().meta({ description: 'One status or several, comma-separated' }),
  supplierId: Id.optional(),
  purchaseOrderId: Id.optional(),
  dueBefore: IsoDate.optional().meta({ description: 'Due on or before this date' }),
});

export const InvoiceTransitionRequest = z
  .object({
    reason: text(1000).optional().meta({
      description:
        'Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance',
    }),
  })
  .nullish();

export const InvoiceCsvImportResult = z
  .object({
    created: z.number().int(),
    invoices: z.array(
      z.object({
        id: Id,
        number: z.string(),
        status: z.enum(INVOICE_STATUSES),
        supplierInvoiceNumber: z.string(),
        purchaseOrderNumber: z.string(),
        payableAmount: z.string(),
        currency: z.string(),
        lines: z
          .array(z.number().int())
          .meta({ description: 'The file lines it came from (the header is 1)' }),
      }),
    ),
    file: ImportResult.shape.file,
  })
  .meta({ id: 'InvoiceCsvImportResult' });
export type InvoiceCsvImportResult = z.output<typeof InvoiceCsvImportResult>;
