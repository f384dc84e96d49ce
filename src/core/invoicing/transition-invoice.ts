import type { InvoiceException } from '../../db/schema';
import { type InvoiceStatus, invoiceCountsAsActual } from '../../domain/invoicing';
import * as approvals from '../approvals';
import * as dispatch from '../dispatch';
import * as purchaseOrders from '../purchase-orders';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { D, dec, normalize } from '../shared/money';
import { type DocumentType, type TransitionStep, transitionDocument } from '../shared/transition-document';
import type { Invoice } from './invoice';
import { giveBack, runMatch } from './match-invoice';
import { readInvoice } from './read-invoices';
import * as repo from './repository';
import {
  actualSpendOf,
  consumesInLedger,
  type InvoiceTransition,
  invoiceReasonRequired,
  invoiceTransitionAllowed,
  invoiceTransitionTarget,
} from './rules';
import {
  routeVarianceAcceptance,
  throwIfVarianceAwaitingApproval,
  VARIANCE_DOCUMENT_TYPE,
} from './variance-route';

/** Supplier invoices as the shared transition core sees them. */
export const invoiceType: DocumentType<
  repo.InvoiceRow,
  InvoiceTransition,
  null,
  repo.InvoiceInsert,
  Invoice
> = {
  kind: 'invoice',
  label: 'invoice',
  permissions: {
    submit: 'invoices:write',
    rematch: ['invoices:write', 'invoices:resolve'],
    accept: 'invoices:resolve',
    request_credit_note: 'invoices:write',
    approve: 'invoices:approve',
    hold: 'invoices:write',
    release: 'invoices:write',
    reject: 'invoices:write',
    cancel: 'invoices:write',
    approve_variance: 'invoices:resolve',
    reject_variance: 'invoices:resolve',
  },
  async lock(ctx, { id, actor }) {
    if (!can(actor, 'invoices:read')) return null;
    const row = await repo.lockInvoice(ctx.db, id);
    return row ? { row, facts: null } : null;
  },
  next(row, transition) {
    if (!invoiceTransitionAllowed(row.status, transition)) {
      throw AppError.conflict(
        `This invoice is in status "${row.status}": it cannot be ${inWords(transition)} now.`,
        { currentStatus: row.status },
      );
    }
    // The match decides where submit, rematch and accept end; request_credit_note keeps the status.
    return { status: invoiceTransitionTarget(row, transition) ?? row.status };
  },
  reasonRequired: (transition) => invoiceReasonRequired(transition),
  async write(ctx, row, patch) {
    const written = await repo.updateInvoice(ctx.db, row.id, row.version, patch);
    if (written) await recordActualSpend(ctx, row, written);
    return written;
  },
  read: (ctx, id) => readInvoice(ctx, id),
  eventFacts: (doc) => ({
    number: doc.number,
    kind: doc.kind,
    supplierId: doc.supplierId,
    supplierInvoiceNumber: doc.supplierInvoiceNumber,
    purchaseOrderId: doc.purchaseOrderId,
    purchaseOrderNumber: doc.purchaseOrderNumber,
    payableAmount: doc.payableAmount,
    currency: doc.currency,
    dueDate: doc.dueDate,
    exceptions: doc.exceptions.map((e) => e.message),
  }),
};

/**
 * An invoice that becomes actual spend (approved for payment, scheduled, paid, or held from one of
 * them) adds its base-currency amount to its order's (a credit note takes it off), one that stops
 * being so gives it back: budgets move it from committed to actual. Every status change of an
 * invoice is written here, in the transaction that makes it.
 */
async function recordActualSpend(tx: Ctx, before: repo.InvoiceRow, after: repo.InvoiceRow): Promise<void> {
  const was = invoiceCountsAsActual(before.status, before.heldFromStatus);
  const is = invoiceCountsAsActual(after.status, after.heldFromStatus);
  if (was === is) return;
  const amount = actualSpendOf(after);
  await purchaseOrders.recordInvoicedSpend(tx, {
    purchaseOrderId: after.purchaseOrderId,
    amountBase: is ? amount : dec(amount).negated().toFixed(),
  });
}

