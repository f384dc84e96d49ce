import * as catalog from '../catalog';
import * as dispatch from '../dispatch';
import type { DomainEvent, EventConsumer } from '../events';
import * as invoicing from '../invoicing';
import * as purchaseOrders from '../purchase-orders';
import * as receiving from '../receiving';
import type { Ctx } from '../shared/context';
import { inTransaction } from '../shared/events';
import * as repo from './repository';
import {
  addCounters,
  type Counters,
  countersAreZero,
  DEC_COUNTERS,
  INT_COUNTERS,
  type OrderScoreInput,
  orderScoreFacts,
  type ScoreFact,
  type ScoreRuleSettings,
  zeroCounters,
} from './rules';

/**
 * Keeping supplier scores current (docs/evaluation.md#how-scores-stay-current): after any event that
 * changes what an order's facts are, a consumer computes the order's contribution again from its
 * documents and moves the difference into the monthly summary, in the relay's transaction.
 */

/** Everything recorded of the orders `ids` that scores weigh (never-sent orders are left out). */
export async function orderScoreInputs(ctx: Ctx, ids: string[]): Promise<OrderScoreInput[]> {
  const db = ctx.db;
  const orders = await purchaseOrders.ordersForEvaluation(ctx, ids);
  if (orders.length === 0) return [];
  const sent = orders.map((o) => o.id);
  const [received, answers, invoices, ratings, listPrices] = [
    await receiving.receivingFactsOfOrders(ctx, sent),
    await dispatch.answerFactsOfOrders(ctx, sent),
    await invoicing.invoiceFactsOfOrders(ctx, sent),
    await repo.ratingsOfOrders(db, sent),
    await catalog.listPricesFor(
      ctx,
      orders.flatMap((o) =>
        o.lines
          .filter((l) => l.itemId !== null)
          .map((l) => ({
            key: `${o.id}/${l.lineNo}`,
            supplierId: o.supplierId,
            itemId: l.itemId as string,
            currency: o.currency,
            on: o.orderDate,
            quantity: l.quantity,
          })),
      ),
    ),
  ];
  const now = ctx.clock.now();
  return orders.map((order) => ({
    now,
    order,
    receiving: received.get(order.id) ?? { deliveries: [], inspections: [], returns: [] },
    answer: answers.get(order.id) ?? null,
    invoices: invoices.get(order.id) ?? [],
    ratings: ratings.get(order.id) ?? [],
    listPrices: new Map(
      order.lines.flatMap((l) => {
        const price = listPrices.get(`${order.id}/${l.lineNo}`);
        return price === undefined ? [] : [[l.lineNo, price] as const];
      }),
    ),
  }));
}

export function ruleSettingsOf(row: repo.SettingsRow): ScoreRuleSettings {
  return { graceDays: row.graceDays, responseDays: row.responseDays };
}

/** The facts of the orders `ids` as their documents say now. */
export async function computeFacts(
  ctx: Ctx,
  ids: string[],
  settings: ScoreRuleSettings,
): Promise<ScoreFact[]> {
  const inputs = await orderScoreInputs(ctx, ids);
  return inputs.flatMap((input) => orderScoreFacts(input, settings));
}

function cellKey(f: { supplierId: string; categoryId: string; month: string }): string {
  return `${f.supplierId}|${f.categoryId}|${f.month}`;
}

function countersOnly(f: ScoreFact): Counters {
  const c = zeroCounters();
  for (const k of INT_COUNTERS) c[k] = f[k];
  for (const k of DEC_COUNTERS) c[k] = f[k];
  return c;
}

