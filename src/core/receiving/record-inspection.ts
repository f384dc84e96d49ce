import { REJECTION_REASON_LABELS, type RejectionReason } from '../../domain/receiving';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import { D, normalize } from '../shared/money';
import { findVisibleReceipt, throwIfReceivingClosed } from './access';
import { getReceipt } from './read-receipts';
import type { Receipt } from './receipt';
import { recordReceivingChange } from './record-change';
import * as repo from './repository';
import { inspectionDelta, pendingQuantity } from './rules';

export type InspectionLineInput = {
  lineNo: number;
  quantityAccepted: string;
  quantityRejected: string;
  rejectionReason?: RejectionReason | null;
  /** Required for the reason `other`; any detail otherwise. */
  rejectionNote?: string | null;
  note?: string | null;
};

/**
 * An inspector's results on a receipt's lines awaiting inspection: per line the quantity accepted
 * and the quantity rejected with a reason (`other` needs words). Accepted + rejected never exceeds
 * what still awaits inspection; part may be inspected now and the rest later. Accepted quantity
 * counts as delivered: the order's progress and state follow. 422 names every line at fault.
 */
export async function recordInspection(
  ctx: Ctx,
  opts: { actor: Actor; receiptId: string; input: { lines: InspectionLineInput[] } },
): Promise<Receipt> {
  const { actor } = opts;
  const inspectedBy = actor.userId;
  if (!inspectedBy) throw AppError.forbidden('Goods are inspected by a user.');
  const receipt = await findVisibleReceipt(ctx, { actor, id: opts.receiptId });
  if (receipt.kind !== 'receipt') {
    throw AppError.conflict(`${receipt.number} is a reversal: there is nothing in it to inspect.`, {
      kind: receipt.kind,
    });
  }
  const now = ctx.clock.now();
  await inTransaction(ctx, async (tx) => {
    const state = await purchaseOrders.lockReceivingState(tx, receipt.purchaseOrderId);
    throwIfReceivingClosed(state, 'inspected');
    const lines = await repo.lockReceiptLines(tx.db, receipt.id);
    const byNo = new Map(lines.map((l) => [l.lineNo, l]));
    const errors = new FieldErrors();
    const named = new Set<number>();
    const results: {
      line: repo.ReceiptLineRow;
      input: InspectionLineInput;
      accepted: string;
      rejected: string;
    }[] = [];
    if (opts.input.lines.length === 0) errors.add('lines', 'must name at least one line inspected');
    for (const [i, l] of opts.input.lines.entries()) {
      const path = `lines[${i}]`;
      const line = byNo.get(l.lineNo);
      if (!line) {
        errors.add(`${path}.lineNo`, `is not a line of ${receipt.number}`);
        continue;
      }
      if (named.has(l.lineNo)) {
        errors.add(`${path}.lineNo`, `names line ${l.lineNo} a second time`);
        continue;
      }
      named.add(l.lineNo);
      if (!line.inspectionRequired) {
        errors.add(
          `${path}.lineNo`,
          `line ${l.lineNo} of ${receipt.number} was accepted on receipt: it needs no inspection`,
        );
        continue;
      }
      const accepted = D(l.quantityAccepted);
      const rejected = D(l.quantityRejected);
      if (accepted.lt(0)) errors.add(`${path}.quantityAccepted`, 'must not be negative');
      if (rejected.lt(0)) errors.add(`${path}.quantityRejected`, 'must not be negative');
      if (accepted.lt(0) || rejected.lt(0)) continue;
      if (accepted.plus(rejected).isZero()) {
        errors.add(`${path}.quantityAccepted`, 'and the quantity rejected must not both be 0');
        continue;
      }
      const pending = pendingQuantity(line);
      if (accepted.plus(rejected).gt(pending)) {
        errors.add(
          `${path}.quantityAccepted`,
          `plus the quantity rejected (${normalize(accepted.plus(rejected).toFixed())}) is more than line ${l.lineNo} has awaiting inspection: ${pending} ${line.unitCode}`,
        );
        continue;
      }
      if (rejected.gt(0) && !l.rejectionReason) {
        errors.add(`${path}.rejectionReason`, 'is required when some quantity is rejected');
        continue;
      }
      if (rejected.isZero() && l.rejectionReason) {
        errors.add(`${path}.rejectionReason`, 'is only for a rejected quantity: nothing is rejected');
        continue;
      }
      if (l.rejectionReason === 'other' && !l.rejectionNote?.trim()) {
        errors.add(`${path}.rejectionNote`, 'is required when the reason is "other": say what was wrong');
        continue;
      }
      results.push({
        line,
        input: l,
        accepted: normalize(accepted.toFixed()),
        rejected: normalize(rejected.toFixed()),
      });
    }
    errors.throwIfAny();
    const rows: repo.InspectionInsert[] = results.map((r) => ({
      id: newId(now.getTime()),
      receiptId: receipt.id,
      lineNo: r.line.lineNo,
      purchaseOrderId: receipt.purchaseOrderId,
      quantityAccepted: r.accepted,
      quantityRejected: r.rejected,
      rejectionReason: D(r.rejected).gt(0) ? (r.input.rejectionReason ?? null) : null,
      rejectionNote: r.input.rejectionNote?.trim() || null,
      note: r.input.note?.trim() || null,
      inspectedBy,
      inspectedAt: now,
    }));
    await repo.insertInspections(tx.db, rows);
    await repo.addToReceiptLines(
      tx.db,
      receipt.id,
      results.map((r) => ({
        lineNo: r.line.lineNo,
        reversed: '0',
        accepted: r.accepted,
        rejected: r.rejected,
      })),
    );
    const moved = await purchaseOrders.recordReceiving(tx, {
      actor,
      state,
      deltas: results.map((r) => inspectionDelta(r.line.lineNo, r.accepted, r.rejected)),
    });
    const summary = `${receipt.number}: ${results
      .map(
        (r) =>
          `line ${r.line.lineNo} ${r.accepted} accepted${
            D(r.rejected).gt(0)
              ? `, ${r.rejected} rejected (${REJECTION_REASON_LABELS[r.input.rejectionReason!]}${
                  r.input.rejectionNote?.trim() ? `: ${r.input.rejectionNote.trim()}` : ''
                })`
              : ''
          }`,
      )
      .join('; ')}`;
    await recordReceivingChange(tx, {
      actor,
      receipt,
      moved,
      action: 'inspection',
      changes: { inspection: { before: null, after: summary } },
      event: 'inspected',
      payload: {
        lines: results.map((r) => ({
          lineNo: r.line.lineNo,
          accepted: r.accepted,
          rejected: r.rejected,
          rejectionReason: D(r.rejected).gt(0) ? r.input.rejectionReason : null,
        })),
      },
    });
  });
  return getReceipt(ctx, { actor, id: receipt.id });
}