function inWords(transition: InvoiceTransition): string {
  const words: Record<InvoiceTransition, string> = {
    submit: 'submitted for matching',
    rematch: 'matched again',
    accept: 'accepted with its variances',
    request_credit_note: 'answered with a credit-note request',
    approve: 'approved for payment',
    hold: 'put on hold',
    release: 'released',
    reject: 'rejected',
    cancel: 'cancelled',
    approve_variance: 'approved with its variances',
    reject_variance: 'refused its variances',
  };
  return words[transition];
}

/** What an invoice use case adds to its transition. */
export type InvoiceStep = TransitionStep<repo.InvoiceRow, repo.InvoiceInsert>;

export type InvoiceTransitionInput = {
  actor: Actor;
  id: string;
  version: number;
  reason?: string | null;
};

/** The columns a match result sets on the invoice, and its state. */
export function matchedPatch(
  tx: Ctx,
  result: Awaited<ReturnType<typeof runMatch>>,
): Partial<repo.InvoiceInsert> & { status: InvoiceStatus } {
  return {
    status: result.status,
    exceptions: result.exceptions,
    possibleDuplicateOfId: result.possibleDuplicateOfId,
    ...(result.consumed ? { matchedAt: tx.clock.now() } : {}),
    // Supplier evaluation's first-pass match rate: once an exception, never first pass.
    ...(result.status === 'exception' ? { hadException: true } : {}),
    ...(result.dueDates ?? {}),
  };
}

/**
 * A draft (or an invoice just captured) goes to matching: matched, awaiting goods, or an exception
 * with every variance in words (docs/accounts-payable.md).
 */
export async function submitInvoice(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'submit',
    step: async (tx, row) => {
      const result = await runMatch(tx, { actor: input.actor, invoice: row, accepted: [] });
      return { state: matchedPatch(tx, result), changes: matchChanges(result) };
    },
  });
}

/** Thrown inside a rematch that would change nothing: the transaction is rolled back, nothing recorded. */
class Unchanged extends Error {}

/**
 * Matches an invoice that waits for goods or is an exception again: receipts, reversals, credit
 * notes and tolerance changes since may change the answer. Recorded only when the status or the
 * exceptions change (receipts re-run it: `rematchAfterReceipts`); otherwise answers the invoice as
 * it is.
 */
export async function rematchInvoice(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  try {
    return await transitionDocument(ctx, invoiceType, {
      ...input,
      transition: 'rematch',
      step: async (tx, row) => {
        // Its variances wait for approval: the route decides, on the exceptions it was asked about.
        if (row.varianceApprovalStatus === 'pending') throw new Unchanged();
        const result = await runMatch(tx, {
          actor: input.actor,
          invoice: row,
          accepted: row.acceptedExceptions ?? [],
        });
        const same =
          result.status === row.status &&
          JSON.stringify(result.exceptions.map((e) => [e.kind, e.lineNo])) ===
            JSON.stringify(row.exceptions.map((e) => [e.kind, e.lineNo]));
        if (same) throw new Unchanged();
        return { state: matchedPatch(tx, result), changes: matchChanges(result) };
      },
    });
  } catch (err) {
    if (!(err instanceof Unchanged)) throw err;
    return readInvoice(ctx, input.id);
  }
}

function matchChanges(result: Awaited<ReturnType<typeof runMatch>>) {
  return {
    exceptions: { before: null, after: result.exceptions.map((e) => e.message) },
    ...(result.consumed ? { consumed: { before: false, after: true } } : {}),
  };
}

