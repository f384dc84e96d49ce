import type { PaymentStatusReport, StatusReason } from '../../documents/pain002';
import {
  BANK_REASON_TEXTS,
  BANK_STATUS_OUTCOMES,
  type BankPaymentOutcome,
  type PaymentMethod,
  type PaymentStatus,
} from '../../domain/payments';
import type { FieldError } from '../shared/errors';

/**
 * What a bank's payment status report means for a run's payments: pure, so the import can plan
 * before it locks and again under the lock (docs/accounts-payable.md#bank-status-reports).
 *
 * Each `TxInfAndSts` names a payment by `OrgnlEndToEndId` (the payment's number, as the
 * credit-transfer file sent it); its status is its `TxSts`, else its block's `PmtInfSts`, else the
 * group's `GrpSts`, and its reasons likewise the nearest `StsRsnInf`. A status at group or block
 * level also speaks for the file's payments (the SEPA ones) that no transaction names: when the
 * report names no transaction at all, and always when it is RJCT (the whole file refused).
 */

export type ReportedPayment = {
  id: string;
  number: string;
  status: PaymentStatus;
  method: PaymentMethod;
};

/** What the import does to one payment. */
export type PaymentOutcome = {
  paymentId: string;
  number: string;
  /** The bank's status code (ACSC, RJCT …). */
  bankStatus: string;
  /** paid / rejected now; pending (still scheduled); unchanged (already as the report says, or a stale report). */
  outcome: 'paid' | 'rejected' | 'pending' | 'unchanged';
  /** For a rejection: the reason as it is kept (`AC04 closed account number: …`). */
  reason: string | null;
};

export type StatusReportPlan = {
  outcomes: PaymentOutcome[];
  /** 422: what the report says that cannot be applied (unknown end-to-end ids, statuses). */
  problems: FieldError[];
  /** The end-to-end ids the report names that are none of the run's payments. */
  unknownEndToEndIds: string[];
  /** 409: a payment the report reports otherwise than it already is (paid, now rejected). */
  conflicts: string[];
};

/** The reasons as a person reads them: `AC04 closed account number: Konto erloschen`. */
export function reasonText(reasons: StatusReason[]): string {
  const parts = reasons.map((r) => {
    const code = r.code ?? r.proprietary;
    const name = r.code ? BANK_REASON_TEXTS[r.code] : undefined;
    const head = [code, name].filter(Boolean).join(' ');
    const info = r.info.join(' ');
    return head && info ? `${head}: ${info}` : head || info;
  });
  const text = parts.filter((p) => p !== '').join('; ');
  return (text || 'the bank gave no reason').slice(0, 1000);
}

type Reported = { bankStatus: string; outcome: BankPaymentOutcome; reasons: StatusReason[]; path: string };

/** Plans the report against a run's payments; nothing is applied while problems or conflicts remain. */
export function planStatusReport(
  report: PaymentStatusReport,
  payments: ReportedPayment[],
  runNumber: string,
): StatusReportPlan {
  const problems: FieldError[] = [];
  const byNumber = new Map(payments.map((p) => [p.number, p]));
  const reported = new Map<string, Reported>();
  const unknown: string[] = [];
  const outcomeOf = (code: string, path: string): BankPaymentOutcome | null => {
    const outcome = BANK_STATUS_OUTCOMES[code];
    if (!outcome) {
      problems.push({
        path,
        message: `is ${code}, not a payment status OpenPO knows (${Object.keys(BANK_STATUS_OUTCOMES).join(', ')})`,
      });
      return null;
    }
    return outcome;
  };

  for (const block of report.paymentInformation) {
    for (const tx of block.transactions) {
      const payment = byNumber.get(tx.endToEndId.value);
      if (!payment) {
        unknown.push(tx.endToEndId.value);
        problems.push({
          path: tx.endToEndId.path,
          message: `is ${tx.endToEndId.value}: no payment of ${runNumber} has this end-to-end id`,
        });
        continue;
      }
      const status = tx.status ?? block.status ?? report.groupStatus;
      if (!status) {
        problems.push({
          path: `${tx.path}/TxSts`,
          message: 'is missing, and neither its payment information nor the group has a status',
        });
        continue;
      }
      const outcome = outcomeOf(status.value, status.path);
      if (!outcome) continue;
      const reasons =
        tx.reasons.length > 0 ? tx.reasons : block.reasons.length > 0 ? block.reasons : report.groupReasons;
      const before = reported.get(payment.number);
      if (before && before.outcome !== 'pending' && outcome !== 'pending' && before.outcome !== outcome) {
        problems.push({
          path: tx.path,
          message: `reports ${payment.number} as ${status.value}, but ${before.path} as ${before.bankStatus}`,
        });
        continue;
      }
      // A report may repeat a payment (its history): the final word counts, not a pending one.
      if (!before || before.outcome === 'pending') {
        reported.set(payment.number, { bankStatus: status.value, outcome, reasons, path: tx.path });
      }
    }
  }

  // The status of the file as a whole, for its payments no transaction names.
  const named = report.paymentInformation.some((b) => b.transactions.length > 0);
  const blockWide = report.paymentInformation.find((b) => b.transactions.length === 0 && b.status);
  const wide = blockWide?.status ?? report.groupStatus;
  if (wide) {
    const outcome = outcomeOf(wide.value, wide.path);
    const reasons = blockWide?.reasons.length ? blockWide.reasons : report.groupReasons;
    if (outcome && (!named || outcome === 'rejected')) {
      for (const p of payments) {
        if (p.method !== 'sepa_credit_transfer' || reported.has(p.number)) continue;
        reported.set(p.number, { bankStatus: wide.value, outcome, reasons, path: wide.path });
      }
    }
  }

  const conflicts: string[] = [];
  const outcomes: PaymentOutcome[] = [];
  for (const p of payments) {
    const r = reported.get(p.number);
    if (!r) continue;
    const reason = r.outcome === 'rejected' ? reasonText(r.reasons) : null;
    const base = { paymentId: p.id, number: p.number, bankStatus: r.bankStatus, reason };
    if (p.status === 'scheduled') {
      outcomes.push({ ...base, outcome: r.outcome });
    } else if (r.outcome === 'pending' || r.outcome === p.status) {
      outcomes.push({ ...base, outcome: 'unchanged' });
    } else {
      conflicts.push(
        `${p.number} is ${p.status}, but the report says ${r.bankStatus} (${r.outcome === 'paid' ? 'paid' : 'rejected'})`,
      );
    }
  }
  return { outcomes, problems, unknownEndToEndIds: unknown, conflicts };
}
