import type { AllowanceCharge, InvoiceBankAccount, InvoiceException, TaxSubtotal } from '../../db/schema';
import type {
  InvoiceKind,
  InvoiceLineMatchStatus,
  InvoiceSource,
  InvoiceStatus,
  MatchType,
  VarianceApprovalStatus,
} from '../../domain/invoicing';
import type { PaymentTerms } from '../../domain/payment-terms';
import { D, normalize } from '../shared/money';
import type { InvoiceLineRow, InvoiceRow, MatchRow } from './repository';

export type InvoiceLine = {
  lineNo: number;
  supplierLineId: string | null;
  orderLineNo: number | null;
  itemId: string | null;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  baseQuantity: string;
  allowancesCharges: AllowanceCharge[];
  netAmount: string;
  taxCategory: string;
  taxRate: string;
  /** The last match's view of the line (null before it was matched). */
  match: {
    status: InvoiceLineMatchStatus;
    matchType: MatchType | null;
    /** In the order line's unit, and the net price per that unit. */
    quantity: string | null;
    unitPrice: string | null;
    priceVariance: string | null;
    quantityVariance: string | null;
    explanation: string;
  } | null;
};

/** What an invoice line consumed of a receipt line (or of the order, or as an accepted variance). */
export type MatchEntry = {
  invoiceLineNo: number;
  orderLineNo: number;
  receiptId: string | null;
  receiptLineNo: number | null;
  variance: boolean;
  quantity: string;
  amount: string;
  recordedAt: Date;
};

/** A supplier invoice or credit note as the API hands it out. */
export type Invoice = {
  id: string;
  number: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  source: InvoiceSource;
  supplierId: string;
  supplierName: string;
  supplierInvoiceNumber: string;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  creditsInvoiceId: string | null;
  issueDate: string;
  taxPointDate: string | null;
  receivedOn: string;
  currency: string;
  exchangeRate: string;
  exchangeRateDate: string;
  allowancesCharges: AllowanceCharge[];
  taxSubtotals: TaxSubtotal[];
  lineExtensionAmount: string;
  allowanceTotal: string;
  chargeTotal: string;
  taxExclusiveAmount: string;
  taxAmount: string;
  taxInclusiveAmount: string;
  prepaidAmount: string;
  roundingAmount: string;
  payableAmount: string;
  payableAmountBase: string;
  paymentTerms: PaymentTerms;
  dueDate: string;
  discountDate: string | null;
  bankAccount: InvoiceBankAccount | null;
  note: string | null;
  exceptions: InvoiceException[];
  possibleDuplicateOfId: string | null;
  accepted: {
    exceptions: InvoiceException[];
    by: { id: string; name: string };
    at: Date;
    reason: string | null;
  } | null;
  /**
   * The last acceptance of its variances routed for approval (null when none was): `pending`
   * while approvers decide — the invoice cannot be paid meanwhile —, then approved, rejected (with
   * the reason) or withdrawn. Its route: GET /invoices/{id}/approval-route.
   */
  varianceApproval: {
    status: VarianceApprovalStatus;
    requestedBy: { id: string; name: string } | null;
    requestedAt: Date | null;
    reason: string | null;
    /** The variances' amount in base currency that routed it. */
    amountBase: string | null;
    decidedBy: { id: string; name: string } | null;
    decidedAt: Date | null;
    /** Why it was rejected. */
    note: string | null;
  } | null;
  creditNoteRequestedAt: Date | null;
  creditNoteRequestNote: string | null;
  matchedAt: Date | null;
  approvedAt: Date | null;
  approvedBy: { id: string; name: string } | null;
  heldFromStatus: InvoiceStatus | null;
  holdReason: string | null;
  rejectReason: string | null;
  cancelReason: string | null;
  paidAt: Date | null;
  /** Paid so far (a credit note: set off), the early-payment discount taken, and what is still open. */
  amountPaid: string;
  discountTaken: string;
  openAmount: string;
  createdBy: { id: string; name: string } | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  lines: InvoiceLine[];
  matches: MatchEntry[];
};

const n = (v: string | null): string | null => (v === null ? null : normalize(v));
const person = (id: string | null, names: Map<string, string>) =>
  id ? { id, name: names.get(id) ?? 'Unknown user' } : null;

