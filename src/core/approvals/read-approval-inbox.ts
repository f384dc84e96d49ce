import type { ApprovalDocumentType } from '../../domain/approvals';
import * as organisation from '../organisation';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { dec, roundTo } from '../shared/money';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type ApprovableSummary, summariesOf } from './approvable';
import * as repo from './repository';

export type InboxItem = {
  documentType: ApprovalDocumentType;
  documentId: string;
  number: string;
  /** The document's version: what an approval sends as If-Match. */
  version: number;
  stepId: string;
  stepName: string;
  explanation: string;
  supplierName: string | null;
  total: string | null;
  currency: string | null;
  totalBase: string | null;
  requesterId: string | null;
  requesterName: string | null;
  submittedAt: Date | null;
  waitingSince: Date;
  /** Set when the caller would act as delegate of this approver. */
  onBehalfOfUserId: string | null;
  /** What the approver decides on, in words (an invoice variance's exceptions); empty for orders. */
  details: string[];
  /** The document against its cost centre's budgets: the tightest covering budget. */
  budget: InboxBudget;
};

export type InboxBudget = {
  status: 'within' | 'exceeds' | 'none';
  /** What is left of the tightest covering budget before this document (base currency). */
  available: string | null;
  costCentreCode: string | null;
};

const NO_BUDGET: InboxBudget = { status: 'none', available: null, costCentreCode: null };

/**
 * Budget status of the rows of one page. Budgets start on the first of a month, so every date of a
 * month has the same covering budgets: their state is read once per cost centre and month, and
 * each row's amount is weighed against it. (A document awaiting approval is not committed yet, so
 * nothing of it is in what the budgets already count.)
 */
function budgetsOfPage(ctx: Ctx, baseDecimals: number) {
  const states = new Map<string, Promise<organisation.BudgetEffect>>();
  return async (r: ApprovableSummary): Promise<InboxBudget> => {
    if (!r.costCentreId || !r.budgetDate || r.totalBase === null) return NO_BUDGET;
    const month = `${r.budgetDate.slice(0, 7)}-01`;
    const key = `${r.costCentreId}|${month}`;
    let state = states.get(key);
    if (!state) {
      state = organisation.budgetEffect(ctx, { costCentreId: r.costCentreId, date: month, amountBase: '0' });
      states.set(key, state);
    }
    const effect = await state;
    if (effect.budgets.length === 0) return { ...NO_BUDGET, costCentreCode: effect.costCentreCode };
    const tightest = effect.budgets.reduce((x, y) => (dec(y.availableNow).lt(x.availableNow) ? y : x));
    return {
      status: dec(tightest.availableNow).lt(r.totalBase) ? 'exceeds' : 'within',
      available: roundTo(tightest.availableNow, baseDecimals),
      costCentreCode: effect.costCentreCode,
    };
  };
}

/** One open step the caller may decide, with its document and whom the caller decides for. */
type WaitingStep = {
  step: Awaited<ReturnType<typeof repo.openStepsFor>>[number];
  doc: ApprovableSummary;
  principal: string;
};

/**
 * The open steps that wait for the caller, longest waiting first (since the step became current):
 * those that name them, or somebody whose approvals they hold by delegation, and that they (or
 * that person) have not decided yet; never their own document (separation of duties).
 */
async function waitingSteps(
  ctx: Ctx,
  opts: { actor: Actor; limit: number; cursor?: string },
): Promise<{ waiting: WaitingStep[]; nextCursor: string | null }> {
  const me = opts.actor.userId;
  if (!me) throw AppError.forbidden('Only a person has an approval inbox.');
  const delegators = await repo.delegatorsOf(ctx.db, me, ctx.clock.now());
  const principals = [me, ...delegators.filter((d) => d !== me)];
  const c = decodeListCursor(opts.cursor, { k: 'timestamp' });
  const rows = await repo.openStepsFor(
    ctx.db,
    principals,
    c ? { at: new Date(String(c.k)), id: c.id } : undefined,
    opts.limit + 1,
  );
  const page = pageOf(rows, opts.limit, (r) => ({
    k: (r.activatedAt ?? r.createdAt).toISOString(),
    id: r.id,
  }));
  const documents = await summariesOf(ctx, page.items);
  const waiting: WaitingStep[] = [];
  for (const step of page.items) {
    const doc = documents.get(`${step.documentType}:${step.documentId}`);
    if (!doc) continue;
    const decided = new Set(step.decisions.map((d) => d.onBehalfOfUserId ?? d.actorUserId));
    if (step.decisions.some((d) => d.actorUserId === me)) continue;
    // Separation of duties: never the author's own document, delegation or not.
    if (doc.authorId === me || doc.creatorId === me) continue;
    const principal = principals.find((p) => step.approverUserIds.includes(p) && !decided.has(p));
    if (principal === undefined) continue;
    waiting.push({ step, doc, principal });
  }
  return { waiting, nextCursor: page.nextCursor };
}

/**
 * What waits for the caller, longest waiting first (since the step became current), each with its
 * document's totals and budget state. Documents submitted while no policy was enabled have no
 * stored route and are not listed.
 */
export async function readApprovalInbox(
  ctx: Ctx,
  opts: { actor: Actor; limit: number; cursor?: string },
): Promise<Page<InboxItem>> {
  const me = opts.actor.userId;
  const { waiting, nextCursor } = await waitingSteps(ctx, opts);
  const baseDecimals = await repo.baseMinorUnits(ctx.db);
  const budgetOf = budgetsOfPage(ctx, baseDecimals);
  const items: InboxItem[] = [];
  for (const { step, doc, principal } of waiting) {
    items.push({
      documentType: step.documentType,
      documentId: step.documentId,
      number: doc.number,
      version: doc.version,
      stepId: step.id,
      stepName: step.name,
      explanation: step.explanation,
      supplierName: doc.supplierName,
      total: doc.total === null ? null : roundTo(doc.total, doc.minorUnits ?? 2),
      currency: doc.currency,
      totalBase: doc.totalBase === null ? null : roundTo(doc.totalBase, baseDecimals),
      requesterId: doc.authorId,
      requesterName: doc.authorName,
      submittedAt: doc.submittedAt,
      waitingSince: step.activatedAt ?? step.createdAt,
      onBehalfOfUserId: principal === me ? null : principal,
      details: doc.details ?? [],
      budget: await budgetOf(doc),
    });
  }
  return { items, nextCursor };
}

/**
 * How many documents wait for the caller, counting the first `limit` open steps (the inbox's
 * first page) and when each began to wait: the inbox without its totals and budgets, for the home
 * page.
 */
export async function countApprovalInbox(
  ctx: Ctx,
  opts: { actor: Actor; limit: number },
): Promise<{ count: number; more: boolean; waitingSince: Date[] }> {
  const { waiting, nextCursor } = await waitingSteps(ctx, opts);
  return {
    count: waiting.length,
    more: nextCursor !== null,
    waitingSince: waiting.map(({ step }) => step.activatedAt ?? step.createdAt),
  };
}
