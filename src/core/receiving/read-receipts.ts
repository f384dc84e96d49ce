import { userNamesByIds } from '../identity';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { findVisibleReceipt, receiptScopeOf } from './access';
import {
  type Inspection,
  type Receipt,
  type ReceiptLine,
  toInspection,
  toReceipt,
  toReceiptLine,
} from './receipt';
import * as repo from './repository';

/** The receipts as the API hands them out: their lines, inspections and people's names, in a fixed number of reads. */
async function receiptsOf(ctx: Ctx, rows: repo.ReceiptRow[]): Promise<Receipt[]> {
  const ids = rows.map((r) => r.id);
  const [lines, inspections] = await Promise.all([
    repo.linesOf(ctx.db, ids),
    repo.inspectionsOf(ctx.db, ids),
  ]);
  const names = await userNamesByIds(ctx, {
    ids: [...rows.map((r) => r.recordedBy), ...inspections.map((i) => i.inspectedBy)],
  });
  const shown = inspections.map((i) => toInspection(i, names));
  return rows.map((r) => toReceipt(r, lines, shown, names));
}

/** A receipt (or reversal) the actor may see, with its lines and their inspections. */
export async function getReceipt(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<Receipt> {
  const row = await findVisibleReceipt(ctx, opts);
  const [receipt] = await receiptsOf(ctx, [row]);
  return receipt!;
}

/** Receipts and reversals of the orders the actor sees, newest first, filtered. */
export async function listReceipts(
  ctx: Ctx,
  opts: { actor: Actor; filter: repo.ReceiptFilter; limit: number; cursor?: string },
): Promise<Page<Receipt>> {
  const c = decodeListCursor(opts.cursor, { k: 'integer' });
  const rows = await repo.listReceipts(ctx.db, {
    filter: opts.filter,
    departmentId: receiptScopeOf(opts.actor),
    beforeSeq: c ? Number(c.k) : undefined,
    limit: opts.limit + 1,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: r.id }));
  return { items: await receiptsOf(ctx, page.items), nextCursor: page.nextCursor };
}

/** A receipt line awaiting inspection, with where it came from. */
export type PendingInspection = ReceiptLine & {
  receiptId: string;
  receiptNumber: string;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  receivedOn: string;
  recordedAt: Date;
};

/** The inspection queue: receipt lines with quantity awaiting inspection, oldest receipt first. */
export async function listInspectionQueue(
  ctx: Ctx,
  opts: { actor: Actor; limit: number; cursor?: string },
): Promise<Page<PendingInspection>> {
  const c = decodeListCursor(opts.cursor, { k: 'integer', id: 'integer' });
  const rows = await repo.listPendingLines(ctx.db, {
    departmentId: receiptScopeOf(opts.actor),
    after: c ? { seq: Number(c.k), lineNo: Number(c.id) } : undefined,
    limit: opts.limit + 1,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.receipt.seq, id: String(r.lineNo) }));
  const inspections = await repo.inspectionsOf(
    ctx.db,
    page.items.map((r) => r.receiptId),
  );
  const names = await userNamesByIds(ctx, { ids: inspections.map((i) => i.inspectedBy) });
  const shown: Inspection[] = inspections.map((i) => toInspection(i, names));
  return {
    items: page.items.map((r) => ({
      ...toReceiptLine(r, shown),
      receiptId: r.receiptId,
      receiptNumber: r.receipt.number,
      purchaseOrderId: r.receipt.purchaseOrderId,
      purchaseOrderNumber: r.receipt.purchaseOrderNumber,
      supplierId: r.receipt.supplierId,
      receivedOn: r.receipt.receivedOn,
      recordedAt: r.receipt.recordedAt,
    })),
    nextCursor: page.nextCursor,
  };
}
