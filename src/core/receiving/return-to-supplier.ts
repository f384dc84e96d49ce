import type { translator } from '../../documents/i18n';
import type { RejectionReason, ReturnRemedy } from '../../domain/receiving';
import * as discussion from '../discussion';
import * as dispatch from '../dispatch';
import * as organisation from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import { findVisibleReceipt, throwIfReceivingClosed } from './access';
import { recordReceivingChange } from './record-change';
import * as repo from './repository';
import { creditedQuantity, returnableQuantity } from './rules';
import { type SupplierReturn, toSupplierReturn } from './supplier-return';
import { takeFromLines } from './take-from-lines';

export type ReturnInput = {
  receiptId: string;
  remedy: ReturnRemedy;
  /** When the replacement is due (required for a replacement, today or later; none for a credit). */
  replacementExpectedOn?: string | null;
  note?: string | null;
  /** The lines and quantities going back; none: everything rejected on the receipt not yet returned. */
  lines?: { lineNo: number; quantity: string }[] | null;
  /** Files of the receipt (inspection photos, test reports) sent with the return. */
  attachmentIds?: string[] | null;
};

/**
 * Sends rejected goods of a receipt back to their supplier (RTV-YYYY-NNNNN): per line what goes
 * back (no more than was rejected and not yet returned), and what is expected for them. A
 * replacement keeps the quantity open on the order line, now due on the replacement date (the
 * line's promised date); a credit gives up what the line still expected of it (like a
 * short-close), so the order may be complete with what was accepted. The supplier is told in the
 * same transaction (its portal users, or the addresses the order was sent to); the order's
 * timeline, audit trail and live pages follow.
 */
export async function returnToSupplier(
  ctx: Ctx,
  opts: { actor: Actor; input: ReturnInput },
): Promise<SupplierReturn> {
  const { actor, input } = opts;
  const recordedBy = actor.userId;
  if (!recordedBy) throw AppError.forbidden('Goods are returned by a user.');
  const receipt = await findVisibleReceipt(ctx, { actor, id: input.receiptId }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'not_found') {
      throw AppError.field('receiptId', 'is not a goods receipt you can see');
    }
    throw e;
  });
  if (receipt.kind !== 'receipt') {
    throw AppError.field('receiptId', `${receipt.number} is a reversal: only goods received can go back`);
  }
  const now = ctx.clock.now();
  const today = isoDate(now);
  const input0 = new FieldErrors();
  const expectedOn = input.replacementExpectedOn ?? null;
  if (input.remedy === 'replacement' && !expectedOn) {
    input0.add('replacementExpectedOn', 'is required for a replacement: when should it arrive?');
  } else if (input.remedy === 'replacement' && expectedOn! < today) {
    input0.add('replacementExpectedOn', `must not be before today (${today})`);
  } else if (input.remedy === 'credit' && expectedOn) {
    input0.add('replacementExpectedOn', 'is only for a replacement: a credit expects no goods');
  }
  input0.throwIfAny();
  const settings = await organisation.getSettings(ctx);
  const number = await organisation.allocateDocumentNumber(ctx.db, {
    documentType: 'return_to_supplier',
    date: now,
    numberFormats: settings.numberFormats,
  });
  return inTransaction(ctx, async (tx) => {
    const state = await purchaseOrders.lockReceivingState(tx, receipt.purchaseOrderId);
    throwIfReceivingClosed(state, 'returned');
    const lines = await repo.lockReceiptLines(tx.db, receipt.id);
    const taken = takeFromLines(lines, input.lines, {
      receiptNumber: receipt.number,
      available: returnableQuantity,
      tooMuch: (line, left) =>
        `is more than line ${line.lineNo} of ${receipt.number} has rejected and not yet returned: ${left} ${line.unitCode}`,
      nothingLeft: `${receipt.number} has no rejected goods left to return: only goods rejected at inspection go back.`,
    });
    const reasons = await rejectionReasonsOf(tx, receipt.id);
    const orderLines = new Map(state.lines.map((l) => [l.lineNo, l]));
    const row: repo.ReturnInsert = {
      id: newId(now.getTime()),
      number,
      receiptId: receipt.id,
      receiptNumber: receipt.number,
      purchaseOrderId: receipt.purchaseOrderId,
      purchaseOrderNumber: receipt.purchaseOrderNumber,
      supplierId: receipt.supplierId,
      departmentId: receipt.departmentId,
      remedy: input.remedy,
      replacementExpectedOn: input.remedy === 'replacement' ? expectedOn : null,
      note: input.note?.trim() || null,
      recordedBy,
      recordedAt: now,
    };
    const lineRows: repo.ReturnLineRow[] = taken.map(({ line, quantity }) => ({
      returnId: row.id,
      lineNo: line.lineNo,
      description: line.description,
      itemId: line.itemId,
      unitCode: line.unitCode,
      quantity,
      lotNumber: line.lotNumber,
      rejectionReasons: reasons.get(line.lineNo) ?? [],
    }));
    await repo.insertReturn(tx.db, row, lineRows);
    const attached = await discussion.copyAttachments(tx, {
      actor,
      from: { type: 'goods_receipt', id: receipt.id },
      to: { type: 'supplier_return', id: row.id },
      ids: input.attachmentIds ?? [],
      path: 'attachmentIds',
    });
    await repo.addToReceiptLines(
      tx.db,
      receipt.id,
      taken.map(({ line, quantity }) => ({
        lineNo: line.lineNo,
        reversed: '0',
        accepted: '0',
        rejected: '0',
        returned: quantity,
      })),
    );
    const moved = await purchaseOrders.recordReceiving(tx, {
      actor,
      state,
      deltas: taken.map(({ line, quantity }) => {
        const orderLine = orderLines.get(line.lineNo);
        return {
          lineNo: line.lineNo,
          received: '0',
          accepted: '0',
          rejected: '0',
          returned: quantity,
          credited: input.remedy === 'credit' && orderLine ? creditedQuantity(orderLine, quantity) : '0',
          promisedDate: row.replacementExpectedOn,
        };
      }),
    });
    const remedyText =
      input.remedy === 'replacement' ? `replacement expected by ${expectedOn}` : 'credit expected';
    const summary = `${number} returns goods of ${receipt.number} (${remedyText}): ${taken
      .map(({ line, quantity }) => `line ${line.lineNo} × ${quantity} ${line.unitCode}`)
      .join(', ')}`;
    await recordReceivingChange(tx, {
      actor,
      receipt,
      moved,
      action: 'supplier_return',
      changes: { return: { before: null, after: summary } },
      event: 'returned_to_supplier',
      payload: {
        returnId: row.id,
        returnNumber: number,
        remedy: input.remedy,
        replacementExpectedOn: row.replacementExpectedOn,
        lines: taken.map(({ line, quantity }) => ({ lineNo: line.lineNo, quantity })),
      },
    });
    await tellSupplierOfReturn(tx, { row, lines: lineRows, files: attached.length });
    return toSupplierReturn(
      { ...row, seq: 0 } as repo.ReturnRow,
      lineRows,
      new Map([[recordedBy, actor.name]]),
      new Map([[row.id, attached]]),
    );
  });
}

