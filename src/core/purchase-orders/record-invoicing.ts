import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { transitionDocument } from '../shared/transition-document';
import { assertCanSee } from './access';
import * as repo from './repository';
import { orderAuthors } from './resolve-approval';
import { isAllowed } from './rules';
import { purchaseOrderType } from './transition-purchase-order';

/** An order as invoicing matches an invoice against it (`getInvoicingView`, `lockInvoicingView`). */
export type InvoicingView = repo.InvoicingViewRow;

/**
 * The order with its terms, people and lines' prices, taxes and quantities, if the actor may see it
 * (404 otherwise): what an invoice is checked against before anything is locked.
 */
export async function getInvoicingView(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<InvoicingView> {
  const view = await repo.invoicingView(ctx.db, opts.id);
  if (!view) throw AppError.notFound('Purchase order', opts.id);
  assertCanSee(opts.actor, view);
  return view;
}

/**
 * Everyone who wrote or asked for the order — its buyer, creator, editors and the requesters of
 * what it buys — as approvals count them: separation of duties keeps them from accepting variances
 * of its invoices. 404 unless the actor may see the order.
 */
export async function purchaseOrderAuthorIds(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<string[]> {
  const order = await repo.findById(ctx.db, opts.id);
  if (!order) throw AppError.notFound('Purchase order', opts.id);
  assertCanSee(opts.actor, order);
  const authors = await orderAuthors(ctx, order);
  return [authors.requesterId, authors.creatorId, authors.lastEditorId, ...authors.otherAuthorIds].filter(
    (id): id is string => id !== null,
  );
}

/**
 * What the approval policy of an invoice variance weighs of the invoice's order: where it books
 * (department, cost centre, categories), its supplier's status, the base currency, and everyone who
 * wrote or asked for it (never an approver of its invoices' variances). For invoicing, which checked
 * the actor may see invoices.
 */
export async function orderApprovalFacts(
  ctx: Ctx,
  opts: { id: string },
): Promise<{
  departmentId: string | null;
  costCentreId: string | null;
  categoryIds: string[];
  supplierStatus: string | null;
  baseCurrency: string;
  authorIds: string[];
}> {
  const order = await repo.findById(ctx.db, opts.id);
  if (!order) throw AppError.notFound('Purchase order', opts.id);
  const lookups = await repo.approvalLookups(ctx.db, order);
  const authors = await orderAuthors(ctx, order);
  return {
    departmentId: order.departmentId,
    costCentreId: order.costCentreId,
    categoryIds: lookups.categoryIds,
    supplierStatus: lookups.supplierStatus,
    baseCurrency: lookups.baseCurrency,
    authorIds: [
      authors.requesterId,
      authors.creatorId,
      authors.lastEditorId,
      ...authors.otherAuthorIds,
    ].filter((id): id is string => id !== null),
  };
}

/** The id of the order with this number (any letter case), if there is one. */
export async function findPurchaseOrderIdByNumber(
  ctx: Ctx,
  opts: { number: string },
): Promise<string | null> {
  return (await repo.findOrderIdByNumber(ctx.db, opts.number)) ?? null;
}

/**
 * The order locked (as receiving locks it: receipts, reversals and matches of one order wait for
 * each other here), with the same view: inside the transaction that matches.
 */
export async function lockInvoicingView(tx: Ctx, id: string): Promise<InvoicingView> {
  const view = await repo.invoicingView(tx.db, id, { forUpdate: true });
  if (!view) throw AppError.notFound('Purchase order', id);
  return view;
}

/**
 * Adds what matched invoices billed to the order's lines (derived progress: the order's version does
 * not change for it). When every line is then fully accepted (three-way) and fully billed, the order
 * is settled and closes through the shared transition core. Call inside the transaction that holds
 * `lockInvoicingView`.
 */
export async function recordInvoicing(
  tx: Ctx,
  opts: { actor: Actor; order: InvoicingView; deltas: { lineNo: number; billed: string }[] },
): Promise<{ closed: boolean }> {
  if (opts.deltas.length === 0) return { closed: false };
  const { settled } = await repo.addBilledQuantities(tx.db, opts.order.id, opts.deltas);
  if (!settled || !isAllowed(opts.order.status, 'close')) return { closed: false };
  await transitionDocument(tx, purchaseOrderType, {
    actor: opts.actor,
    id: opts.order.id,
    version: opts.order.version,
    transition: 'close',
    reason: 'Fully received and invoiced',
  });
  return { closed: true };
}

/** An order's number and the rate its base-currency amounts were taken at (the order's date). */
export type OrderExchangeRate = {
  number: string;
  currency: string;
  exchangeRate: string;
  exchangeRateDate: string;
};

/**
 * The rates these orders were valued at in base currency, by id (one statement; unknown ids left
 * out): what an invoice's own rate is compared with, for the exchange differences report.
 */
export async function orderExchangeRates(
  ctx: Ctx,
  opts: { ids: string[] },
): Promise<Map<string, OrderExchangeRate>> {
  const rows = await repo.exchangeRatesOf(ctx.db, [...new Set(opts.ids)]);
  return new Map(rows.map((r) => [r.id, r]));
}
