import { addDays } from '../../domain/payment-terms';
import { DEFAULT_DAYS_TO_NEXT_RUN, MAX_PAYMENT_RUN_LINES } from '../../domain/payments';
import * as invoicing from '../invoicing';
import * as organisation from '../organisation';
import { type Actor, can } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import { recordDocumentEvent } from '../shared/transition-document';
import type { PaymentRun } from './payment-run';
import { paymentRunType } from './payment-run-type';
import { readPaymentRun } from './read-payment-runs';
import * as repo from './repository';
import { proposeLines } from './rules';

export type ProposePaymentRunInput = {
  /** The day the bank is to pay (default today; never in the past). */
  paymentDate?: string;
  /** Invoices due on or before this date (default the payment date). */
  dueBy?: string;
  /** When the next run is expected (default a week after the payment date): discounts lost before it are taken now. */
  nextRunDate?: string;
  currency?: string | null;
  supplierId?: string | null;
  note?: string | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Proposes a payment run (a draft, PAY-YYYY-NNNNN): every invoice approved for payment that is due
 * by `dueBy`, or whose early-payment discount would expire before the next run, in full less the
 * discount paying on `paymentDate` earns; with the credit notes of the same suppliers set off while
 * something is left to pay. Reserves nothing: confirming does. 422 when nothing is to be paid.
 */
export async function proposePaymentRun(
  ctx: Ctx,
  opts: { actor: Actor; input: ProposePaymentRunInput },
): Promise<PaymentRun> {
  if (!can(opts.actor, 'payments:write')) {
    throw AppError.forbidden('You cannot propose payment runs: your roles do not grant payments:write.');
  }
  const today = isoDate(ctx.clock.now());
  const input = opts.input;
  const errors = new FieldErrors();
  const paymentDate = input.paymentDate ?? today;
  for (const field of ['paymentDate', 'dueBy', 'nextRunDate'] as const) {
    const value = input[field];
    if (value !== undefined && !(ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)))) {
      errors.add(field, 'must be a date as YYYY-MM-DD');
    }
  }
  errors.throwIfAny();
  if (paymentDate < today) errors.add('paymentDate', `must be today (${today}) or later`);
  const dueBy = input.dueBy ?? paymentDate;
  const nextRunDate = input.nextRunDate ?? addDays(paymentDate, DEFAULT_DAYS_TO_NEXT_RUN);
  if (nextRunDate <= paymentDate) errors.add('nextRunDate', `must be after the payment date ${paymentDate}`);
  if (input.currency) {
    const active = await organisation.activeCurrencyCodes(ctx, { codes: [input.currency] });
    if (!active.has(input.currency)) errors.add('currency', `${input.currency} is not an active currency`);
  }
  errors.throwIfAny();

  const payables = await invoicing.listPayableInvoices(ctx, {
    dueBy,
    discountBefore: nextRunDate,
    currency: input.currency ?? null,
    supplierId: input.supplierId ?? null,
  });
  const minorUnitsOf = await organisation.minorUnitsOf(ctx, { codes: payables.map((p) => p.currency) });
  const proposed = proposeLines(
    payables.map((p) => ({ ...p, open: invoicing.openAmountOf(p) })),
    { paymentDate, dueBy, nextRunDate, minorUnitsOf },
  ).slice(0, MAX_PAYMENT_RUN_LINES);
  if (proposed.length === 0) {
    throw AppError.field(
      'dueBy',
      `no invoice approved for payment is due by ${dueBy} or loses its discount before ${nextRunDate}`,
    );
  }

  const number = await organisation.allocateDocumentNumber(ctx.db, {
    documentType: 'payment_run',
    date: today,
  });
  const id = newId(ctx.clock.now().getTime());
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    await repo.insertRun(
      tx.db,
      {
        id,
        number,
        status: 'draft',
        paymentDate,
        dueBy,
        nextRunDate,
        currency: input.currency ?? null,
        supplierId: input.supplierId ?? null,
        note: input.note?.trim() || null,
        createdBy: opts.actor.userId,
        createdAt: now,
        updatedAt: now,
      },
      proposed.map((line, i) => ({
        paymentRunId: id,
        lineNo: i + 1,
        invoiceId: line.invoiceId,
        supplierId: line.supplierId,
        currency: line.currency,
        status: 'proposed',
        openAmount: line.openAmount,
        amount: line.amount,
        discountAmount: line.discountAmount,
        reason: line.reason,
      })),
    );
    const run = await readPaymentRun(tx, id);
    await recordDocumentEvent(tx, paymentRunType, {
      what: 'created',
      id,
      doc: run,
      actor: opts.actor,
      status: 'draft',
      previousStatus: null,
      version: run.version,
    });
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'payment_run',
      entityId: id,
      action: 'create',
      changes: {
        status: { before: null, after: 'draft' },
        lines: { before: null, after: proposed.length },
        paymentDate: { before: null, after: paymentDate },
      },
    });
    return run;
  });
}
