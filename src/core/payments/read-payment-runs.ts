import { userNamesByIds } from '../identity';
import * as invoicing from '../invoicing';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { normalize } from '../shared/money';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import * as suppliers from '../suppliers';
import {
  type PaymentListItem,
  type PaymentRun,
  type PaymentRunLine,
  type PaymentRunSummary,
  supplierGroups,
  toPayment,
  toPaymentRunLine,
  toPaymentRunSummary,
  totalsOf,
} from './payment-run';
import * as repo from './repository';

/** A run with its lines, suppliers and payments (no access check: for a caller that checked it). */
export async function readPaymentRun(ctx: Ctx, id: string): Promise<PaymentRun> {
  const row = await repo.findRun(ctx.db, id);
  if (!row) throw AppError.notFound('Payment run', id);
  const [lineRows, paymentRows] = await Promise.all([repo.linesOf(ctx.db, id), repo.paymentsOf(ctx.db, id)]);
  const invoices = new Map(
    (await invoicing.findPayableInvoices(ctx, { ids: lineRows.map((l) => l.invoiceId) })).map((i) => [
      i.id,
      i,
    ]),
  );
  const supplierDetails = await suppliers.supplierPaymentDetails(ctx, {
    ids: lineRows.map((l) => l.supplierId),
  });
  const names = await userNamesByIds(ctx, {
    ids: [row.createdBy, row.confirmedBy].filter((u): u is string => !!u),
  });
  const lines = lineRows.map((l) => toPaymentRunLine(l, invoices.get(l.invoiceId)));
  const groups = supplierGroups(lines, invoices, supplierDetails).map((g) => g.supplier);
  // Once confirmed, what was paid is the payments as made: how, and nothing left to resolve.
  const methodPaid = new Map(paymentRows.map((p) => [`${p.supplierId} ${p.currency}`, p.method]));
  return {
    ...toPaymentRunSummary(row, totalsOf(lines), names),
    suppliers:
      row.status === 'draft'
        ? groups
        : groups.map((g) => ({
            ...g,
            problems: [],
            warnings: [],
            method: methodPaid.get(`${g.supplierId} ${g.currency}`) ?? g.method,
          })),
    lines,
    payments: paymentRows.map((p) => toPayment(p, supplierDetails.get(p.supplierId)?.legalName ?? '')),
  };
}

function assertCanSeePayments(actor: Actor, id: string): void {
  if (!can(actor, 'payments:read')) throw AppError.notFound('Payment run', id);
}

export async function getPaymentRun(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<PaymentRun> {
  assertCanSeePayments(opts.actor, opts.id);
  return readPaymentRun(ctx, opts.id);
}

/** Payment runs, newest first, with their totals per currency. */
export async function listPaymentRuns(
  ctx: Ctx,
  opts: { actor: Actor; filter: repo.PaymentRunFilter; limit: number; cursor?: string },
): Promise<Page<PaymentRunSummary>> {
  if (!can(opts.actor, 'payments:read')) return { items: [], nextCursor: null };
  const c = decodeListCursor(opts.cursor, { k: 'integer' });
  const rows = await repo.listRuns(ctx.db, opts.filter, {
    limit: opts.limit,
    beforeSeq: c ? Number(c.k) : null,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: r.id }));
  const ids = page.items.map((r) => r.id);
  const [totals, names] = await Promise.all([
    repo.runTotals(ctx.db, ids),
    userNamesByIds(ctx, {
      ids: page.items.flatMap((r) => [r.createdBy, r.confirmedBy].filter((u): u is string => !!u)),
    }),
  ]);
  return {
    items: page.items.map((r) =>
      toPaymentRunSummary(
        r,
        totals
          .filter((t) => t.runId === r.id)
          .map((t) => ({
            currency: t.currency,
            amount: t.amount,
            discountAmount: t.discount,
            invoices: t.invoices,
            creditNotes: t.creditNotes,
          })),
        names,
      ),
    ),
    nextCursor: page.nextCursor,
  };
}

/** How an invoice was (or is to be) paid: each run it is in, and what that run pays of it. */
export type InvoicePayment = {
  paymentRunId: string;
  paymentRunNumber: string;
  paymentDate: string;
  status: PaymentRunLine['status'];
  amount: string;
  discountAmount: string;
  paymentNumber: string | null;
};

/** The runs an invoice is in, oldest first: whoever sees invoices sees how they were paid. */
export async function listInvoicePayments(
  ctx: Ctx,
  opts: { actor: Actor; invoiceId: string },
): Promise<InvoicePayment[]> {
  if (!can(opts.actor, 'invoices:read')) throw AppError.notFound('Invoice', opts.invoiceId);
  const [invoice] = await invoicing.findPayableInvoices(ctx, { ids: [opts.invoiceId] });
  if (!invoice) throw AppError.notFound('Invoice', opts.invoiceId);
  return (await repo.paymentsOfInvoice(ctx.db, opts.invoiceId)).map((r) => ({
    paymentRunId: r.runId,
    paymentRunNumber: r.runNumber,
    paymentDate: r.paymentDate,
    status: r.status,
    amount: normalize(r.amount),
    discountAmount: normalize(r.discountAmount),
    paymentNumber: r.paymentNumber,
  }));
}

/** A payment as the supplier paid is told of it: when, how much (and the discount taken), and the reference on its statement. */
export type SupplierPayment = {
  invoiceId: string;
  paymentDate: string;
  status: 'scheduled' | 'paid';
  amount: string;
  discountAmount: string;
  /** The payment's number: the end-to-end reference the bank passes on. */
  reference: string;
  /** The remittance text: the supplier's invoice numbers the payment pays. */
  remittance: string;
};

/**
 * The payments of a supplier's own invoices, for its portal users: confirmed runs only (scheduled
 * or paid), never another supplier's; an actor that is no supplier's user gets none.
 */
export async function listSupplierPayments(
  ctx: Ctx,
  opts: { actor: Actor; invoiceIds: string[] },
): Promise<SupplierPayment[]> {
  if (!opts.actor.supplierId || !can(opts.actor, 'portal:use')) return [];
  const rows = await repo.supplierPaymentsOfInvoices(ctx.db, opts.actor.supplierId, opts.invoiceIds);
  return rows.map((r) => ({
    invoiceId: r.invoiceId,
    paymentDate: r.paymentDate,
    status: r.status === 'paid' ? 'paid' : 'scheduled',
    amount: normalize(r.amount),
    discountAmount: normalize(r.discountAmount),
    reference: r.paymentNumber,
    remittance: r.remittance,
  }));
}

/** Payments across runs, newest run first, under the filters: whoever sees payment runs sees them. */
export async function listPayments(
  ctx: Ctx,
  opts: { actor: Actor; filter: repo.PaymentFilter; limit: number; cursor?: string },
): Promise<Page<PaymentListItem>> {
  if (!can(opts.actor, 'payments:read')) return { items: [], nextCursor: null };
  const c = decodeListCursor(opts.cursor, { k: 'integer', id: 'code' });
  const rows = await repo.listPayments(ctx.db, opts.filter, {
    limit: opts.limit,
    before: c ? { seq: Number(c.k), number: c.id } : null,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.runSeq, id: r.number }));
  const names = await suppliers.supplierPaymentDetails(ctx, { ids: page.items.map((r) => r.supplierId) });
  return {
    items: page.items.map((r) => ({
      ...toPayment(r, names.get(r.supplierId)?.legalName ?? ''),
      paymentRunId: r.paymentRunId,
      paymentRunNumber: r.runNumber,
      paymentDate: r.paymentDate,
    })),
    nextCursor: page.nextCursor,
  };
}
