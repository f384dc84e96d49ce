import { type InvoiceStatus, invoiceCountsAsActual } from '../../domain/invoicing';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type EventInput, recordEvents } from '../shared/events';
import { D, normalize } from '../shared/money';
import * as repo from './repository';

/**
 * What payment runs ask of invoicing: the invoices they may pay, and moving them through
 * `approved_for_payment → scheduled → paid` (or back) in bulk — one statement for the invoices,
 * one for their events and audit entries, however many there are. docs/accounts-payable.md.
 */

export type PayableInvoice = repo.PayableRow;

/** What of an invoice is still to be paid: payable − paid − discount taken (never below 0). */
export function openAmountOf(
  invoice: Pick<PayableInvoice, 'payableAmount' | 'amountPaid' | 'discountTaken'>,
): string {
  const open = D(invoice.payableAmount).minus(invoice.amountPaid).minus(invoice.discountTaken);
  return normalize(D.max(open, 0).toFixed());
}

/** Invoices approved for payment due by a date (or losing their discount before another), with the credit notes of their suppliers. */
export async function listPayableInvoices(
  ctx: Ctx,
  opts: { dueBy: string; discountBefore: string; currency?: string | null; supplierId?: string | null },
): Promise<PayableInvoice[]> {
  return repo.payableInvoices(ctx.db, opts);
}

/** These invoices as a payment run shows them (those that exist). */
export async function findPayableInvoices(ctx: Ctx, opts: { ids: string[] }): Promise<PayableInvoice[]> {
  return repo.findPayable(ctx.db, opts.ids);
}

/** What a run pays of one invoice: signed (a credit note's is negative), and the discount it takes. */
export type PaymentPart = { invoiceId: string; amount: string; discount: string };

/**
 * Schedules invoices into a confirmed run, under lock: each must still be approved for payment
 * with at least what the run pays of it open — otherwise 409 naming every one that is not (it was
 * paid, scheduled by another run, held, rejected …). The invoices as locked.
 */
export async function scheduleInvoicePayments(
  ctx: Ctx,
  opts: { actor: Actor; runNumber: string; parts: PaymentPart[] },
): Promise<PayableInvoice[]> {
  const locked = await repo.lockPayable(
    ctx.db,
    opts.parts.map((p) => p.invoiceId),
  );
  const byId = new Map(locked.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const part of opts.parts) {
    const row = byId.get(part.invoiceId);
    if (!row) {
      problems.push(`${part.invoiceId} no longer exists`);
      continue;
    }
    if (row.status !== 'approved_for_payment') {
      problems.push(`${row.number} is ${row.status.replace(/_/g, ' ')}`);
      continue;
    }
    const wanted = D(part.amount).abs().plus(part.discount);
    if (wanted.greaterThan(openAmountOf(row))) {
      problems.push(`${row.number} has only ${openAmountOf(row)} ${row.currency} open`);
    }
  }
  if (problems.length > 0) {
    throw AppError.conflict(
      `These invoices can no longer be paid by ${opts.runNumber}: ${problems.join('; ')}. Remove them from the run and confirm again.`,
      { invoices: problems },
    );
  }
  await moveInvoices(ctx, {
    actor: opts.actor,
    what: 'scheduled',
    rows: locked.map((row) => ({ row, status: 'scheduled', paid: '0', discount: '0' })),
    extra: { paymentRun: opts.runNumber },
  });
  return locked;
}

/**
 * Records what a run paid of its invoices: each is paid when nothing remains open, else approved
 * for payment again for the rest (paid in part). Credit notes count as set off.
 */
export async function settleInvoicePayments(
  ctx: Ctx,
  opts: { actor: Actor; runNumber: string; parts: PaymentPart[]; paidAt: Date },
): Promise<void> {
  const locked = await repo.lockPayable(
    ctx.db,
    opts.parts.map((p) => p.invoiceId),
  );
  const byId = new Map(locked.map((r) => [r.id, r]));
  const rows: MoveRow[] = [];
  for (const part of opts.parts) {
    const row = byId.get(part.invoiceId);
    if (row?.status !== 'scheduled') continue;
    const paid = D(part.amount).abs();
    const open = D(openAmountOf(row)).minus(paid).minus(part.discount);
    rows.push({
      row,
      status: open.lessThanOrEqualTo(0) ? 'paid' : 'approved_for_payment',
      paid: normalize(paid.toFixed()),
      discount: part.discount,
      paidAt: opts.paidAt,
    });
  }
  await moveInvoices(ctx, { actor: opts.actor, what: 'paid', rows, extra: { paymentRun: opts.runNumber } });
}

