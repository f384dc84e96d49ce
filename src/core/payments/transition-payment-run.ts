import { SEPA_REMITTANCE_LENGTH } from '../../domain/payments';
import * as invoicing from '../invoicing';
import * as organisation from '../organisation';
import { type Actor, can } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { convertAmount } from '../shared/document-totals';
import { AppError, constraintOf, FieldErrors } from '../shared/errors';
import { newId } from '../shared/ids';
import { D, roundTo } from '../shared/money';
import { transitionDocument } from '../shared/transition-document';
import * as suppliers from '../suppliers';
import { type PaymentRun, supplierGroups, toPaymentRunLine } from './payment-run';
import { paymentRunType } from './payment-run-type';
import * as repo from './repository';
import { remittanceText } from './rules';
import { payPayments } from './settle-payments';

export type PaymentRunTransitionInput = {
  actor: Actor;
  id: string;
  version: number;
  reason?: string | null;
};

/**
 * Confirms a draft run: its invoices are locked and must still be approved for payment with what
 * the run pays of them open (409 naming each that is not: another run scheduled it, it was held
 * …); every supplier needs an account to be paid to and the organisation one to pay from (422).
 * Then one payment per supplier and currency (credit notes set off, discounts taken), the invoices
 * `scheduled` — no other run can pay them — and the credit-transfer file and the suppliers'
 * remittance advices follow from it. Two clerks confirming runs with the same invoice at once: the
 * second waits for the first's locks and gets the 409.
 */
export async function confirmPaymentRun(ctx: Ctx, input: PaymentRunTransitionInput): Promise<PaymentRun> {
  return transitionDocument(ctx, paymentRunType, {
    ...input,
    transition: 'confirm',
    step: async (tx, run) => {
      const settings = await organisation.getSettings(tx);
      const debtor = settings.paymentAccount;
      if (!debtor) {
        throw AppError.field(
          'paymentAccount',
          'no account to pay from: an administrator sets it in Settings → Paying suppliers',
        );
      }
      throwIfPaymentDatePassed(run, isoDate(tx.clock.now()));
      const lineRows = await repo.linesOf(tx.db, run.id);
      if (lineRows.length === 0) throw AppError.field('lines', 'the run has no lines to pay');
      const locked = await invoicing.scheduleInvoicePayments(tx, {
        actor: input.actor,
        runNumber: run.number,
        parts: lineRows.map((l) => ({
          invoiceId: l.invoiceId,
          amount: l.amount,
          discount: l.discountAmount,
        })),
      });
      const invoices = new Map(locked.map((i) => [i.id, i]));
      const details = await suppliers.supplierPaymentDetails(tx, { ids: lineRows.map((l) => l.supplierId) });
      const lines = lineRows.map((l) => toPaymentRunLine(l, invoices.get(l.invoiceId)));
      const groups = supplierGroups(lines, invoices, details);
      const errors = new FieldErrors();
      for (const { supplier: s } of groups) {
        for (const problem of s.problems) errors.add(`suppliers.${s.supplierCode || s.supplierId}`, problem);
      }
      errors.throwIfAny();

      const baseMinor = (await organisation.getCurrency(tx, { code: settings.baseCurrency })).minorUnits;
      const rates = new Map<string, string>();
      const payments: repo.PaymentInsert[] = [];
      const assigned: { lineNo: number; paymentId: string }[] = [];
      const now = tx.clock.now();
      for (const [i, { supplier: g, account, lines: groupLines }] of groups.entries()) {
        let rate = rates.get(g.currency);
        if (!rate) {
          rate = (
            await organisation.rateOn(tx, {
              currency: g.currency,
              date: run.paymentDate,
              baseCurrency: settings.baseCurrency,
            })
          ).rate;
          rates.set(g.currency, rate);
        }
        // What the invoices were booked at in base currency, for the part this payment settles.
        let booked = D(0);
        for (const l of groupLines) {
          const inv = invoices.get(l.invoiceId)!;
          const bookedRate = D(inv.payableAmount).isZero()
            ? D(0)
            : D(inv.payableAmountBase).dividedBy(inv.payableAmount);
          booked = booked.plus(D(l.amount).times(bookedRate));
        }
        const id = newId(now.getTime());
        payments.push({
          id,
          paymentRunId: run.id,
          number: `${run.number}-${String(i + 1).padStart(3, '0')}`,
          status: 'scheduled',
          // Without problems, every group has an account and so a method.
          method: g.method!,
          supplierId: g.supplierId,
          currency: g.currency,
          amount: g.amount,
          discountAmount: g.discountAmount,
          amountBase: convertAmount(g.amount, rate, baseMinor),
          invoicedAmountBase: roundTo(booked, baseMinor),
          exchangeRate: rate,
          creditorAccount: account!,
          remittance: remittanceText(groupLines, SEPA_REMITTANCE_LENGTH),
          updatedAt: now,
        });
        for (const l of groupLines) assigned.push({ lineNo: l.lineNo, paymentId: id });
      }
      try {
        await repo.insertPayments(tx.db, run.id, payments, assigned);
      } catch (err) {
        // The index behind the locks: an invoice scheduled by another run in the meantime.
        if (constraintOf(err) !== 'payment_run_lines_scheduled_key') throw err;
        throw AppError.conflict(
          `Another payment run scheduled one of these invoices meanwhile: reload ${run.number}, remove it and confirm again.`,
        );
      }
      return {
        patch: { confirmedBy: input.actor.userId, confirmedAt: now, debtorAccount: debtor },
        changes: {
          payments: {
            before: null,
            after: payments.map((p) => `${p.number}: ${p.amount} ${p.currency}`),
          },
        },
      };
    },
  });
}

