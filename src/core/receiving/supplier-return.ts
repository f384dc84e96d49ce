import type { RejectionReason, ReturnRemedy } from '../../domain/receiving';
import type * as discussion from '../discussion';
import { normalize } from '../shared/money';
import type { ReturnLineRow, ReturnRow } from './repository';

export type SupplierReturnLine = {
  /** The order line (and the receipt's line) the goods were received on. */
  lineNo: number;
  description: string;
  itemId: string | null;
  unitCode: string;
  quantity: string;
  lotNumber: string | null;
  /** Why inspection rejected the goods, as the supplier reads it. */
  rejectionReasons: { reason: RejectionReason; note: string | null }[];
};

/** A return to supplier (RTV-YYYY-NNNNN) as the API and the portal hand it out. */
export type SupplierReturn = {
  id: string;
  number: string;
  receiptId: string;
  receiptNumber: string;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  remedy: ReturnRemedy;
  /** When the replacement is due; null for a credit. */
  replacementExpectedOn: string | null;
  note: string | null;
  recordedBy: { id: string; name: string };
  recordedAt: Date;
  /** Files sent with the return (its attachments): the ones its supplier sees. */
  attachmentCount: number;
  attachments: discussion.Attachment[];
  lines: SupplierReturnLine[];
};

export function toSupplierReturn(
  row: ReturnRow,
  lines: ReturnLineRow[],
  names: Map<string, string>,
  attachments: Map<string, discussion.Attachment[]>,
): SupplierReturn {
  const files = attachments.get(row.id) ?? [];
  return {
    id: row.id,
    number: row.number,
    receiptId: row.receiptId,
    receiptNumber: row.receiptNumber,
    purchaseOrderId: row.purchaseOrderId,
    purchaseOrderNumber: row.purchaseOrderNumber,
    supplierId: row.supplierId,
    remedy: row.remedy,
    replacementExpectedOn: row.replacementExpectedOn,
    note: row.note,
    recordedBy: { id: row.recordedBy, name: names.get(row.recordedBy) ?? '' },
    recordedAt: row.recordedAt,
    attachmentCount: files.length,
    attachments: files,
    lines: lines
      .filter((l) => l.returnId === row.id)
      .map((l) => ({
        lineNo: l.lineNo,
        description: l.description,
        itemId: l.itemId,
        unitCode: l.unitCode,
        quantity: normalize(l.quantity),
        lotNumber: l.lotNumber,
        rejectionReasons: l.rejectionReasons,
      })),
  };
}