/** Per receipt line, the reasons its inspections gave for what they rejected. */
async function rejectionReasonsOf(
  tx: Ctx,
  receiptId: string,
): Promise<Map<number, { reason: RejectionReason; note: string | null }[]>> {
  const byLine = new Map<number, { reason: RejectionReason; note: string | null }[]>();
  for (const i of await repo.inspectionsOf(tx.db, [receiptId])) {
    if (!i.rejectionReason) continue;
    const list = byLine.get(i.lineNo) ?? [];
    list.push({ reason: i.rejectionReason, note: i.rejectionNote });
    byLine.set(i.lineNo, list);
  }
  return byLine;
}

/** The supplier's e-mail (or portal notification): what goes back, why, and what is expected. */
async function tellSupplierOfReturn(
  tx: Ctx,
  opts: { row: repo.ReturnInsert; lines: repo.ReturnLineRow[]; files: number },
): Promise<void> {
  const { row, lines, files } = opts;
  const number = row.number;
  const order = row.purchaseOrderNumber;
  const date = row.replacementExpectedOn ?? '';
  await dispatch.tellSupplier(tx, {
    supplierId: row.supplierId,
    purchaseOrderId: row.purchaseOrderId,
    kind: 'supplier_return',
    link: `/portal/returns#${number}`,
    document: { type: 'purchase_order', id: row.purchaseOrderId },
    message: (i18n) => {
      const list = lines
        .map((l) => {
          const why = l.rejectionReasons
            .map((r) => {
              const label = reasonIn(i18n, r.reason);
              return r.note ? `${label}: ${r.note}` : label;
            })
            .join('; ');
          return `- ${i18n._({
            id: 'returns.email.line',
            message: 'Line {lineNo}: {quantity} {unit} {description}',
            values: { lineNo: l.lineNo, quantity: l.quantity, unit: l.unitCode, description: l.description },
          })}${l.lotNumber ? ` (${i18n._({ id: 'returns.email.lot', message: 'lot {lot}', values: { lot: l.lotNumber } })})` : ''}${why ? ` — ${why}` : ''}`;
        })
        .join('\n');
      const expect =
        row.remedy === 'replacement'
          ? i18n._({
              id: 'returns.email.replacement',
              message: 'Please send a replacement to arrive by {date}.',
              values: { date },
            })
          : i18n._({
              id: 'returns.email.credit',
              message: 'Please send us a credit note for these goods; no replacement is expected.',
            });
      const note = row.note
        ? `\n\n${i18n._({ id: 'returns.email.note', message: 'Note: {note}', values: { note: row.note } })}`
        : '';
      const photos =
        files > 0
          ? `\n\n${i18n._({
              id: 'returns.email.files',
              message:
                '{files, plural, one {# photo or report is} other {# photos and reports are}} in the portal, with the return.',
              values: { files },
            })}`
          : '';
      return {
        title: i18n._({
          id: 'returns.email.title',
          message: 'Return {number} for order {order}',
          values: { number, order },
        }),
        body: `${i18n._({
          id: 'returns.email.intro',
          message: 'We are returning goods of order {order} that failed our inspection:',
          values: { order },
        })}\n${list}\n\n${expect}${note}${photos}`,
      };
    },
  });
}

/** A rejection reason in the supplier's language. */
function reasonIn(i18n: ReturnType<typeof translator>, reason: RejectionReason): string {
  switch (reason) {
    case 'damaged':
      return i18n._({ id: 'returns.reason.damaged', message: 'Damaged' });
    case 'wrong_item':
      return i18n._({ id: 'returns.reason.wrong_item', message: 'Wrong item' });
    case 'out_of_specification':
      return i18n._({ id: 'returns.reason.out_of_specification', message: 'Out of specification' });
    case 'expired':
      return i18n._({ id: 'returns.reason.expired', message: 'Expired' });
    case 'short_shipped':
      return i18n._({ id: 'returns.reason.short_shipped', message: 'Short-shipped' });
    case 'other':
      return i18n._({ id: 'returns.reason.other', message: 'Other' });
  }
}
