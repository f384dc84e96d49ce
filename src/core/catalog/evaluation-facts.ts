import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../shared/sql';

/** One order line to price against its supplier's price list. */
export type ListPriceQuery = {
  key: string;
  supplierId: string;
  itemId: string;
  currency: string;
  /** The order date: the entry must be valid on it. */
  on: string;
  quantity: string;
};

/**
 * The supplier's price-list price for each query (the lowest valid on the date, in the currency,
 * for the quantity), by key; a query without one is absent: one statement.
 */
export async function listPricesFor(db: Db, queries: ListPriceQuery[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (queries.length === 0) return out;
  const rows = rowsOf<{ key: string; unitPrice: string }>(
    await db.execute(sql`
      SELECT q.key, min(p.unit_price)::text AS "unitPrice"
      FROM jsonb_to_recordset(${JSON.stringify(queries)}::jsonb)
        AS q(key text, "supplierId" uuid, "itemId" uuid, currency text, "on" date, quantity numeric)
      JOIN price_list_entries p ON p.supplier_id = q."supplierId" AND p.item_id = q."itemId"
        AND p.currency = q.currency AND p.valid_from <= q."on" AND (p.valid_to IS NULL OR p.valid_to >= q."on")
        AND p.min_quantity <= q.quantity
      GROUP BY q.key`),
  );
  for (const r of rows) out.set(r.key, r.unitPrice);
  return out;
}
