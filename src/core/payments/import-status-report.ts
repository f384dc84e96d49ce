import { type Pain002Version, type PaymentStatusReport, readPain002 } from '../../documents/pain002';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { transitionDocument } from '../shared/transition-document';
import { readUblOrThrow } from '../shared/ubl-import';
import { assertVersion } from '../shared/versioning';
import type { PaymentRun } from './payment-run';
import { type PaymentRunTransition, paymentRunType } from './payment-run-type';
import { readPaymentRun } from './read-payment-runs';
import * as repo from './repository';
import { payPayments, rejectPayments } from './settle-payments';
import { type PaymentOutcome, planStatusReport, type StatusReportPlan } from './status-report';

/** What importing a status report did. */
export type StatusReportResult = {
  run: PaymentRun;
  report: { version: Pain002Version; messageId: string; originalMessageId: string };
  counts: { paid: number; rejected: number; pending: number; unchanged: number };
  payments: PaymentOutcome[];
};

/**
 * Imports the bank's payment status report (pain.002.001.10 or .03) for a confirmed run: the
 * report must answer the run's file (`OrgnlGrpInfAndSts/OrgnlMsgId` is the run's number) and name
 * only its payments (`OrgnlEndToEndId`: the payment's number), else 422 with every problem and
 * nothing applied. Paid payments are paid as marking the run paid pays them (part payments,
 * discounts, invoice events alike); rejected ones keep the bank's reason and give their invoices
 * back to be paid by the next run; pending ones wait. When no payment is left waiting the run is
 * paid — or cancelled when the bank rejected every one. The same report again changes nothing
 * (the run keeps its version). 409 for a draft or a run cancelled by a person, and for a report
 * saying otherwise of a payment already paid or rejected. docs/accounts-payable.md#bank-status-reports.
 */
export async function importPaymentStatusReport(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; body: Buffer },
): Promise<StatusReportResult> {
  throwUnlessMayImport(opts.actor);
  const found = can(opts.actor, 'payments:read') ? await repo.findRun(ctx.db, opts.id) : undefined;
  if (!found) throw AppError.notFound('Payment run', opts.id);
  assertVersion(found.version, opts.version);
  const paymentsNow = await repo.paymentsOf(ctx.db, found.id);
  throwUnlessReportable(found, paymentsNow);
  const report = await readUblOrThrow(async () => readPain002(opts.body));
  throwUnlessAnswers(report, found);

  // Planned before the lock to know which transition it is, and again under it.
  const planned = planOrThrow(report, paymentsNow, found.number);
  const transition = transitionOf(planned.plan, planned.payments);
  const summary = (plan: StatusReportPlan, run: PaymentRun): StatusReportResult => ({
    run,
    report: {
      version: report.version,
      messageId: report.messageId,
      originalMessageId: report.originalMessageId.value,
    },
    counts: {
      paid: plan.outcomes.filter((o) => o.outcome === 'paid').length,
      rejected: plan.outcomes.filter((o) => o.outcome === 'rejected').length,
      pending: plan.outcomes.filter((o) => o.outcome === 'pending').length,
      unchanged: plan.outcomes.filter((o) => o.outcome === 'unchanged').length,
    },
    payments: plan.outcomes,
  });
  if (!transition) return summary(planned.plan, await readPaymentRun(ctx, found.id));

  let applied = planned.plan;
  const run = await transitionDocument(ctx, paymentRunType, {
    actor: opts.actor,
    id: opts.id,
    version: opts.version,
    transition,
    reason:
      transition === 'cancel'
        ? `The bank rejected every payment (status report ${report.messageId}).`
        : `Bank status report ${report.messageId}`,
    step: async (tx, row) => {
      const again = planOrThrow(report, await repo.paymentsOf(tx.db, row.id), row.number);
      if (transitionOf(again.plan, again.payments) !== transition) {
        throw AppError.conflict(`${row.number} changed while the report was imported: import it again.`);
      }
      applied = again.plan;
      const now = tx.clock.now();
      const bank = {
        reportMessageId: report.messageId,
        bankStatus: new Map(applied.outcomes.map((o) => [o.paymentId, o.bankStatus])),
      };
      await payPayments(tx, {
        actor: opts.actor,
        run: row,
        paymentIds: applied.outcomes.filter((o) => o.outcome === 'paid').map((o) => o.paymentId),
        at: now,
        bank,
      });
      await rejectPayments(tx, {
        actor: opts.actor,
        run: row,
        rejections: applied.outcomes
          .filter((o) => o.outcome === 'rejected')
          .map((o) => ({ paymentId: o.paymentId, reason: o.reason ?? '' })),
        at: now,
        bank,
      });
      const settled = applied.outcomes.filter((o) => o.outcome === 'paid' || o.outcome === 'rejected');
      return {
        patch:
          transition === 'pay'
            ? { paidAt: now }
            : transition === 'cancel'
              ? {
                  cancelledAt: now,
                  cancelReason: `The bank rejected every payment (status report ${report.messageId}).`,
                }
              : {},
        changes: {
          statusReport: { before: null, after: report.messageId },
          payments: {
            before: settled.map((o) => `${o.number}: scheduled`),
            after: settled.map(
              (o) => `${o.number}: ${o.outcome} (${o.bankStatus}${o.reason ? ` ${o.reason}` : ''})`,
            ),
          },
        },
      };
    },
  });
  return summary(applied, run);
}

