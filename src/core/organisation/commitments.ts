import type { Ctx } from '../shared/context';
import { dec } from '../shared/money';

/** A cost centre's period [from, to), and optionally the one document whose own commitment is asked. */
export type CommitmentQuery = { costCentreId: string; from: string; to: string; documentId?: string };

/**
 * What the documents of one type commit (or, as an actual source, have spent: approved invoices)
 * against a cost centre in a period, in base currency.
 */
export type CommitmentSource = (ctx: Ctx, query: CommitmentQuery) => Promise<string>;

/**
 * Budgets belong to the organisation, but what consumes them are documents of capabilities that
 * depend on the organisation (purchase orders today; invoices later). Rather than reading their
 * tables, budgets ask each document type's registered source; purchase-orders registers its own
 * in its index.ts, so any process that loads it (the API, the CLI, the seed, tests) has it.
 */
const sources = new Map<string, CommitmentSource>();
/** Actual spend (approved invoices), asked of the same documents: what moved out of committed. */
const actualSources = new Map<string, CommitmentSource>();

export function registerCommitmentSource(documentType: string, source: CommitmentSource): void {
  sources.set(documentType, source);
}

export function registerActualSource(documentType: string, source: CommitmentSource): void {
  actualSources.set(documentType, source);
}

function missing(what: string): Error {
  return new Error(`No commitment source for ${what} is registered: load the capability that owns it.`);
}

/** What every document type together commits against the cost centre in the period. */
export async function committedBase(ctx: Ctx, query: CommitmentQuery): Promise<string> {
  if (sources.size === 0) throw missing('any document type');
  let total = dec(0);
  // One after the other: ctx.db may be a transaction, which runs one statement at a time anyway.
  for (const source of sources.values()) total = total.plus(await source(ctx, query));
  return total.toFixed();
}

/** What one document commits against the cost centre in the period. */
export async function committedByDocument(
  ctx: Ctx,
  query: CommitmentQuery & { documentType: string; documentId: string },
): Promise<string> {
  const source = sources.get(query.documentType);
  if (!source) throw missing(query.documentType);
  return source(ctx, query);
}

/** What every document type together has actually spent (approved invoices) against the cost centre in the period. */
export async function actualBase(ctx: Ctx, query: CommitmentQuery): Promise<string> {
  if (actualSources.size === 0) throw missing('actual spend of any document type');
  let total = dec(0);
  for (const source of actualSources.values()) total = total.plus(await source(ctx, query));
  return total.toFixed();
}

/**
 * What one document consumes of the cost centre's budget in the period: what it still commits plus
 * what its approved invoices spent (a budget check must not count either twice).
 */
export async function consumedByDocument(
  ctx: Ctx,
  query: CommitmentQuery & { documentType: string; documentId: string },
): Promise<string> {
  const committed = await committedByDocument(ctx, query);
  const actual = actualSources.get(query.documentType);
  return dec(committed)
    .plus(actual ? await actual(ctx, query) : 0)
    .toFixed();
}
