import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { RejectionReason, ReturnRemedy } from '../../domain/receiving';
import { rowsOf } from '../shared/sql';

/** What arrived of one order line on one day (a receipt's line less what reversals took back). */
export type ReceivedDelivery = {
  lineNo: number;
  receiptNumber: string;
  receivedOn: string;
  quantity: string;
};
/** One inspection's verdict on an order line's goods. */
export type InspectionVerdict = {
  lineNo: number;
  accepted: string;
  rejected: string;
  rejectionReason: RejectionReason | null;
};
/** Goods of an order line sent back, and what was asked for them. */
export type ReturnedGoods = { lineNo: number; returnNumber: string; quantity: string; remedy: ReturnRemedy };

/** What receiving recorded of an order, as supplier evaluation reads it (docs/evaluation.md). */
export type ReceivingFacts = {
  deliveries: ReceivedDelivery[];
  inspections: InspectionVerdict[];
  returns: ReturnedGoods[];
};

/** The receipts, inspections and returns of the orders `ids`, by order: one statement. */
export async function receivingFactsOfOrders(db: Db, ids: string[]): Promise<Map<string, ReceivingFacts>> {
  const out = new Map<string, ReceivingFacts>();
  if (ids.length === 0) return out;
  const rows = rowsOf<{ orderId: string; kind: 'd' | 'i' | 'r'; fact: Record<string, unknown> }>(
    await db.execute(sql`
      SELECT r.purchase_order_id AS "orderId", 'd' AS kind, json_build_object('lineNo', rl.line_no,
          'receiptNumber', r.number, 'receivedOn', r.received_on::text,
          'quantity', (rl.quantity - rl.quantity_reversed)::text) AS fact
        FROM receipts r JOIN receipt_lines rl ON rl.receipt_id = r.id
        WHERE r.purchase_order_id = any(${sql.param(ids)}::uuid[]) AND r.kind = 'receipt'
          AND rl.quantity > rl.quantity_reversed
      UNION ALL
      SELECT i.purchase_order_id, 'i', json_build_object('lineNo', i.line_no,
          'accepted', i.quantity_accepted::text, 'rejected', i.quantity_rejected::text,
          'rejectionReason', i.rejection_reason)
        FROM inspections i WHERE i.purchase_order_id = any(${sql.param(ids)}::uuid[])
      UNION ALL
      SELECT s.purchase_order_id, 'r', json_build_object('lineNo', sl.line_no, 'returnNumber', s.number,
          'quantity', sl.quantity::text, 'remedy', s.remedy)
        FROM supplier_returns s JOIN supplier_return_lines sl ON sl.return_id = s.id
        WHERE s.purchase_order_id = any(${sql.param(ids)}::uuid[])`),
  );
  for (const r of rows) {
    let facts = out.get(r.orderId);
    if (!facts) {
      facts = { deliveries: [], inspections: [], returns: [] };
      out.set(r.orderId, facts);
    }
    if (r.kind === 'd') facts.deliveries.push(r.fact as ReceivedDelivery);
    else if (r.kind === 'i') facts.inspections.push(r.fact as InspectionVerdict);
    else facts.returns.push(r.fact as ReturnedGoods);
  }
  return out;
}