/**
 * A draft is discarded by whoever proposes runs (`payments:write`); a confirmed run, whose file may
 * be at the bank, only by someone who confirms them (`payments:approve`).
 */
function throwUnlessMayWithdraw(actor: Actor, run: repo.PaymentRunRow): void {
  if (run.status !== 'confirmed' || can(actor, 'payments:approve')) return;
  throw AppError.forbidden(
    `You cannot cancel ${run.number}: it is confirmed, and only someone who may confirm payment runs (payments:approve) may withdraw it.`,
  );
}

/**
 * A draft whose payment date has passed cannot be confirmed: the bank would be asked to pay in the
 * past, and the discounts it took may have expired since. Proposing again takes today's figures.
 */
function throwIfPaymentDatePassed(run: repo.PaymentRunRow, today: string): void {
  if (run.paymentDate >= today) return;
  throw AppError.field(
    'paymentDate',
    `was ${run.paymentDate}, before today (${today}): discard this draft and propose a new run`,
  );
}

/**
 * The bank executed a confirmed run's payments (the person who uploaded the file marks it, or the
 * bank's status report does): its scheduled payments are paid, and their invoices paid — or, paid
 * in part, approved for payment for the rest.
 */
export async function markPaymentRunPaid(ctx: Ctx, input: PaymentRunTransitionInput): Promise<PaymentRun> {
  return transitionDocument(ctx, paymentRunType, {
    ...input,
    transition: 'pay',
    step: async (tx, run) => {
      const now = tx.clock.now();
      await payPayments(tx, { actor: input.actor, run, paymentIds: 'all', at: now });
      return { patch: { paidAt: now } };
    },
  });
}

/**
 * Cancels a run: a draft is dropped; a confirmed run is withdrawn (a reason: its file must not be
 * sent to the bank) and its invoices are approved for payment again. A paid run cannot be.
 */
export async function cancelPaymentRun(ctx: Ctx, input: PaymentRunTransitionInput): Promise<PaymentRun> {
  return transitionDocument(ctx, paymentRunType, {
    ...input,
    transition: 'cancel',
    step: async (tx, run) => {
      throwUnlessMayWithdraw(input.actor, run);
      const now = tx.clock.now();
      if (run.status === 'confirmed') {
        const cancelled = await repo.setPaymentStatus(tx.db, {
          runId: run.id,
          paymentIds: 'all',
          from: 'scheduled',
          to: 'cancelled',
          at: now,
        });
        const ids = new Set(cancelled.map((p) => p.id));
        const lines = (await repo.linesOf(tx.db, run.id)).filter((l) => l.paymentId && ids.has(l.paymentId));
        await invoicing.unscheduleInvoicePayments(tx, {
          actor: input.actor,
          runNumber: run.number,
          invoiceIds: lines.map((l) => l.invoiceId),
          reason: input.reason?.trim() || `${run.number} was cancelled`,
        });
      } else {
        await repo.setLinesStatus(tx.db, run.id, 'cancelled');
      }
      return { patch: { cancelledAt: now, cancelReason: input.reason?.trim() || null } };
    },
  });
}
