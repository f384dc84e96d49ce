import { renderReceiptAdviceUbl } from '../../documents/receipt-advice-ubl';
import * as dispatch from '../dispatch';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { getReceipt } from './read-receipts';
import { keptQuantity } from './rules';

/**
 * A receipt as a UBL Receipt Advice (docs/receiving.md): received (less reversals), short of its
 * ship notice, and rejected at inspection with the reasons. A reversal has none of its own (409):
 * the receipt it reversed says what is left.
 */
export async function receiptAdvice(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<{ fileName: string; xml: string }> {
  const receipt = await getReceipt(ctx, opts);
  if (receipt.kind !== 'receipt') {
    throw AppError.conflict(
      `${receipt.number} is a reversal: its receipt's Receipt Advice says what is left of what arrived.`,
      { kind: receipt.kind },
    );
  }
  const [doc, shipNotice] = await Promise.all([
    purchaseOrders.getPurchaseOrderDocument(ctx, { actor: opts.actor, id: receipt.purchaseOrderId }),
    receipt.shipNoticeId ? dispatch.findShipNotice(ctx, { id: receipt.shipNoticeId }) : null,
  ]);
  const xml = renderReceiptAdviceUbl(doc, {
    number: receipt.number,
    receivedOn: receipt.receivedOn,
    recordedAt: receipt.recordedAt.toISOString(),
    note: receipt.note,
    deliveryNote: receipt.deliveryNote,
    shipNotice: shipNotice ? { number: shipNotice.number, lines: shipNotice.lines } : null,
    lines: receipt.lines.map((l) => ({
      lineNo: l.lineNo,
      description: l.description,
      received: keptQuantity(l),
      rejected: l.quantityRejected,
      rejections: l.inspections
        .filter((i) => i.rejectionReason)
        .map((i) => ({ code: i.rejectionReason!, text: i.rejectionNote })),
      lotNumber: l.lotNumber,
      serialNumbers: l.serialNumbers,
    })),
  });
  return { fileName: `${receipt.number}.xml`, xml };
}