/** The new facts minus the old, summed per supplier, category and month; cells that do not move are left out. */
export function monthDeltas(before: ScoreFact[], after: ScoreFact[]): repo.MonthDelta[] {
  const cells = new Map<string, repo.MonthDelta>();
  const add = (f: ScoreFact, sign: 1 | -1) => {
    const key = cellKey(f);
    const cell = cells.get(key) ?? {
      ...zeroCounters(),
      supplierId: f.supplierId,
      categoryId: f.categoryId,
      month: f.month,
    };
    cells.set(key, { ...cell, ...addCounters(cell, countersOnly(f), sign) });
  };
  for (const f of before) add(f, -1);
  for (const f of after) add(f, 1);
  return [...cells.values()].filter((c) => !countersAreZero(c));
}

/**
 * Computes the scores of the orders `ids` again and moves the difference into the summary, in one
 * transaction (the caller's, or its own). Idempotent: an order whose facts did not change writes
 * nothing to the months.
 */
export async function refreshOrderScores(
  ctx: Ctx,
  ids: string[],
  settings?: ScoreRuleSettings,
): Promise<void> {
  if (ids.length === 0) return;
  await inTransaction(ctx, async (tx) => {
    await repo.lockOrderScores(tx.db, ids);
    const rules = settings ?? ruleSettingsOf(await repo.readSettings(tx.db));
    const before = await repo.factsOfOrders(tx.db, ids);
    const after = await computeFacts(tx, ids, rules);
    const deltas = monthDeltas(before, after);
    if (deltas.length === 0 && sameFacts(before, after)) return;
    await repo.replaceFacts(tx.db, ids, after);
    await repo.addToMonths(tx.db, deltas);
  });
}

function sameFacts(a: ScoreFact[], b: ScoreFact[]): boolean {
  if (a.length !== b.length) return false;
  const key = (f: ScoreFact) => `${f.purchaseOrderId}|${f.categoryId}`;
  const byKey = new Map(a.map((f) => [key(f), f]));
  return b.every((f) => {
    const old = byKey.get(key(f));
    return (
      old !== undefined &&
      old.month === f.month &&
      old.supplierId === f.supplierId &&
      countersAreZero(addCounters(countersOnly(old), countersOnly(f), -1)) &&
      JSON.stringify(sortKeys(old.rejections)) === JSON.stringify(sortKeys(f.rejections))
    );
  });
}

function sortKeys(o: Record<string, unknown>): [string, unknown][] {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}

/** The order events after which what the order contributes to its supplier's scores may have changed. */
const ORDER_EVENTS = new Set([
  'purchase_order.sent',
  'purchase_order.revised',
  'purchase_order.acknowledged',
  'purchase_order.supplier_answered',
  'purchase_order.goods_received',
  'purchase_order.receipt_reversed',
  'purchase_order.returned_to_supplier',
  'purchase_order.inspected',
  'purchase_order.received',
  'purchase_order.short_closed',
  'purchase_order.closed',
  'purchase_order.cancelled',
  'purchase_order.rated',
]);

/** The invoice events after which its order's invoice accuracy and prices may have changed. */
const INVOICE_EVENTS = new Set([
  'invoice.submitted',
  'invoice.rematched',
  'invoice.accepted',
  'invoice.rejected',
  'invoice.cancelled',
]);

/** The order an event is about: its subject, or an invoice's order. */
function orderOfEvent(event: DomainEvent): string | null {
  if (event.subjectType === 'purchase_order') return event.subjectId;
  return typeof event.payload.purchaseOrderId === 'string' ? event.payload.purchaseOrderId : null;
}

/**
 * Keeps the supplier scores of each order in step with its documents (`evaluation-scores`). A
 * batch's events are taken together: each order they name is scored once, all in one go (a goods
 * receipt alone says received and goods received; a relay batch holds up to 200 events).
 */
export const supplierScores: EventConsumer = {
  name: 'evaluation-scores',
  accepts: (type) => ORDER_EVENTS.has(type) || INVOICE_EVENTS.has(type),
  handle: (ctx, event, batch) => supplierScores.handleAll!(ctx, [event], batch),
  async handleAll(ctx, events) {
    const ids = new Set(events.map(orderOfEvent).filter((id): id is string => id !== null));
    await refreshOrderScores(ctx, [...ids]);
  },
};
