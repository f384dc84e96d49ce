import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../shared/sql';

/** An order line as supplier evaluation reads it (docs/evaluation.md). */
export type EvaluatedOrderLine = {
  lineNo: number;
  description: string;
  categoryId: string | null;
  itemId: string | null;
  quantity: string;
  /** The net amount per unit (after the line's discount), in the order's currency. */
  netUnitPrice: string;
  netAmount: string;
  neededBy: string | null;
  promisedDate: string | null;
  quantityShortClosed: string;
  /**
   * The net price per unit, in base currency, of the same item and unit on the order sent last
   * before this one; null: none.
   */
  lastNetUnitPriceBase: string | null;
};

/** A sent order as supplier evaluation reads it: when it went out, its due dates and lines. */
export type EvaluatedOrder = {
  id: string;
  number: string;
  supplierId: string;
  orderDate: string;
  currency: string;
  exchangeRate: string;
  expectedDeliveryDate: string | null;
  firstSentAt: Date;
  lines: EvaluatedOrderLine[];
};

/**
 * The sent orders among `ids` (never-sent ones are not evaluated), with their lines and, for lines
 * of an item, the last price paid for it before (on the order of the item and unit sent last before
 * this one was first sent): one statement.
 */
export async function ordersForEvaluation(db: Db, ids: string[]): Promise<EvaluatedOrder[]> {
  if (ids.length === 0) return [];
  const rows = rowsOf<Omit<EvaluatedOrder, 'firstSentAt'> & { firstSentAt: string | Date }>(
    await db.execute(sql`
      SELECT o.id, o.number, o.supplier_id AS "supplierId", o.order_date::text AS "orderDate",
        o.currency, o.exchange_rate::text AS "exchangeRate",
        o.expected_delivery_date::text AS "expectedDeliveryDate", o.first_sent_at AS "firstSentAt",
        (SELECT json_agg(json_build_object(
            'lineNo', l.line_no, 'description', l.description, 'categoryId', l.category_id,
            'itemId', l.item_id, 'quantity', l.quantity::text,
            'netUnitPrice', (l.net_amount / nullif(l.quantity, 0))::text, 'netAmount', l.net_amount::text,
            'neededBy', l.needed_by::text, 'promisedDate', l.promised_date::text,
            'quantityShortClosed', l.quantity_short_closed::text,
            'lastNetUnitPriceBase', (
              SELECT (pl.net_amount / nullif(pl.quantity, 0) * po.exchange_rate)::text
              FROM purchase_order_lines pl JOIN purchase_orders po ON po.id = pl.purchase_order_id
              WHERE l.item_id IS NOT NULL AND pl.item_id = l.item_id AND pl.unit_code = l.unit_code
                AND po.first_sent_at IS NOT NULL AND (po.first_sent_at, po.id) < (o.first_sent_at, o.id)
              ORDER BY po.first_sent_at DESC, po.id DESC LIMIT 1)
          ) ORDER BY l.line_no)
          FROM purchase_order_lines l WHERE l.purchase_order_id = o.id) AS lines
      FROM purchase_orders o
      WHERE o.id = any(${sql.param(ids)}::uuid[]) AND o.first_sent_at IS NOT NULL`),
  );
  return rows.map((r) => ({ ...r, firstSentAt: new Date(r.firstSentAt), lines: r.lines ?? [] }));
}

/** Every sent order's id, in pages (rebuilding and verifying supplier scores walk them all). */
export async function sentOrderIdsAfter(db: Db, after: string | null, limit: number): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      SELECT id FROM purchase_orders
      WHERE first_sent_at IS NOT NULL ${after ? sql`AND id > ${after}` : sql``}
      ORDER BY id LIMIT ${limit}`),
  );
  return rows.map((r) => r.id);
}