/**
 * Accepts an exception's variances with a reason: by a user allowed to (`invoices:resolve`) who is
 * none of the order's authors — its buyer, creator, editors or requesters — as for approvals
 * (separation of duties). The invoice is matched again with them passing: it consumes what it bills
 * (variances beyond what was available as variance entries) or waits for goods still to come.
 *
 * When the enabled `invoice_variance` approval policy gives the variances' amount a step, nothing
 * is accepted yet: the acceptance goes to approval (the invoice stays an exception, not payable,
 * its variances `pending`) and the last approval accepts them (approveInvoiceVariance).
 */
export async function acceptInvoiceVariances(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'accept',
    step: async (tx, row): Promise<InvoiceStep> => {
      const userId = input.actor.userId;
      const authors = await purchaseOrders.purchaseOrderAuthorIds(tx, {
        actor: input.actor,
        id: row.purchaseOrderId,
      });
      if (userId !== null && authors.includes(userId)) {
        throw AppError.forbidden(
          `You bought, wrote or requested ${row.purchaseOrderNumber}: someone else must accept the variances of its invoices (separation of duties).`,
        );
      }
      throwIfVarianceAwaitingApproval(row);
      const reason = input.reason?.trim() || null;
      const route = await routeVarianceAcceptance(tx, { invoice: row, requestedBy: userId });
      const variances = { before: null, after: row.exceptions.map((e) => e.message) };
      if (route.kind === 'routed') {
        return {
          state: { status: row.status },
          recordAs: 'submit_variance',
          patch: {
            varianceApprovalStatus: 'pending' as const,
            varianceApprovalRequestedBy: userId,
            varianceApprovalRequestedAt: tx.clock.now(),
            varianceApprovalReason: reason,
            varianceAmountBase: route.amountBase,
            varianceApprovalDecidedBy: null,
            varianceApprovalDecidedAt: null,
            varianceApprovalNote: null,
          },
          changes: { variances, varianceApproval: { before: null, after: route.explanation } },
        };
      }
      return {
        ...(await acceptNow(tx, { actor: input.actor, row })),
        patch: {
          acceptedExceptions: [...(row.acceptedExceptions ?? []), ...row.exceptions],
          acceptedBy: userId,
          acceptedAt: tx.clock.now(),
          acceptReason: reason,
        },
        changes: {
          accepted: variances,
          ...(route.explanation ? { varianceApproval: { before: null, after: route.explanation } } : {}),
        },
      };
    },
  });
}

/**
 * Matches the invoice again with its exceptions accepted (on top of any accepted before): the
 * state the direct accept and the last approval of a routed one both lead to.
 */
export async function acceptNow(
  tx: Ctx,
  opts: { actor: Actor; row: repo.InvoiceRow },
): Promise<{ state: ReturnType<typeof matchedPatch> }> {
  const accepted: InvoiceException[] = [...(opts.row.acceptedExceptions ?? []), ...opts.row.exceptions];
  const result = await runMatch(tx, { actor: opts.actor, invoice: opts.row, accepted });
  return { state: matchedPatch(tx, result) };
}

/**
 * Asks the supplier for a credit note against an exception (the reason is what it is told, with the
 * variances): its portal users by notification and e-mail, else the addresses the order was sent
 * to. The invoice stays an exception; the request shows on it and in the supplier's portal.
 */
export async function requestCreditNote(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'request_credit_note',
    step: async (tx, row) => {
      const note = input.reason?.trim() ?? '';
      const told = await dispatch.tellSupplier(tx, {
        supplierId: row.supplierId,
        purchaseOrderId: row.purchaseOrderId,
        kind: 'credit_note_requested',
        link: `/portal/invoices/${row.id}`,
        document: { type: 'purchase_order', id: row.purchaseOrderId },
        message: (i18n) => ({
          title: i18n._({
            id: 'invoices.creditNoteRequest.title',
            message: 'Please send a credit note for your invoice {number} ({order})',
            values: { number: row.supplierInvoiceNumber, order: row.purchaseOrderNumber },
          }),
          body: [
            note,
            '',
            i18n._({
              id: 'invoices.creditNoteRequest.variances',
              message: 'What differs from the order and what was received:',
            }),
            ...row.exceptions.map((e) => `- ${e.message}`),
          ].join('\n'),
        }),
      });
      return {
        state: { status: row.status },
        patch: { creditNoteRequestedAt: tx.clock.now(), creditNoteRequestNote: note },
        changes: { creditNoteRequest: { before: null, after: `${note} (${told} told)` } },
      };
    },
  });
}

