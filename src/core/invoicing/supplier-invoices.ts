import type { InvoiceStatus } from '../../domain/invoicing';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { createInvoice, type InvoiceInput, type Locate, throwIfSupplierNumberTaken } from './create-invoice';
import type { Invoice } from './invoice';
import { invoicesOf } from './read-invoices';
import * as repo from './repository';

/**
 * A supplier's own invoices and credit notes, for its portal users: only the actor's supplier's
 * (an actor that is no supplier's user sees none here), newest first, by status and by part of
 * either number.
 */
export async function listSupplierInvoices(
  ctx: Ctx,
  opts: { actor: Actor; q?: string; status?: InvoiceStatus[]; limit: number; cursor?: string },
): Promise<Page<Invoice>> {
  const supplierId = opts.actor.supplierId;
  if (!supplierId || !can(opts.actor, 'portal:use')) return { items: [], nextCursor: null };
  const c = decodeListCursor(opts.cursor, { k: 'integer' });
  const rows = await repo.listInvoices(
    ctx.db,
    { supplierId, q: opts.q, status: opts.status },
    { limit: opts.limit, beforeSeq: c ? Number(c.k) : null },
  );
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: r.id }));
  return { items: await invoicesOf(ctx, page.items), nextCursor: page.nextCursor };
}

/** One of the supplier's own invoices for its portal user; 404 for any other, whatever the id. */
export async function getSupplierInvoice(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<Invoice> {
  const row = await repo.findInvoice(ctx.db, opts.id);
  if (
    !row ||
    !opts.actor.supplierId ||
    row.supplierId !== opts.actor.supplierId ||
    !can(opts.actor, 'portal:use')
  )
    throw AppError.notFound('Invoice', opts.id);
  const [invoice] = await invoicesOf(ctx, [row]);
  return invoice!;
}

/**
 * A supplier's user enters its own invoice against one of its orders (source `portal`): checked,
 * numbered and matched exactly as one accounts payable enters — the same 422s, the same 409 for a
 * number entered already, the same exceptions. The supplier's user acts as itself (it is who
 * created the invoice, in the audit trail and on the invoice), with just what capture and the match
 * need, and only on orders sent to its supplier (another's is not found).
 */
export async function createSupplierInvoice(
  ctx: Ctx,
  opts: { actor: Actor; input: Omit<InvoiceInput, 'kind' | 'submit' | 'receivedOn'>; locate?: Locate },
): Promise<Invoice> {
  const { actor } = opts;
  if (!actor.supplierId || !can(actor, 'portal:use')) {
    throw AppError.notFound('Purchase order', opts.input.purchaseOrderId);
  }
  return createInvoice(ctx, {
    actor: asInvoiceEntry(actor),
    input: { ...opts.input, kind: 'invoice', submit: true, receivedOn: null },
    source: 'portal',
    locate: opts.locate,
  });
}

/**
 * The supplier's user as invoice capture and the match see it: allowed to write and read the one
 * invoice it enters (and so to have its order settled by the match), still bound to its supplier,
 * so every order it names is checked against its own (`assertCanSee`).
 */
function asInvoiceEntry(actor: Actor): Actor {
  return { ...actor, permissions: new Set([...actor.permissions, 'invoices:read', 'invoices:write']) };
}

/**
 * 409 when the actor's supplier has a live invoice with this number already (what capture would
 * answer): for a portal that checks it before anything else about the order.
 */
export async function assertSupplierInvoiceNumberFree(
  ctx: Ctx,
  opts: { actor: Actor; number: string },
): Promise<void> {
  if (opts.actor.supplierId) {
    await throwIfSupplierNumberTaken(ctx, { supplierId: opts.actor.supplierId, number: opts.number });
  }
}
