import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../shared/sql';

/** How a supplier answered an order, as supplier evaluation reads it (docs/evaluation.md). */
export type AnswerFacts = {
  /** When its first answer (portal or UBL Order Response) arrived. */
  firstAnsweredAt: Date;
  /** Answers that proposed changes or rejected lines. */
  proposals: number;
};

/** The suppliers' answers to the orders `ids`, by order (orders never answered are absent): one statement. */
export async function answerFactsOfOrders(db: Db, ids: string[]): Promise<Map<string, AnswerFacts>> {
  const out = new Map<string, AnswerFacts>();
  if (ids.length === 0) return out;
  const rows = rowsOf<{ orderId: string; firstAnsweredAt: string | Date; proposals: number }>(
    await db.execute(sql`
      SELECT purchase_order_id AS "orderId", min(submitted_at) AS "firstAnsweredAt",
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM jsonb_array_elements(lines) e WHERE e->>'decision' <> 'accept'))::int AS proposals
      FROM supplier_responses
      WHERE purchase_order_id = any(${sql.param(ids)}::uuid[])
      GROUP BY purchase_order_id`),
  );
  for (const r of rows)
    out.set(r.orderId, { firstAnsweredAt: new Date(r.firstAnsweredAt), proposals: Number(r.proposals) });
  return out;
}
