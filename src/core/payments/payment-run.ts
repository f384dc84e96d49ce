import type { BankDetails, PaymentAccount, PaymentCreditorAccount } from '../../db/schema';
import { compactIban, ibanProblem } from '../../domain/bank-accounts';
import type {
  PaymentMethod,
  PaymentRunLineStatus,
  PaymentRunStatus,
  PaymentStatus,
} from '../../domain/payments';
import { sepaText } from '../../domain/payments';
import type { PayableInvoice } from '../invoicing';
import { D, normalize } from '../shared/money';
import { maskAccountNumber, type SupplierPaymentDetails } from '../suppliers';
import type { PaymentRow, PaymentRunLineRow, PaymentRunRow } from './repository';
import { groupPayments, paymentMethodFor } from './rules';

type Person = { id: string; name: string };

export type PaymentRunLine = {
  lineNo: number;
  invoiceId: string;
  invoiceNumber: string;
  kind: 'invoice' | 'credit_note';
  supplierInvoiceNumber: string;
  purchaseOrderNumber: string;
  supplierId: string;
  currency: string;
  dueDate: string;
  discountDate: string | null;
  reason: 'due' | 'discount';
  status: PaymentRunLineStatus;
  openAmount: string;
  discountAmount: string;
  amount: string;
  paymentId: string | null;
};

/** What a run pays one supplier in one currency: before confirmation a forecast, after it the payment. */
export type PaymentRunSupplier = {
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  currency: string;
  amount: string;
  discountAmount: string;
  invoices: number;
  creditNotes: number;
  method: PaymentMethod | null;
  /** Why it cannot be paid as it stands (no bank account …): confirming is refused until resolved. */
  problems: string[];
  /** What deserves a look but does not stop it (an invoice names another account than the supplier's). */
  warnings: string[];
};

export type Payment = {
  id: string;
  number: string;
  status: PaymentStatus;
  method: PaymentMethod;
  supplierId: string;
  supplierName: string;
  currency: string;
  amount: string;
  discountAmount: string;
  amountBase: string;
  invoicedAmountBase: string;
  /** Base currency paid − base currency the invoices were booked at (positive: a loss). */
  exchangeDifference: string;
  exchangeRate: string;
  creditorAccount: PaymentCreditorAccount;
  remittance: string;
  paidAt: Date | null;
  rejectedReason: string | null;
};

