import * as invoicing from '../invoicing';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { type EventInput, recordEvents } from '../shared/events';
import { normalize } from '../shared/money';
import * as repo from './repository';

/**
 * What happens to one payment when the bank executed it or refused it, whoever says so (a person
 * marking the run paid, or the bank's status report): the payment, its run lines, its invoices,
 * and a `payment.paid` / `payment.rejected` event each. In the caller's transaction, the run locked.
 */

/** What the bank said, when it was its status report. */
export type BankWord = { reportMessageId: string; bankStatus: Map<string, string> };

/**
 * Scheduled payments to paid (`all`, or those named), and what their lines paid of their invoices:
 * paid, or paid in part and approved for payment for the rest. The payments moved.
 */
export async function payPayments(
  tx: Ctx,
  opts: {
    actor: Actor;
    run: repo.PaymentRunRow;
    paymentIds: string[] | 'all';
    at: Date;
    bank?: BankWord;
  },
): Promise<repo.PaymentRow[]> {
  if (opts.paymentIds !== 'all' && opts.paymentIds.length === 0) return [];
  const paid = await repo.setPaymentStatus(tx.db, {
    runId: opts.run.id,
    paymentIds: opts.paymentIds,
    from: 'scheduled',
    to: 'paid',
    at: opts.at,
  });
  const ids = new Set(paid.map((p) => p.id));
  const lines = (await repo.linesOf(tx.db, opts.run.id)).filter((l) => l.paymentId && ids.has(l.paymentId));
  await invoicing.settleInvoicePayments(tx, {
    actor: opts.actor,
    runNumber: opts.run.number,
    parts: lines.map((l) => ({ invoiceId: l.invoiceId, amount: l.amount, discount: l.discountAmount })),
    paidAt: opts.at,
  });
  await recordEvents(
    tx.db,
    tx.clock,
    paid.map((p) => paymentEvent('paid', p, opts)),
  );
  return paid;
}

/**
 * Scheduled payments the bank refused to rejected, each with its reason, and their invoices
 * approved for payment again (the money never left: the next run proposes them). The payments moved.
 */
export async function rejectPayments(
  tx: Ctx,
  opts: {
    actor: Actor;
    run: repo.PaymentRunRow;
    rejections: { paymentId: string; reason: string }[];
    at: Date;
    bank: BankWord;
  },
): Promise<repo.PaymentRow[]> {
  // One statement per distinct reason, not per payment: a refused file gives them all the same.
  const byReason = new Map<string, string[]>();
  for (const r of opts.rejections) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r.paymentId]);
  const rejected: repo.PaymentRow[] = [];
  for (const [reason, paymentIds] of byReason) {
    rejected.push(
      ...(await repo.setPaymentStatus(tx.db, {
        runId: opts.run.id,
        paymentIds,
        from: 'scheduled',
        to: 'rejected',
        at: opts.at,
        rejectedReason: reason,
      })),
    );
  }
  if (rejected.length === 0) return [];
  const lines = await repo.linesOf(tx.db, opts.run.id);
  for (const [reason, paymentIds] of byReason) {
    const moved = rejected.filter((p) => paymentIds.includes(p.id));
    const ids = new Set(moved.map((p) => p.id));
    const invoiceIds = lines.filter((l) => l.paymentId && ids.has(l.paymentId)).map((l) => l.invoiceId);
    if (invoiceIds.length === 0) continue;
    await invoicing.unscheduleInvoicePayments(tx, {
      actor: opts.actor,
      runNumber: opts.run.number,
      invoiceIds,
      reason: `the bank rejected ${moved.map((p) => p.number).join(', ')}: ${reason}`,
    });
  }
  await recordEvents(
    tx.db,
    tx.clock,
    rejected.map((p) => paymentEvent('rejected', p, opts)),
  );
  return rejected;
}

/** `payment.paid` / `payment.rejected` (docs/events.md#payments). */
function paymentEvent(
  what: 'paid' | 'rejected',
  p: repo.PaymentRow,
  opts: { actor: Actor; run: repo.PaymentRunRow; bank?: BankWord },
): EventInput {
  return {
    type: `payment.${what}`,
    subject: { type: 'payment', id: p.id },
    actor: opts.actor,
    payload: {
      id: p.id,
      number: p.number,
      status: p.status,
      previousStatus: 'scheduled',
      paymentRunId: opts.run.id,
      paymentRunNumber: opts.run.number,
      paymentDate: opts.run.paymentDate,
      supplierId: p.supplierId,
      currency: p.currency,
      amount: normalize(p.amount),
      discountAmount: normalize(p.discountAmount),
      method: p.method,
      reason: p.rejectedReason,
      bankStatus: opts.bank?.bankStatus.get(p.id) ?? null,
      statusReport: opts.bank?.reportMessageId ?? null,
      actorName: opts.actor.name,
    },
  };
}