/** Scheduled invoices back to approved for payment: their run was cancelled or the bank refused the payment. */
export async function unscheduleInvoicePayments(
  ctx: Ctx,
  opts: { actor: Actor; runNumber: string; invoiceIds: string[]; reason: string },
): Promise<void> {
  const locked = await repo.lockPayable(ctx.db, opts.invoiceIds);
  await moveInvoices(ctx, {
    actor: opts.actor,
    what: 'unscheduled',
    rows: locked
      .filter((row) => row.status === 'scheduled')
      .map((row) => ({ row, status: 'approved_for_payment', paid: '0', discount: '0' })),
    extra: { paymentRun: opts.runNumber },
    reason: opts.reason,
  });
}

type MoveRow = {
  row: PayableInvoice;
  status: InvoiceStatus;
  paid: string;
  discount: string;
  paidAt?: Date;
};

/** Writes the new states, an `invoice.<what>` event and an audit entry per invoice. */
async function moveInvoices(
  ctx: Ctx,
  opts: {
    actor: Actor;
    what: 'scheduled' | 'paid' | 'unscheduled';
    rows: MoveRow[];
    extra: Record<string, unknown>;
    reason?: string;
  },
): Promise<void> {
  if (opts.rows.length === 0) return;
  // Budgets count these statuses as actual spend through the invoice's own write path
  // (transition-invoice); the bulk path is for moves within them only.
  for (const m of opts.rows) {
    if (invoiceCountsAsActual(m.row.status, null) !== invoiceCountsAsActual(m.status, null)) {
      throw new Error(
        `${m.row.number}: ${m.row.status} → ${m.status} changes actual spend; use its transition`,
      );
    }
  }
  const now = ctx.clock.now();
  await repo.updatePaymentStates(
    ctx.db,
    opts.rows.map((m) => ({
      id: m.row.id,
      status: m.status,
      paid: m.paid,
      discount: m.discount,
      paidAt: m.status === 'paid' ? (m.paidAt ?? now) : null,
    })),
    now,
  );
  const events: EventInput[] = opts.rows.map((m) => {
    const amountPaid = normalize(D(m.row.amountPaid).plus(m.paid).toFixed());
    const discountTaken = normalize(D(m.row.discountTaken).plus(m.discount).toFixed());
    return {
      // Paid in part, the invoice is approved for the rest: not `invoice.paid`, which says settled.
      type: `invoice.${opts.what === 'paid' && m.status !== 'paid' ? 'paid_in_part' : opts.what}`,
      subject: { type: 'invoice', id: m.row.id },
      actor: opts.actor,
      payload: {
        id: m.row.id,
        number: m.row.number,
        status: m.status,
        previousStatus: m.row.status,
        version: m.row.version + 1,
        reason: opts.reason ?? null,
        actorName: opts.actor.name,
        ...opts.extra,
        kind: m.row.kind,
        supplierId: m.row.supplierId,
        supplierInvoiceNumber: m.row.supplierInvoiceNumber,
        purchaseOrderId: m.row.purchaseOrderId,
        purchaseOrderNumber: m.row.purchaseOrderNumber,
        payableAmount: normalize(m.row.payableAmount),
        currency: m.row.currency,
        dueDate: m.row.dueDate,
        amountPaid,
        discountTaken,
        exceptions: m.row.exceptions.map((e) => e.message),
      },
    };
  });
  await recordEvents(ctx.db, ctx.clock, events);
  for (const m of opts.rows) {
    await recordAudit(ctx.db, ctx.clock, {
      actor: opts.actor,
      entityType: 'invoice',
      entityId: m.row.id,
      action: opts.what === 'paid' ? 'pay' : opts.what === 'scheduled' ? 'schedule' : 'unschedule',
      changes: {
        ...(m.status !== m.row.status ? { status: { before: m.row.status, after: m.status } } : {}),
        ...(m.paid !== '0'
          ? { amountPaid: { before: m.row.amountPaid, after: D(m.row.amountPaid).plus(m.paid).toFixed() } }
          : {}),
        ...(m.discount !== '0'
          ? {
              discountTaken: {
                before: m.row.discountTaken,
                after: D(m.row.discountTaken).plus(m.discount).toFixed(),
              },
            }
          : {}),
        paymentRun: { before: null, after: opts.extra.paymentRun },
      },
      reason: opts.reason ?? null,
    });
  }
}
