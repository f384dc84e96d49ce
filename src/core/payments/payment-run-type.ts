import type { PaymentRunStatus } from '../../domain/payments';
import { can } from '../shared/actor';
import { AppError } from '../shared/errors';
import type { DocumentType } from '../shared/transition-document';
import type { PaymentRun } from './payment-run';
import { readPaymentRun } from './read-payment-runs';
import * as repo from './repository';

/**
 * What can happen to a payment run. `report`: the bank's status report settled some of a confirmed run's payments (paid or rejected)
 * while others still wait: the run stays confirmed. A report that settles the last one pays the
 * run (`pay`), or, when it rejected every one, cancels it (`cancel`).
 */
export const PAYMENT_RUN_TRANSITIONS = ['confirm', 'pay', 'cancel', 'report'] as const;
export type PaymentRunTransition = (typeof PAYMENT_RUN_TRANSITIONS)[number];

const FROM: Record<PaymentRunTransition, readonly PaymentRunStatus[]> = {
  confirm: ['draft'],
  pay: ['confirmed'],
  cancel: ['draft', 'confirmed'],
  report: ['confirmed'],
};

const TO: Record<PaymentRunTransition, PaymentRunStatus> = {
  confirm: 'confirmed',
  pay: 'paid',
  cancel: 'cancelled',
  report: 'confirmed',
};

const WORDS: Record<PaymentRunTransition, string> = {
  confirm: 'confirmed',
  pay: 'marked as paid',
  cancel: 'cancelled',
  report: 'given a bank status report',
};

/** Payment runs as the shared transition core sees them. */
export const paymentRunType: DocumentType<
  repo.PaymentRunRow,
  PaymentRunTransition,
  { status: PaymentRunStatus },
  repo.PaymentRunInsert,
  PaymentRun
> = {
  kind: 'payment_run',
  label: 'payment run',
  permissions: {
    confirm: 'payments:approve',
    pay: 'payments:approve',
    cancel: ['payments:write', 'payments:approve'],
    report: 'payments:approve',
  },
  async lock(ctx, { id, actor }) {
    if (!can(actor, 'payments:read')) return null;
    const row = await repo.lockRun(ctx.db, id);
    return row ? { row, facts: { status: row.status } } : null;
  },
  next(row, transition) {
    if (!FROM[transition].includes(row.status)) {
      throw AppError.conflict(`This payment run is ${row.status}: it cannot be ${WORDS[transition]} now.`, {
        currentStatus: row.status,
      });
    }
    return { status: TO[transition] };
  },
  // A confirmed run's file may be at the bank already: withdrawing it needs a reason.
  reasonRequired: (transition, facts) => transition === 'cancel' && facts.status === 'confirmed',
  async write(ctx, row, patch) {
    return repo.updateRun(ctx.db, row.id, row.version, patch);
  },
  read: (ctx, id) => readPaymentRun(ctx, id),
  eventFacts: (run) => ({
    number: run.number,
    paymentDate: run.paymentDate,
    totals: run.totals,
    payments: run.payments.map((p) => ({
      id: p.id,
      number: p.number,
      supplierId: p.supplierId,
      currency: p.currency,
      amount: p.amount,
      status: p.status,
    })),
  }),
};