function throwUnlessMayImport(actor: Actor): void {
  if (can(actor, 'payments:approve')) return;
  throw AppError.forbidden(
    'You cannot import a bank status report: your roles do not grant payments:approve.',
  );
}

/**
 * A report answers a file that went to the bank: a confirmed run's, or one it already settled
 * (paid, or cancelled because the bank rejected every payment), where it changes nothing.
 */
function throwUnlessReportable(run: repo.PaymentRunRow, payments: repo.PaymentRow[]): void {
  if (run.status === 'confirmed' || run.status === 'paid') return;
  if (run.status === 'cancelled' && payments.some((p) => p.status === 'rejected')) return;
  throw AppError.conflict(
    `This payment run is ${run.status}: no file of it went to the bank, so no status report answers it.`,
    { currentStatus: run.status },
  );
}

function throwUnlessAnswers(report: PaymentStatusReport, run: repo.PaymentRunRow): void {
  if (report.originalMessageId.value === run.number) return;
  throw AppError.validation(
    [
      {
        path: report.originalMessageId.path,
        message: `is ${report.originalMessageId.value}: the report answers another file, not ${run.number}’s`,
      },
    ],
    `The status report is not for ${run.number}: nothing was applied.`,
  );
}

function planOrThrow(
  report: PaymentStatusReport,
  payments: repo.PaymentRow[],
  runNumber: string,
): { plan: StatusReportPlan; payments: repo.PaymentRow[] } {
  const plan = planStatusReport(report, payments, runNumber);
  if (plan.problems.length > 0) {
    const unknown = plan.unknownEndToEndIds;
    throw AppError.validation(
      plan.problems,
      unknown.length > 0
        ? `The status report names payments that are not ${runNumber}’s (${unknown.join(', ')}): nothing was applied.`
        : `The status report cannot be applied: ${plan.problems.length === 1 ? 'one problem' : `${plan.problems.length} problems`}; nothing was applied.`,
    );
  }
  if (plan.conflicts.length > 0) {
    throw AppError.conflict(
      `The status report contradicts what ${runNumber} already recorded: ${plan.conflicts.join('; ')}. Nothing was applied.`,
      { payments: plan.conflicts },
    );
  }
  return { plan, payments };
}

/**
 * The run's transition the plan makes: none when nothing changes; `report` while payments are
 * left waiting; else `pay` when any is paid, `cancel` when the bank rejected every one.
 */
function transitionOf(plan: StatusReportPlan, payments: repo.PaymentRow[]): PaymentRunTransition | null {
  const settled = new Map(
    plan.outcomes
      .filter((o) => o.outcome === 'paid' || o.outcome === 'rejected')
      .map((o) => [o.paymentId, o]),
  );
  if (settled.size === 0) return null;
  const after = payments.map((p) => settled.get(p.id)?.outcome ?? p.status);
  if (after.includes('scheduled')) return 'report';
  return after.includes('paid') ? 'pay' : 'cancel';
}
