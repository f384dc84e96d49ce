/**
 * The vocabulary of paying suppliers, declared once: the schema, the contracts (and so the web
 * app) and the core import it. Pure. docs/accounts-payable.md#payment-runs.
 */

/**
 * Where a payment run stands:
 * - `draft`: proposed; accounts payable removes lines or pays some invoices in part. Proposing
 *   reserves nothing: the same invoice may sit in two drafts.
 * - `confirmed`: one payment per supplier and currency; its invoices are `scheduled` (no other
 *   run can take them); the credit-transfer file and the remittance advices exist.
 * - `paid`: the bank executed every payment (marked by a person, or read from the bank's status
 *   report): the invoices are paid (or, paid in part, approved for the rest).
 * - `cancelled`: a draft dropped, or a confirmed run withdrawn before the bank paid it: its
 *   invoices are approved for payment again.
 */
export const PAYMENT_RUN_STATUSES = ['draft', 'confirmed', 'paid', 'cancelled'] as const;
export type PaymentRunStatus = (typeof PAYMENT_RUN_STATUSES)[number];

/**
 * Where one payment (one supplier, one currency, in one run) stands: `scheduled` once its run is
 * confirmed, `paid` when the bank executed it, `rejected` when the bank refused it (its invoices
 * are approved for payment again), `cancelled` with its run.
 */
export const PAYMENT_STATUSES = ['scheduled', 'paid', 'rejected', 'cancelled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** A run line follows its run, then its payment: `proposed` in a draft, then as its payment. */
export const PAYMENT_RUN_LINE_STATUSES = ['proposed', ...PAYMENT_STATUSES] as const;
export type PaymentRunLineStatus = (typeof PAYMENT_RUN_LINE_STATUSES)[number];

/** How a payment leaves: a SEPA credit transfer (pain.001, euros to an IBAN), or a bank file line. */
export const PAYMENT_METHODS = ['sepa_credit_transfer', 'bank_transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The most invoices one run may pay. */
export const MAX_PAYMENT_RUN_LINES = 20_000;

/** Days after a run's payment date the next run is expected, unless said: discounts expiring before it are taken now. */
export const DEFAULT_DAYS_TO_NEXT_RUN = 7;

/** The unstructured remittance text of a SEPA transfer holds at most this many characters. */
export const SEPA_REMITTANCE_LENGTH = 140;

/** Characters the SEPA rules allow in names and texts (the EPC's Latin character set). */
const SEPA_CHARACTERS = /[^A-Za-z0-9/\-?:().,'+ ]/g;

/**
 * Text as a SEPA file may carry it: accents dropped to their base letter, other characters outside
 * the EPC set replaced by a space, runs of spaces collapsed, cut to `max`.
 */
export function sepaText(text: string, max: number): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/&/g, '+')
    .replace(SEPA_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.slice(0, max).trim();
}

/**
 * What a bank's payment status report (ISO 20022 pain.002) says of a transfer, as OpenPO reads it
 * (docs/accounts-payable.md#bank-status-reports):
 * - `paid`: ACSC (settled on the debtor's account), ACSP (settlement in process: the bank executes
 *   it) and ACWC (accepted with a change, such as the execution date) — the money leaves;
 * - `rejected`: RJCT — the bank will not pay it;
 * - `pending`: everything short of execution — RCVD, ACTC (technically valid), ACCP (customer
 *   profile checked), ACFC, PATC, PDNG, and PART at group level — nothing changes yet, since an
 *   accepted payment may still be refused (a closed account is found at execution).
 */
export const BANK_PAYMENT_OUTCOMES = ['paid', 'rejected', 'pending'] as const;
export type BankPaymentOutcome = (typeof BANK_PAYMENT_OUTCOMES)[number];

export const BANK_STATUS_OUTCOMES: Readonly<Record<string, BankPaymentOutcome>> = {
  ACSC: 'paid',
  ACSP: 'paid',
  ACWC: 'paid',
  ACCC: 'paid',
  RJCT: 'rejected',
  RCVD: 'pending',
  ACTC: 'pending',
  ACCP: 'pending',
  ACFC: 'pending',
  ACWP: 'pending',
  PATC: 'pending',
  PDNG: 'pending',
  PART: 'pending',
};

/** The reasons banks give most for refusing a transfer (ISO 20022 ExternalStatusReason1Code). */
export const BANK_REASON_TEXTS: Readonly<Record<string, string>> = {
  AC01: 'incorrect account number',
  AC04: 'closed account number',
  AC06: 'blocked account',
  AC13: 'invalid debtor account type',
  AG01: 'transaction forbidden',
  AG02: 'invalid bank operation code',
  AM04: 'insufficient funds',
  AM05: 'duplication',
  AM09: 'wrong amount',
  BE04: 'missing creditor address',
  BE05: 'unrecognised initiating party',
  CNOR: 'creditor bank is not registered',
  CUST: 'requested by customer',
  DNOR: 'debtor bank is not registered',
  DT01: 'invalid date',
  DUPL: 'duplicate payment',
  FF01: 'invalid file format',
  FOCR: 'following cancellation request',
  MD07: 'end customer deceased',
  MS02: 'not specified reason customer generated',
  MS03: 'not specified reason agent generated',
  NARR: 'narrative',
  RC01: 'bank identifier incorrect',
  RR01: 'missing debtor account or identification',
  RR02: 'missing debtor name or address',
  RR03: 'missing creditor name or address',
  RR04: 'regulatory reason',
  TM01: 'cut-off time',
};
