import * as organisation from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import { D, normalize } from '../shared/money';
import { findVisibleReceipt, throwIfReceivingClosed } from './access';
import { type Receipt, toReceipt } from './receipt';
import { recordReceivingChange } from './record-change';
import * as repo from './repository';
import { reversalDelta, reversibleQuantity } from './rules';
import { takeFromLines } from './take-from-lines';

export type ReversalInput = {
  reason: string;
  /** The lines and quantities to take back; none: everything the receipt still holds that can be. */
  lines?: { lineNo: number; quantity: string }[] | null;
};

/**
 * Corrects a receipt by a reversal (its own GR number): a new record that takes back the whole
 * receipt or some quantity of its lines, with a reason; the receipt itself is never edited. Of a
 * line accepted on receipt all that is kept can be taken back; of an inspected item only what
 * still awaits inspection (inspected goods go back by a return). The order's quantities and state
 * follow (back to sent or acknowledged when nothing is left received).
 */
export async function reverseReceipt(
  ctx: Ctx,
  opts: { actor: Actor; receiptId: string; input: ReversalInput },
): Promise<Receipt> {
  const { actor, input } = opts;
  const recordedBy = actor.userId;
  if (!recordedBy) throw AppError.forbidden('Receipts are reversed by a user.');
  const receipt = await findVisibleReceipt(ctx, { actor, id: opts.receiptId });
  if (receipt.kind !== 'receipt') {
    throw AppError.conflict(`${receipt.number} is a reversal itself: it cannot be reversed.`, {
      kind: receipt.kind,
    });
  }
  const reason = input.reason?.trim();
  if (!reason) throw AppError.field('reason', 'is required to reverse a receipt');
  const now = ctx.clock.now();
  const settings = await organisation.getSettings(ctx);
  const number = await organisation.allocateDocumentNumber(ctx.db, {
    documentType: 'goods_receipt',
    date: now,
    numberFormats: settings.numberFormats,
  });
  return inTransaction(ctx, async (tx) => {
    const state = await purchaseOrders.lockReceivingState(tx, receipt.purchaseOrderId);
    throwIfReceivingClosed(state, 'reversed');
    const lines = await repo.lockReceiptLines(tx.db, receipt.id);
    const taken = takeFromLines(lines, input.lines, {
      receiptNumber: receipt.number,
      available: reversibleQuantity,
      tooMuch: (line, left) =>
        `is more than line ${line.lineNo} of ${receipt.number} can take back: ${left} ${line.unitCode}${
          line.inspectionRequired ? ' still awaiting inspection (inspected goods go back by a return)' : ''
        }`,
      nothingLeft: `${receipt.number} has nothing left to reverse: it was reversed already, or its goods were inspected (those go back by a return).`,
    });
    const row: repo.ReceiptInsert = {
      id: newId(now.getTime()),
      number,
      kind: 'reversal',
      purchaseOrderId: receipt.purchaseOrderId,
      purchaseOrderNumber: receipt.purchaseOrderNumber,
      supplierId: receipt.supplierId,
      departmentId: receipt.departmentId,
      shipNoticeId: receipt.shipNoticeId,
      reversesReceiptId: receipt.id,
      receivedOn: isoDate(now),
      deliveryNote: null,
      storageLocation: null,
      note: null,
      reason,
      recordedBy,
      recordedAt: now,
    };
    const lineRows: repo.ReceiptLineRow[] = taken.map(({ line, quantity }) => ({
      receiptId: row.id,
      lineNo: line.lineNo,
      description: line.description,
      itemId: line.itemId,
      unitCode: line.unitCode,
      quantity,
      enteredQuantity: null,
      enteredUnitCode: null,
      lotNumber: line.lotNumber,
      serialNumbers: null,
      inspectionRequired: false,
      overReceived: '0',
      quantityReversed: '0',
      quantityAccepted: '0',
      quantityRejected: '0',
      quantityReturned: '0',
      quantityInvoiced: '0',
      confirmedAmount: null,
      confirmedPercent: null,
    }));
    await repo.insertReceipt(tx.db, row, lineRows);
    await repo.addToReceiptLines(
      tx.db,
      receipt.id,
      taken.map(({ line, quantity }) => ({
        lineNo: line.lineNo,
        reversed: quantity,
        accepted: line.inspectionRequired ? '0' : normalize(D(quantity).negated().toFixed()),
        rejected: '0',
      })),
    );
    const moved = await purchaseOrders.recordReceiving(tx, {
      actor,
      state,
      deltas: taken.map(({ line, quantity }) =>
        reversalDelta(line.lineNo, quantity, line.inspectionRequired),
      ),
    });
    const summary = `${number} reverses ${receipt.number}: ${taken
      .map(({ line, quantity }) => `line ${line.lineNo} × ${quantity} ${line.unitCode}`)
      .join(', ')}`;
    await recordReceivingChange(tx, {
      actor,
      receipt,
      moved,
      action: 'receipt_reversal',
      changes: { receipt: { before: null, after: summary } },
      reason,
      event: 'receipt_reversed',
      payload: {
        reversalId: row.id,
        reversalNumber: number,
        reason,
        lines: taken.map(({ line, quantity }) => ({ lineNo: line.lineNo, quantity })),
      },
    });
    return toReceipt(
      { ...row, seq: 0 } as repo.ReceiptRow,
      lineRows,
      [],
      new Map([[recordedBy, actor.name]]),
    );
  });
}
