import { userNamesByIds } from '../identity';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { findSuppliersByIds } from '../suppliers';
import { type Invoice, toInvoice } from './invoice';
import * as repo from './repository';

/** Invoices as the API hands them out: lines, ledger entries and names, in a fixed number of reads. */
export async function invoicesOf(ctx: Ctx, rows: repo.InvoiceRow[]): Promise<Invoice[]> {
  const ids = rows.map((r) => r.id);
  const [lines, matches] = await Promise.all([repo.linesOf(ctx.db, ids), repo.matchesOf(ctx.db, ids)]);
  const [names, suppliers] = await Promise.all([
    userNamesByIds(ctx, {
      ids: rows.flatMap((r) =>
        [
          r.createdBy,
          r.acceptedBy,
          r.approvedBy,
          r.varianceApprovalRequestedBy,
          r.varianceApprovalDecidedBy,
        ].filter((id): id is string => !!id),
      ),
    }),
    findSuppliersByIds(ctx, { ids: [...new Set(rows.map((r) => r.supplierId))] }),
  ]);
  const supplierNames = new Map(suppliers.map((s) => [s.id, s.legalName]));
  const linesOf = byInvoice(lines);
  const matchesOf = byInvoice(matches);
  return rows.map((r) =>
    toInvoice(r, linesOf.get(r.id) ?? [], matchesOf.get(r.id) ?? [], names, supplierNames),
  );
}

/** Rows grouped by their invoice, in the order read. */
function byInvoice<T extends { invoiceId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.invoiceId);
    if (list) list.push(row);
    else out.set(row.invoiceId, [row]);
  }
  return out;
}

/** An invoice as it now stands (no access check: for a caller that checked it). */
export async function readInvoice(ctx: Ctx, id: string): Promise<Invoice> {
  const row = await repo.findInvoice(ctx.db, id);
  if (!row) throw AppError.notFound('Invoice', id);
  const [invoice] = await invoicesOf(ctx, [row]);
  return invoice!;
}

/** 404 unless the actor may see invoices (accounts payable, finance, buyers, auditors). */
function assertCanSeeInvoices(actor: Actor, id: string): void {
  if (!can(actor, 'invoices:read')) throw AppError.notFound('Invoice', id);
}

export async function getInvoice(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<Invoice> {
  assertCanSeeInvoices(opts.actor, opts.id);
  return readInvoice(ctx, opts.id);
}

/** Invoices and credit notes, newest first, filtered by number, status, supplier, order and due date. */
export async function listInvoices(
  ctx: Ctx,
  opts: { actor: Actor; filter: repo.InvoiceFilter; limit: number; cursor?: string },
): Promise<Page<Invoice>> {
  if (!can(opts.actor, 'invoices:read')) return { items: [], nextCursor: null };
  const c = decodeListCursor(opts.cursor, { k: 'integer' });
  const rows = await repo.listInvoices(ctx.db, opts.filter, {
    limit: opts.limit,
    beforeSeq: c ? Number(c.k) : null,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: r.id }));
  return { items: await invoicesOf(ctx, page.items), nextCursor: page.nextCursor };
}
