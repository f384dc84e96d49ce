import type { ReceiptKind, ReceiptLineStatus, RejectionReason } from '../../domain/receiving';
import { normalize } from '../shared/money';
import type { InspectionRow, ReceiptLineRow, ReceiptRow } from './repository';
import { pendingQuantity, receiptLineStatus, returnableQuantity, reversibleQuantity } from './rules';

/** An inspection's result on a receipt line, as the API hands it out. */
export type Inspection = {
  id: string;
  receiptId: string;
  lineNo: number;
  quantityAccepted: string;
  quantityRejected: string;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  note: string | null;
  inspectedBy: { id: string; name: string };
  inspectedAt: Date;
};

export type ReceiptLine = {
  lineNo: number;
  description: string;
  itemId: string | null;
  unitCode: string;
  /** In the order line's unit. */
  quantity: string;
  /** As entered, when in another unit that converts. */
  enteredQuantity: string | null;
  enteredUnitCode: string | null;
  lotNumber: string | null;
  serialNumbers: string[];
  inspectionRequired: boolean;
  /** Received beyond what was open on the order line (within the tolerance). */
  overReceived: string;
  quantityReversed: string;
  quantityAccepted: string;
  quantityRejected: string;
  /** Of the rejected quantity, what returns sent back. */
  quantityReturned: string;
  quantityPending: string;
  /** What a reversal may still take back (goods inspected go back by a return instead). */
  quantityReversible: string;
  /** Rejected and not yet returned: what a return may still send back. */
  quantityReturnable: string;
  /** Of the accepted quantity, what matched invoices consumed (it can no longer be reversed). */
  quantityInvoiced: string;
  /** A service confirmed by amount, or by percentage of completion: what was entered. */
  confirmedAmount: string | null;
  confirmedPercent: string | null;
  status: ReceiptLineStatus;
  inspections: Inspection[];
};

/** A goods receipt (or a reversal of one) as the API hands it out. */
export type Receipt = {
  id: string;
  number: string;
  kind: ReceiptKind;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  shipNoticeId: string | null;
  /** A reversal's receipt. */
  reversesReceiptId: string | null;
  receivedOn: string;
  deliveryNote: string | null;
  storageLocation: string | null;
  note: string | null;
  reason: string | null;
  recordedBy: { id: string; name: string };
  recordedAt: Date;
  /** Some line received more than was open (within the tolerance). */
  overReceived: boolean;
  /** Some line awaits inspection. */
  pendingInspection: boolean;
  lines: ReceiptLine[];
};

export function toInspection(row: InspectionRow, names: Map<string, string>): Inspection {
  return {
    id: row.id,
    receiptId: row.receiptId,
    lineNo: row.lineNo,
    quantityAccepted: normalize(row.quantityAccepted),
    quantityRejected: normalize(row.quantityRejected),
    rejectionReason: row.rejectionReason,
    rejectionNote: row.rejectionNote,
    note: row.note,
    inspectedBy: { id: row.inspectedBy, name: names.get(row.inspectedBy) ?? '' },
    inspectedAt: row.inspectedAt,
  };
}

export function toReceiptLine(row: ReceiptLineRow, inspections: Inspection[]): ReceiptLine {
  return {
    lineNo: row.lineNo,
    description: row.description,
    itemId: row.itemId,
    unitCode: row.unitCode,
    quantity: normalize(row.quantity),
    enteredQuantity: row.enteredQuantity === null ? null : normalize(row.enteredQuantity),
    enteredUnitCode: row.enteredUnitCode,
    lotNumber: row.lotNumber,
    serialNumbers: row.serialNumbers ?? [],
    inspectionRequired: row.inspectionRequired,
    overReceived: normalize(row.overReceived),
    quantityReversed: normalize(row.quantityReversed),
    quantityAccepted: normalize(row.quantityAccepted),
    quantityRejected: normalize(row.quantityRejected),
    quantityReturned: normalize(row.quantityReturned),
    quantityPending: pendingQuantity(row),
    quantityReversible: reversibleQuantity(row),
    quantityReturnable: returnableQuantity(row),
    quantityInvoiced: normalize(row.quantityInvoiced),
    confirmedAmount: row.confirmedAmount === null ? null : normalize(row.confirmedAmount),
    confirmedPercent: row.confirmedPercent === null ? null : normalize(row.confirmedPercent),
    status: receiptLineStatus(row),
    inspections: inspections.filter((i) => i.receiptId === row.receiptId && i.lineNo === row.lineNo),
  };
}

export function toReceipt(
  row: ReceiptRow,
  lines: ReceiptLineRow[],
  inspections: Inspection[],
  names: Map<string, string>,
): Receipt {
  const mine = lines
    .filter((l) => l.receiptId === row.id)
    .map((l) => {
      const line = toReceiptLine(l, inspections);
      // A reversal's lines record what was taken back: nothing of them can be reversed or returned.
      return row.kind === 'receipt' ? line : { ...line, quantityReversible: '0', quantityReturnable: '0' };
    });
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    purchaseOrderId: row.purchaseOrderId,
    purchaseOrderNumber: row.purchaseOrderNumber,
    supplierId: row.supplierId,
    shipNoticeId: row.shipNoticeId,
    reversesReceiptId: row.reversesReceiptId,
    receivedOn: row.receivedOn,
    deliveryNote: row.deliveryNote,
    storageLocation: row.storageLocation,
    note: row.note,
    reason: row.reason,
    recordedBy: { id: row.recordedBy, name: names.get(row.recordedBy) ?? '' },
    recordedAt: row.recordedAt,
    overReceived: mine.some((l) => l.overReceived !== '0'),
    pendingInspection: row.kind === 'receipt' && mine.some((l) => l.status === 'pending_inspection'),
    lines: mine,
  };
}
