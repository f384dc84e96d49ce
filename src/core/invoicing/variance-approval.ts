import * as approvals from '../approvals';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { transitionDocument } from '../shared/transition-document';
import type { Invoice } from './invoice';
import * as repo from './repository';
import { acceptNow, type InvoiceStep, type InvoiceTransitionInput, invoiceType } from './transition-invoice';
import { throwIfNoVarianceApproval, VARIANCE_DOCUMENT_TYPE, varianceAuthors } from './variance-route';

/**
 * Deciding on the acceptance of an invoice's variances that the approval policy routed
 * (docs/accounts-payable.md#variance-approval): an approver (or their delegate) of the open step
 * who is none of the order's authors and did not ask — the stored route says who. The last
 * approval accepts the variances exactly as a direct accept does; a rejection leaves the invoice
 * an exception with the reason, for accounts payable to act on (credit note, reject, hold).
 */

/** The approver's decision on the route, with the invoice locked (two approvers of the last step wait here). */
async function decide(
  tx: Ctx,
  opts: { actor: Actor; row: repo.InvoiceRow; action: approvals.RouteAction; comment: string | null },
): Promise<approvals.ApprovalDecision> {
  const { row } = opts;
  throwIfNoVarianceApproval(row);
  const { basics } = await varianceAuthors(tx, {
    invoice: row,
    requestedBy: row.varianceApprovalRequestedBy,
  });
  const decision = await approvals.decideApprovalStep(tx, {
    documentType: VARIANCE_DOCUMENT_TYPE,
    documentId: row.id,
    actor: opts.actor,
    action: opts.action,
    comment: opts.comment,
    authors: basics,
    documentLabel: `the variances of invoice ${row.number}`,
  });
  if (decision === null) {
    throw AppError.conflict(`No approval route of the variances of ${row.number} is open.`, {
      currentStatus: row.status,
    });
  }
  return decision;
}

/**
 * Approves the variances' acceptance on the actor's step; the last approval accepts them: the
 * invoice is matched again with them passing (matched, or awaiting goods still to come), with the
 * reason given when they were submitted.
 */
export async function approveInvoiceVariance(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'approve_variance',
    step: async (tx, row): Promise<InvoiceStep> => {
      const decision = await decide(tx, {
        actor: input.actor,
        row,
        action: 'approve',
        comment: input.reason?.trim() || null,
      });
      const changes = approvals.decisionChanges(decision);
      if (!decision.complete) return { stay: true, changes };
      const now = tx.clock.now();
      return {
        ...(await acceptNow(tx, { actor: input.actor, row })),
        // Recorded as the accept it completes: the variances are accepted now.
        recordAs: 'accept',
        patch: {
          acceptedExceptions: [...(row.acceptedExceptions ?? []), ...row.exceptions],
          acceptedBy: row.varianceApprovalRequestedBy,
          acceptedAt: now,
          acceptReason: row.varianceApprovalReason,
          varianceApprovalStatus: 'approved',
          varianceApprovalDecidedBy: input.actor.userId,
          varianceApprovalDecidedAt: now,
        },
        changes: {
          ...changes,
          accepted: { before: null, after: row.exceptions.map((e) => e.message) },
          varianceApproval: { before: 'pending', after: `approved by ${decision.by}` },
        },
      };
    },
  });
}

/**
 * Rejects the variances' acceptance, with the reason: the route ends and the invoice stays an
 * exception with its variances, the reason shown on it; whoever asked is told.
 */
export async function rejectInvoiceVariance(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'reject_variance',
    step: async (tx, row): Promise<InvoiceStep> => {
      const reason = input.reason?.trim() || null;
      const decision = await decide(tx, { actor: input.actor, row, action: 'reject', comment: reason });
      return {
        patch: {
          varianceApprovalStatus: 'rejected',
          varianceApprovalDecidedBy: input.actor.userId,
          varianceApprovalDecidedAt: tx.clock.now(),
          varianceApprovalNote: reason,
        },
        changes: {
          ...approvals.decisionChanges(decision),
          varianceApproval: { before: 'pending', after: `rejected by ${decision.by}: ${reason}` },
        },
      };
    },
  });
}

/**
 * The route of the invoice's variances (the last one asked for), with its decisions and what the
 * reader may do on it now; `none` when its variances were never routed.
 */
export async function readInvoiceApprovalRoute(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<approvals.ApprovalRouteView> {
  if (!can(opts.actor, 'invoices:read')) throw AppError.notFound('Invoice', opts.id);
  const row = await repo.findInvoice(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Invoice', opts.id);
  if (row.varianceApprovalStatus === null) {
    return approvals.storedApprovalRoute(ctx, { documentType: VARIANCE_DOCUMENT_TYPE, documentId: row.id });
  }
  const { basics } = await varianceAuthors(ctx, {
    invoice: row,
    requestedBy: row.varianceApprovalRequestedBy,
  });
  return approvals.storedApprovalRoute(ctx, {
    documentType: VARIANCE_DOCUMENT_TYPE,
    documentId: row.id,
    viewer: { userId: opts.actor.userId, authors: basics },
  });
}
