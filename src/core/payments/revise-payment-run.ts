import * as invoicing from '../invoicing';
import * as organisation from '../organisation';
import { type Actor, can } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { recordDocumentEvent } from '../shared/transition-document';
import { assertVersion } from '../shared/versioning';
import type { PaymentRun } from './payment-run';
import { paymentRunType } from './payment-run-type';
import { readPaymentRun } from './read-payment-runs';
import * as repo from './repository';
import { discountOn, reviseLine } from './rules';

export type PaymentRunLineRevision = { lineNo: number; amount?: string; remove?: boolean };

/**
 * Trims a draft run: removes lines, or pays an invoice in part (more than 0, at most what is open;
 * the discount stays only when the amount and it settle the invoice). Every problem in one 422;
 * nothing changes unless all are right.
 */
export async function revisePaymentRun(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; lines: PaymentRunLineRevision[] },
): Promise<PaymentRun> {
  if (!can(opts.actor, 'payments:write')) {
    throw AppError.forbidden('You cannot change payment runs: your roles do not grant payments:write.');
  }
  return inTransaction(ctx, async (tx) => {
    const run = can(opts.actor, 'payments:read') ? await repo.lockRun(tx.db, opts.id) : undefined;
    if (!run) throw AppError.notFound('Payment run', opts.id);
    assertVersion(run.version, opts.version);
    if (run.status !== 'draft') {
      throw AppError.conflict(`This payment run is ${run.status}: only a draft's lines can be changed.`, {
        currentStatus: run.status,
      });
    }
    const lines = new Map((await repo.linesOf(tx.db, run.id)).map((l) => [l.lineNo, l]));
    const invoices = new Map(
      (await invoicing.findPayableInvoices(tx, { ids: [...lines.values()].map((l) => l.invoiceId) })).map(
        (i) => [i.id, i],
      ),
    );
    const minorUnitsOf = await organisation.minorUnitsOf(tx, {
      codes: [...lines.values()].map((l) => l.currency),
    });
    const errors = new FieldErrors();
    const removed: number[] = [];
    const revised: { lineNo: number; amount: string; discountAmount: string; before: string }[] = [];
    const seen = new Set<number>();
    for (const [i, change] of opts.lines.entries()) {
      const line = lines.get(change.lineNo);
      if (!line) {
        errors.add(`lines[${i}].lineNo`, `the run has no line ${change.lineNo}`);
        continue;
      }
      if (seen.has(change.lineNo)) {
        errors.add(`lines[${i}].lineNo`, `line ${change.lineNo} is named twice`);
        continue;
      }
      seen.add(change.lineNo);
      if (change.remove) {
        removed.push(change.lineNo);
        continue;
      }
      if (change.amount === undefined) {
        errors.add(`lines[${i}].amount`, 'is required unless the line is removed');
        continue;
      }
      const invoice = invoices.get(line.invoiceId);
      const minorUnits = minorUnitsOf(line.currency);
      const fullDiscount = invoice
        ? discountOn({ ...invoice, open: line.openAmount }, run.paymentDate, minorUnits)
        : '0';
      const outcome = reviseLine(
        {
          kind: invoice?.kind ?? 'invoice',
          openAmount: line.openAmount,
          fullDiscount,
          currency: { code: line.currency, minorUnits },
        },
        change.amount,
      );
      if ('problem' in outcome) errors.add(`lines[${i}].amount`, outcome.problem);
      else revised.push({ lineNo: line.lineNo, ...outcome, before: line.amount });
    }
    if (removed.length > 0 && removed.length === lines.size) {
      errors.add('lines', 'would leave the run empty: cancel the run instead');
    }
    errors.throwIfAny();

    await repo.updateLines(tx.db, run.id, revised);
    await repo.deleteLines(tx.db, run.id, removed);
    const written = await repo.updateRun(tx.db, run.id, run.version, { updatedAt: tx.clock.now() });
    if (!written) throw AppError.conflict('The payment run changed while saving; reload and try again.');
    const doc = await readPaymentRun(tx, run.id);
    await recordDocumentEvent(tx, paymentRunType, {
      what: 'updated',
      id: run.id,
      doc,
      actor: opts.actor,
      status: run.status,
      previousStatus: run.status,
      version: written.version,
    });
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'payment_run',
      entityId: run.id,
      action: 'update',
      changes: {
        ...(removed.length > 0
          ? {
              removed: {
                before: removed.map((n) => invoices.get(lines.get(n)!.invoiceId)?.number ?? n),
                after: null,
              },
            }
          : {}),
        ...Object.fromEntries(
          revised.map((r) => [`line ${r.lineNo}`, { before: r.before, after: r.amount }]),
        ),
      },
    });
    return doc;
  });
}