/** Approves a matched invoice for payment: it goes into the next payment run due. */
export async function approveInvoice(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'approve',
    step: (tx) => ({ patch: { approvedAt: tx.clock.now(), approvedBy: input.actor.userId } }),
  });
}

/** Holds an invoice with a reason (nothing is paid or matched while it is held). */
export async function holdInvoice(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'hold',
    step: (_tx, row) => ({ patch: { heldFromStatus: row.status, holdReason: input.reason?.trim() || null } }),
  });
}

/** Releases a held invoice back to where it was held from. */
export async function releaseInvoice(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'release',
    step: () => ({ patch: { heldFromStatus: null, holdReason: null } }),
  });
}

/**
 * Rejects an invoice with a reason (the supplier must send another): what it consumed, if it was
 * matched, is given back. Its supplier number may then be used again.
 */
export async function rejectInvoice(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'reject',
    step: async (tx, row) => {
      throwIfPaidInPart(row);
      if (consumesInLedger(consumingStatusOf(row))) await giveBack(tx, { actor: input.actor, invoice: row });
      return {
        patch: {
          rejectReason: input.reason?.trim() || null,
          heldFromStatus: null,
          ...(await withdrawVarianceApproval(tx, row)),
        },
      };
    },
  });
}

/** Cancels an invoice entered in error, with a reason; what it consumed is given back. */
export async function cancelInvoice(ctx: Ctx, input: InvoiceTransitionInput): Promise<Invoice> {
  return transitionDocument(ctx, invoiceType, {
    ...input,
    transition: 'cancel',
    step: async (tx, row) => {
      throwIfPaidInPart(row);
      if (consumesInLedger(consumingStatusOf(row))) await giveBack(tx, { actor: input.actor, invoice: row });
      return {
        patch: {
          cancelReason: input.reason?.trim() || null,
          heldFromStatus: null,
          ...(await withdrawVarianceApproval(tx, row)),
        },
      };
    },
  });
}

/**
 * An invoice rejected or cancelled while its variances wait for approval: the route ends (its
 * steps leave the approvers' inboxes) and the acceptance is withdrawn.
 */
async function withdrawVarianceApproval(tx: Ctx, row: repo.InvoiceRow): Promise<Partial<repo.InvoiceInsert>> {
  if (row.varianceApprovalStatus !== 'pending') return {};
  await approvals.withdrawApprovalRoute(tx, { documentType: VARIANCE_DOCUMENT_TYPE, documentId: row.id });
  return { varianceApprovalStatus: 'withdrawn' };
}

/**
 * Money has gone out against an invoice paid in part: it can no longer be rejected or cancelled
 * (that would give back goods and spend that were paid for); the supplier is asked for a credit
 * note for what is wrong instead.
 */
function throwIfPaidInPart(row: repo.InvoiceRow): void {
  if (D(row.amountPaid).isZero() && D(row.discountTaken).isZero()) return;
  throw AppError.conflict(
    `${row.number} was paid in part (${normalize(row.amountPaid)} ${row.currency}): it can no longer be rejected or cancelled. Ask the supplier for a credit note for what is wrong.`,
    { currentStatus: row.status },
  );
}

/** The status whose consumption counts: a held invoice's is the one it was held from. */
function consumingStatusOf(row: repo.InvoiceRow): InvoiceStatus {
  return row.status === 'on_hold' ? (row.heldFromStatus ?? 'exception') : row.status;
}
