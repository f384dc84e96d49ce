import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../shared/sql';

/** An invoice line billing an order line, as the match read it (in the order line's unit). */
export type BilledLine = {
  orderLineNo: number;
  /** Quantity and net price per unit, in the order line's unit. */
  quantity: string;
  unitPrice: string;
  /** Per unit above the order's net price (≤ 0: at or below it). */
  priceVariance: string;
  /** The invoice's rate: units of base currency per unit of its currency. */
  exchangeRate: string;
};

/** An invoice of an order that was matched (or refused), as supplier evaluation reads it. */
export type JudgedInvoice = {
  id: string;
  number: string;
  supplierInvoiceNumber: string;
  /** Matched without any match ever finding it an exception, and not rejected. */
  firstPass: boolean;
  lines: BilledLine[];
};

/**
 * The invoices (not credit notes) of the orders `ids` that a match has judged — matched, found an
 * exception, or rejected —, with their lines' prices as the match compared them, by order: one
 * statement. Drafts, invoices still waiting for goods and cancelled ones say nothing of the supplier.
 */
export async function invoiceFactsOfOrders(db: Db, ids: string[]): Promise<Map<string, JudgedInvoice[]>> {
  const out = new Map<string, JudgedInvoice[]>();
  if (ids.length === 0) return out;
  const rows = rowsOf<JudgedInvoice & { orderId: string }>(
    await db.execute(sql`
      SELECT i.purchase_order_id AS "orderId", i.id, i.number,
        i.supplier_invoice_number AS "supplierInvoiceNumber",
        (NOT i.had_exception AND i.status <> 'rejected') AS "firstPass",
        coalesce((SELECT json_agg(json_build_object('orderLineNo', l.order_line_no,
            'quantity', l.order_unit_quantity::text, 'unitPrice', l.order_unit_price::text,
            'priceVariance', coalesce(l.price_variance, 0)::text, 'exchangeRate', i.exchange_rate::text)
            ORDER BY l.line_no)
          FROM invoice_lines l WHERE l.invoice_id = i.id AND l.order_line_no IS NOT NULL
            AND l.order_unit_quantity IS NOT NULL AND l.order_unit_price IS NOT NULL), '[]') AS lines
      FROM invoices i
      WHERE i.purchase_order_id = any(${sql.param(ids)}::uuid[]) AND i.kind = 'invoice'
        AND (i.had_exception OR i.matched_at IS NOT NULL OR i.status = 'rejected')
        AND i.status <> 'cancelled'
      ORDER BY i.seq`),
  );
  for (const r of rows) {
    const { orderId, ...invoice } = r;
    const list = out.get(orderId) ?? [];
    list.push(invoice);
    out.set(orderId, list);
  }
  return out;
}