export type PaymentRun = {
  id: string;
  number: string;
  status: PaymentRunStatus;
  paymentDate: string;
  dueBy: string;
  nextRunDate: string;
  currency: string | null;
  supplierId: string | null;
  note: string | null;
  debtorAccount: PaymentAccount | null;
  totals: {
    currency: string;
    amount: string;
    discountAmount: string;
    invoices: number;
    creditNotes: number;
  }[];
  suppliers: PaymentRunSupplier[];
  lines: PaymentRunLine[];
  payments: Payment[];
  createdBy: Person | null;
  confirmedBy: Person | null;
  confirmedAt: Date | null;
  paidAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** A payment as the list of payments across runs shows it: with its run's number and payment date. */
export type PaymentListItem = Payment & {
  paymentRunId: string;
  paymentRunNumber: string;
  paymentDate: string;
};

/** A list entry: the run without its lines and payments. */
export type PaymentRunSummary = Omit<PaymentRun, 'lines' | 'payments' | 'suppliers'>;

function masked<T extends { iban: string | null; accountNumber?: string | null }>(account: T): T {
  return {
    ...account,
    iban: maskAccountNumber(account.iban),
    ...('accountNumber' in account ? { accountNumber: maskAccountNumber(account.accountNumber) } : {}),
  };
}

/**
 * The account a supplier is paid to: the bank details on the supplier (kept by purchasing, changes
 * audited) first; else the account its invoices name (the latest that names one).
 */
export function creditorAccountOf(
  supplier: Pick<SupplierPaymentDetails, 'legalName' | 'bankDetails'> | undefined,
  invoices: Pick<PayableInvoice, 'bankAccount' | 'issueDate'>[],
): PaymentCreditorAccount | null {
  const bank: BankDetails | null | undefined = supplier?.bankDetails;
  if (bank && (bank.iban || bank.accountNumber)) {
    return {
      accountName: bank.accountName || supplier!.legalName,
      iban: bank.iban ? compactIban(bank.iban) : null,
      bic: bank.bic ?? null,
      accountNumber: bank.accountNumber ?? null,
      bankName: bank.bankName ?? null,
    };
  }
  const named = [...invoices]
    .sort((a, b) => b.issueDate.localeCompare(a.issueDate))
    .find((i) => i.bankAccount && (i.bankAccount.iban || i.bankAccount.accountNumber));
  if (!named?.bankAccount) return null;
  return {
    accountName: named.bankAccount.accountName || supplier?.legalName || '',
    iban: named.bankAccount.iban ? compactIban(named.bankAccount.iban) : null,
    bic: named.bankAccount.bic,
    accountNumber: named.bankAccount.accountNumber,
    bankName: null,
  };
}

/** What a run pays one supplier in one currency, the account it pays to, and the lines behind it. */
export type SupplierGroup = {
  supplier: PaymentRunSupplier;
  account: PaymentCreditorAccount | null;
  lines: PaymentRunLine[];
};

/** Per supplier and currency: the amounts, the account, and what stops or deserves a look. */
export function supplierGroups(
  lines: PaymentRunLine[],
  invoices: Map<string, PayableInvoice>,
  suppliers: Map<string, SupplierPaymentDetails>,
): SupplierGroup[] {
  return groupPayments(lines).map((g) => {
    const supplier = suppliers.get(g.supplierId);
    const groupInvoices = g.lines
      .map((l) => invoices.get(l.invoiceId))
      .filter((i): i is PayableInvoice => !!i);
    const account = creditorAccountOf(supplier, groupInvoices);
    const method = account ? paymentMethodFor(g.currency, account.iban, g.amount) : null;
    const problems: string[] = [];
    const warnings: string[] = [];
    if (!D(g.amount).greaterThan(0)) {
      problems.push(
        `the credit notes (${normalize(D(g.amount).negated().toFixed())} ${g.currency} more than the invoices) leave nothing to pay: remove credit notes`,
      );
    }
    if (!account) {
      problems.push('no bank account to pay to: enter the supplier’s bank details (or the invoice’s)');
    } else {
      const ibanTrouble = account.iban ? ibanProblem(account.iban) : null;
      if (ibanTrouble)
        problems.push(`the IBAN to pay to ${ibanTrouble}: correct the supplier’s bank details`);
      if (method === 'sepa_credit_transfer' && !sepaText(account.accountName, 70)) {
        problems.push(
          'the account holder’s name has no letters a SEPA transfer can carry: enter it in Latin letters in the supplier’s bank details',
        );
      }
      if (g.currency === 'EUR' && method === 'bank_transfer') {
        warnings.push(
          'not a SEPA payment (no IBAN of a SEPA country, or above its limit): it is in the bank CSV',
        );
      }
      if (!supplier?.bankDetails?.iban && !supplier?.bankDetails?.accountNumber) {
        warnings.push(
          'the supplier’s record has no bank details: it is paid to the account its invoice names — check it with the supplier',
        );
      }
    }
    if (supplier?.status === 'blocked') problems.push('the supplier is blocked');
    if (account?.iban) {
      const other = groupInvoices.find(
        (i) => i.bankAccount?.iban && compactIban(i.bankAccount.iban) !== account.iban,
      );
      if (other) {
        warnings.push(
          `invoice ${other.supplierInvoiceNumber} names account ${maskAccountNumber(other.bankAccount!.iban)}, not the supplier’s ${maskAccountNumber(account.iban)}: it is paid to the supplier’s`,
        );
      }
    }
    return {
      supplier: {
        supplierId: g.supplierId,
        supplierCode: supplier?.code ?? '',
        supplierName: supplier?.legalName ?? '',
        currency: g.currency,
        amount: g.amount,
        discountAmount: g.discountAmount,
        invoices: g.lines.filter((l) => l.kind === 'invoice').length,
        creditNotes: g.lines.filter((l) => l.kind === 'credit_note').length,
        method,
        problems,
        warnings,
      },
      account,
      lines: g.lines,
    };
  });
}

export function toPaymentRunLine(
  row: PaymentRunLineRow,
  invoice: PayableInvoice | undefined,
): PaymentRunLine {
  return {
    lineNo: row.lineNo,
    invoiceId: row.invoiceId,
    invoiceNumber: invoice?.number ?? '',
    kind: invoice?.kind ?? 'invoice',
    supplierInvoiceNumber: invoice?.supplierInvoiceNumber ?? '',
    purchaseOrderNumber: invoice?.purchaseOrderNumber ?? '',
    supplierId: row.supplierId,
    currency: row.currency,
    dueDate: invoice?.dueDate ?? '',
    discountDate: invoice?.discountDate ?? null,
    reason: row.reason,
    status: row.status,
    openAmount: normalize(row.openAmount),
    discountAmount: normalize(row.discountAmount),
    amount: normalize(row.amount),
    paymentId: row.paymentId,
  };
}

export function toPayment(row: PaymentRow, supplierName: string): Payment {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    method: row.method,
    supplierId: row.supplierId,
    supplierName,
    currency: row.currency,
    amount: normalize(row.amount),
    discountAmount: normalize(row.discountAmount),
    amountBase: normalize(row.amountBase),
    invoicedAmountBase: normalize(row.invoicedAmountBase),
    exchangeDifference: normalize(D(row.amountBase).minus(row.invoicedAmountBase).toFixed()),
    exchangeRate: normalize(row.exchangeRate),
    creditorAccount: masked(row.creditorAccount),
    remittance: row.remittance,
    paidAt: row.paidAt,
    rejectedReason: row.rejectedReason,
  };
}

export function toPaymentRunSummary(
  row: PaymentRunRow,
  totals: PaymentRun['totals'],
  names: Map<string, string>,
): PaymentRunSummary {
  const person = (id: string | null): Person | null => (id ? { id, name: names.get(id) ?? '' } : null);
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    paymentDate: row.paymentDate,
    dueBy: row.dueBy,
    nextRunDate: row.nextRunDate,
    currency: row.currency,
    supplierId: row.supplierId,
    note: row.note,
    debtorAccount: row.debtorAccount
      ? { ...row.debtorAccount, iban: maskAccountNumber(row.debtorAccount.iban) }
      : null,
    totals,
    createdBy: person(row.createdBy),
    confirmedBy: person(row.confirmedBy),
    confirmedAt: row.confirmedAt,
    paidAt: row.paidAt,
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Totals per currency of a run's lines. */
export function totalsOf(lines: PaymentRunLine[]): PaymentRun['totals'] {
  const out = new Map<string, PaymentRun['totals'][number]>();
  for (const l of lines) {
    let t = out.get(l.currency);
    if (!t) {
      t = { currency: l.currency, amount: '0', discountAmount: '0', invoices: 0, creditNotes: 0 };
      out.set(l.currency, t);
    }
    t.amount = normalize(D(t.amount).plus(l.amount).toFixed());
    t.discountAmount = normalize(D(t.discountAmount).plus(l.discountAmount).toFixed());
    if (l.kind === 'invoice') t.invoices++;
    else t.creditNotes++;
  }
  return [...out.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
