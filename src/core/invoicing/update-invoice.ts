import { type Actor, can } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { normalize } from '../shared/money';
import { recordDocumentEvent } from '../shared/transition-document';
import { assertVersion } from '../shared/versioning';
import { type InvoiceInput, type InvoiceLineInput, prepareInvoice } from './create-invoice';
import type { Invoice } from './invoice';
import { readInvoice } from './read-invoices';
import * as repo from './repository';
import { invoiceType } from './transition-invoice';

/**
 * An edit of a draft: the fields given replace the draft's (null clears an optional one); `lines`,
 * when given, is the complete new set. The order and the kind stay: another order is another
 * invoice. `totals`, when given, is checked as at creation; left out, the stated figures are kept
 * while the amounts stay the same and computed from the lines when they change.
 */
export type UpdateInvoiceInput = Partial<Omit<InvoiceInput, 'purchaseOrderId' | 'kind' | 'submit'>>;

/** The header fields an edit is audited by (before → after). */
const AUDITED = [
  'supplierInvoiceNumber',
  'issueDate',
  'taxPointDate',
  'receivedOn',
  'payableAmount',
  'taxAmount',
  'dueDate',
  'note',
  'bankAccount',
] as const;

/** What changes the amounts: with any of these given, the stored stated totals no longer hold. */
const AMOUNT_FIELDS = ['lines', 'allowancesCharges', 'prepaidAmount', 'roundingAmount'] as const;

function linesAsInput(lines: repo.InvoiceLineRow[]): InvoiceLineInput[] {
  return lines.map((l) => ({
    orderLineNo: l.orderLineNo,
    supplierLineId: l.supplierLineId,
    description: l.description,
    quantity: normalize(l.quantity),
    unitCode: l.unitCode,
    unitPrice: normalize(l.unitPrice),
    baseQuantity: normalize(l.baseQuantity),
    allowancesCharges: l.allowancesCharges,
    taxCategory: l.taxCategory,
    taxRate: normalize(l.taxRate),
  }));
}

/** The draft as the input that would create it again, with the edit's fields over it. */
function mergedInput(
  row: repo.InvoiceRow,
  lines: repo.InvoiceLineRow[],
  edit: UpdateInvoiceInput,
): InvoiceInput {
  const amountsChange = AMOUNT_FIELDS.some((f) => edit[f] !== undefined);
  const keptTotals = amountsChange
    ? null
    : {
        taxAmount: row.taxAmount,
        taxInclusiveAmount: row.taxInclusiveAmount,
        payableAmount: row.payableAmount,
        taxSubtotals: row.taxSubtotals.map((t) => ({
          taxCategory: t.taxCategory,
          taxRate: t.taxRate,
          taxableAmount: t.taxableAmount,
          taxAmount: t.taxAmount,
        })),
      };
  const pick = <K extends keyof UpdateInvoiceInput>(key: K, current: InvoiceInput[K]): InvoiceInput[K] =>
    edit[key] === undefined ? current : (edit[key] as InvoiceInput[K]);
  return {
    kind: row.kind,
    purchaseOrderId: row.purchaseOrderId,
    supplierInvoiceNumber: pick('supplierInvoiceNumber', row.supplierInvoiceNumber) ?? '',
    issueDate: pick('issueDate', row.issueDate) ?? '',
    taxPointDate: pick('taxPointDate', row.taxPointDate),
    receivedOn: pick('receivedOn', row.receivedOn),
    currency: pick('currency', row.currency),
    lines: pick('lines', linesAsInput(lines)) ?? [],
    allowancesCharges: pick('allowancesCharges', row.allowancesCharges),
    prepaidAmount: pick('prepaidAmount', row.prepaidAmount),
    roundingAmount: pick('roundingAmount', row.roundingAmount),
    totals: edit.totals === undefined ? keptTotals : edit.totals,
    paymentTerms: pick('paymentTerms', {
      netDays: row.paymentTermsNetDays,
      basis: row.paymentTermsBasis,
      discountPercent: row.earlyPaymentDiscountPercent,
      discountDays: row.earlyPaymentDiscountDays,
    }),
    bankAccount: pick('bankAccount', row.bankAccount),
    note: pick('note', row.note),
    creditsInvoiceId: pick('creditsInvoiceId', row.creditsInvoiceId),
  };
}

/**
 * Edits a draft invoice (an imported one whose proposed order lines accounts payable confirms, or
 * one kept as a draft): checked as at creation — every problem in one 422, nothing stored —, the
 * supplier's number against the supplier's other invoices (409). Only a draft is edited (409 naming
 * its status otherwise); a stale version is a 412. Submitting it then matches it.
 */
export async function updateInvoice(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdateInvoiceInput },
): Promise<Invoice> {
  const { actor, id, input } = opts;
  if (!can(actor, 'invoices:read')) throw AppError.notFound('Invoice', id);
  const current = await repo.findInvoice(ctx.db, id);
  if (!current) throw AppError.notFound('Invoice', id);
  throwIfNotDraft(current);
  assertVersion(current.version, opts.version);
  const lines = await repo.linesOf(ctx.db, [id]);
  const prepared = await prepareInvoice(ctx, {
    actor,
    input: mergedInput(current, lines, input),
    invoiceId: id,
  });
  return inTransaction(ctx, async (tx) => {
    const locked = await repo.lockInvoice(tx.db, id);
    if (!locked) throw AppError.notFound('Invoice', id);
    throwIfNotDraft(locked);
    assertVersion(locked.version, opts.version);
    const now = tx.clock.now();
    const written = await repo.replaceDraft(
      tx.db,
      id,
      opts.version,
      { ...prepared.header, updatedAt: now },
      prepared.lines.map((l) => ({ ...l, invoiceId: id })),
    );
    if (!written) throw AppError.conflict('The invoice changed while saving; reload and try again.');
    const doc = await readInvoice(tx, id);
    const changes = diff(
      current as unknown as Record<string, unknown>,
      written as unknown as Record<string, unknown>,
      [...AUDITED],
    );
    if (input.lines !== undefined) {
      changes.lines = {
        before: lines.map((l) => lineSummary(l)),
        after: prepared.lines.map((l) => lineSummary(l)),
      };
    }
    await recordDocumentEvent(tx, invoiceType, {
      what: 'updated',
      id,
      doc,
      actor,
      status: 'draft',
      previousStatus: 'draft',
      version: written.version,
      extra: { changedFields: Object.keys(changes) },
    });
    await recordAudit(tx.db, tx.clock, {
      actor,
      entityType: 'invoice',
      entityId: id,
      action: 'update',
      changes,
    });
    return doc;
  });
}

function throwIfNotDraft(row: repo.InvoiceRow): void {
  if (row.status !== 'draft') {
    throw AppError.conflict(
      `This invoice is in status "${row.status}": only a draft is edited. Reject or cancel it and enter it again.`,
      { currentStatus: row.status },
    );
  }
}

function lineSummary(l: {
  orderLineNo?: number | null;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  netAmount: string;
}): string {
  return `${l.orderLineNo == null ? 'not on the order' : `order line ${l.orderLineNo}`}: ${normalize(l.quantity)} ${l.unitCode} at ${normalize(l.unitPrice)} = ${normalize(l.netAmount)}`;
}