export function toInvoiceLine(row: InvoiceLineRow): InvoiceLine {
  return {
    lineNo: row.lineNo,
    supplierLineId: row.supplierLineId,
    orderLineNo: row.orderLineNo,
    itemId: row.itemId,
    description: row.description,
    quantity: normalize(row.quantity),
    unitCode: row.unitCode,
    unitPrice: normalize(row.unitPrice),
    baseQuantity: normalize(row.baseQuantity),
    allowancesCharges: row.allowancesCharges,
    netAmount: row.netAmount,
    taxCategory: row.taxCategory,
    taxRate: normalize(row.taxRate),
    match: row.matchStatus
      ? {
          status: row.matchStatus,
          matchType: row.matchType,
          quantity: n(row.orderUnitQuantity),
          unitPrice: n(row.orderUnitPrice),
          priceVariance: n(row.priceVariance),
          quantityVariance: n(row.quantityVariance),
          explanation: row.matchExplanation ?? '',
        }
      : null,
  };
}

export function toInvoice(
  row: InvoiceRow,
  lines: InvoiceLineRow[],
  matches: MatchRow[],
  names: Map<string, string>,
  supplierNames: Map<string, string>,
): Invoice {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    source: row.source,
    supplierId: row.supplierId,
    supplierName: supplierNames.get(row.supplierId) ?? '',
    supplierInvoiceNumber: row.supplierInvoiceNumber,
    purchaseOrderId: row.purchaseOrderId,
    purchaseOrderNumber: row.purchaseOrderNumber,
    creditsInvoiceId: row.creditsInvoiceId,
    issueDate: row.issueDate,
    taxPointDate: row.taxPointDate,
    receivedOn: row.receivedOn,
    currency: row.currency,
    exchangeRate: normalize(row.exchangeRate),
    exchangeRateDate: row.exchangeRateDate,
    allowancesCharges: row.allowancesCharges,
    taxSubtotals: row.taxSubtotals,
    lineExtensionAmount: row.lineExtensionAmount,
    allowanceTotal: row.allowanceTotal,
    chargeTotal: row.chargeTotal,
    taxExclusiveAmount: row.taxExclusiveAmount,
    taxAmount: row.taxAmount,
    taxInclusiveAmount: row.taxInclusiveAmount,
    prepaidAmount: row.prepaidAmount,
    roundingAmount: row.roundingAmount,
    payableAmount: row.payableAmount,
    payableAmountBase: row.payableAmountBase,
    paymentTerms: {
      netDays: row.paymentTermsNetDays,
      basis: row.paymentTermsBasis,
      discountPercent: n(row.earlyPaymentDiscountPercent),
      discountDays: row.earlyPaymentDiscountDays,
    },
    dueDate: row.dueDate,
    discountDate: row.discountDate,
    bankAccount: row.bankAccount,
    note: row.note,
    exceptions: row.exceptions,
    possibleDuplicateOfId: row.possibleDuplicateOfId,
    accepted:
      row.acceptedBy && row.acceptedAt
        ? {
            exceptions: row.acceptedExceptions ?? [],
            by: person(row.acceptedBy, names)!,
            at: row.acceptedAt,
            reason: row.acceptReason,
          }
        : null,
    varianceApproval: row.varianceApprovalStatus
      ? {
          status: row.varianceApprovalStatus,
          requestedBy: person(row.varianceApprovalRequestedBy, names),
          requestedAt: row.varianceApprovalRequestedAt,
          reason: row.varianceApprovalReason,
          amountBase: n(row.varianceAmountBase),
          decidedBy: person(row.varianceApprovalDecidedBy, names),
          decidedAt: row.varianceApprovalDecidedAt,
          note: row.varianceApprovalNote,
        }
      : null,
    creditNoteRequestedAt: row.creditNoteRequestedAt,
    creditNoteRequestNote: row.creditNoteRequestNote,
    matchedAt: row.matchedAt,
    approvedAt: row.approvedAt,
    approvedBy: person(row.approvedBy, names),
    heldFromStatus: row.heldFromStatus,
    holdReason: row.holdReason,
    rejectReason: row.rejectReason,
    cancelReason: row.cancelReason,
    paidAt: row.paidAt,
    amountPaid: normalize(row.amountPaid),
    discountTaken: normalize(row.discountTaken),
    openAmount: normalize(
      D.max(D(row.payableAmount).minus(row.amountPaid).minus(row.discountTaken), 0).toFixed(),
    ),
    createdBy: person(row.createdBy, names),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lines: lines.map(toInvoiceLine),
    matches: matches.map((m) => ({
      invoiceLineNo: m.invoiceLineNo,
      orderLineNo: m.orderLineNo,
      receiptId: m.receiptId,
      receiptLineNo: m.receiptLineNo,
      variance: m.variance,
      quantity: normalize(m.quantity),
      amount: m.amount,
      recordedAt: m.recordedAt,
    })),
  };
}
