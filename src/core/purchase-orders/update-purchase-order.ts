import { MAX_PURCHASE_ORDER_LINES } from '../../domain/purchase-orders';
import * as approvals from '../approvals';
import type { Actor } from '../shared/actor';
import { type Changes, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import { D, normalize } from '../shared/money';
import { recordDocumentEvent } from '../shared/transition-document';
import { assertVersion } from '../shared/versioning';
import { assertCanSee } from './access';
import { headerColumns, lineRows, mergeWarnings } from './create-purchase-order';
import { type PurchaseOrder, snapshotLine, snapshotOf } from './purchase-order';
import { loadPurchaseOrder } from './read-purchase-orders';
import * as repo from './repository';
import { recordRequisitionQuantities, sourceDeltas } from './requisition-quantities';
import { approvalBasics } from './resolve-approval';
import {
  applyTransition,
  assignLineNumbers,
  diffOrders,
  editModeOf,
  fullReapprovalReasons,
  isEmptyDiff,
  type OrderDiff,
} from './rules';
import { purchaseOrderType } from './transition-purchase-order';
import {
  type Current,
  type HeaderInput,
  type LineInput,
  type ResolvedLine,
  resolveOrder,
} from './validate-purchase-order';

/**
 * An edit: header fields to change (null clears an optional one) and, when given, the complete new
 * set of lines. A line with `lineNo` replaces that line (its number stays); a line without one is
 * new and gets the next unused number; a current line not in the set is removed.
 */
export type UpdatePurchaseOrderInput = Partial<HeaderInput> & { lines?: LineInput[]; reason?: string | null };

function linesAsInput(lines: repo.LineDetailRow[]): LineInput[] {
  return lines.map((l) => ({
    lineNo: l.lineNo,
    itemId: l.itemId,
    description: l.description,
    quantity: normalize(l.quantity),
    unitCode: l.unitCode,
    unitPrice: normalize(l.unitPrice),
    discountPercent: normalize(l.discountPercent),
    taxRate: normalize(l.taxRate),
    taxCategory: l.taxCategory,
    neededBy: l.neededBy,
    costCentreId: l.costCentreId,
  }));
}

/** Receipts pin a line: it cannot go, shrink below what arrived (or was billed), or become another item. */
function assertReceiptsKept(before: Map<number, repo.LineDetailRow>, lines: ResolvedLine[]): void {
  const errors = new FieldErrors();
  const kept = new Set(lines.map((l) => l.lineNo).filter((n) => n !== undefined));
  for (const [lineNo, old] of before) {
    if (!kept.has(lineNo) && new D(old.quantityReceived).greaterThan(0))
      errors.add(
        'lines',
        `line ${lineNo} has receipts (${normalize(old.quantityReceived)}) and cannot be removed`,
      );
  }
  lines.forEach((line, i) => {
    const old = line.lineNo !== undefined ? before.get(line.lineNo) : undefined;
    if (!old) return;
    const received = new D(old.quantityReceived);
    const billed = new D(old.quantityBilled);
    if (received.greaterThan(line.quantity))
      errors.add(
        `lines[${i}].quantity`,
        `must not be below the ${normalize(old.quantityReceived)} already received on line ${line.lineNo}`,
      );
    else if (billed.greaterThan(line.quantity))
      errors.add(
        `lines[${i}].quantity`,
        `must not be below the ${normalize(old.quantityBilled)} already billed on line ${line.lineNo}`,
      );
    if (received.greaterThan(0) && (line.itemId !== old.itemId || line.unitCode !== old.unitCode))
      errors.add(`lines[${i}].itemId`, `cannot change on line ${line.lineNo}, which has receipts`);
  });
  errors.throwIfAny();
}

/** The audit trail's view of a diff: header fields as they are, lines summarised before / after. */
function auditChanges(d: OrderDiff): Changes {
  const changes: Changes = { ...d.header };
  if (d.lines.added.length || d.lines.removed.length || d.lines.changed.length) {
    const side = (which: 'before' | 'after') =>
      d.lines.changed.map((c) => ({
        lineNo: c.lineNo,
        ...Object.fromEntries(Object.entries(c.changes).map(([k, v]) => [k, v[which]])),
      }));
    changes.lines = {
      before: { removed: d.lines.removed, changed: side('before') },
      after: { added: d.lines.added, changed: side('after') },
    };
  }
  return changes;
}

/**
 * Whether a change order goes back to approval, and why (stored with the revision, in its audit
 * entry and on the order's approval route). A supplier or currency change needs the whole route;
 * otherwise only the steps the new total newly triggers beyond the amount last approved. The
 * change's author is among the order's authors, so never one of its approvers.
 */
async function revisionApproval(
  ctx: Ctx,
  opts: { actor: Actor; order: repo.OrderRow; revised: repo.OrderRow },
): Promise<{ route: approvals.RevisionRoute; basics: approvals.DocumentBasics }> {
  const { order, revised } = opts;
  const basics = { ...(await approvalBasics(ctx, revised)), lastEditorId: opts.actor.userId };
  const route = await approvals.resolveRevisionApprovalRoute(ctx, {
    documentType: 'purchase_order',
    basics,
    change: {
      approvedAmountBase: order.approvedTotalBase ?? order.totalBase,
      fullRouteBecause: fullReapprovalReasons(order, revised),
    },
  });
  return { route, basics };
}

/**
 * Edits an order. In draft: any change, no revision. Approved or later (not closed, cancelled, on
 * hold or awaiting approval): a change order — revision n+1 with the previous document and the
 * diff; it goes back for approval when revisionApproval says so (the re-approval route stored
 * like a submission's), else keeps its status. Requisition quantities follow the lines' sources.
 * One transaction.
 */
export async function updatePurchaseOrder(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdatePurchaseOrderInput },
): Promise<PurchaseOrder> {
  const { actor, input } = opts;
  if (input.lines && input.lines.length > MAX_PURCHASE_ORDER_LINES)
    throw AppError.field('lines', `must have at most ${MAX_PURCHASE_ORDER_LINES} lines`);
  return inTransaction(ctx, async (txCtx) => {
    const tx = txCtx.db;
    const order = await repo.findById(tx, opts.id, { forUpdate: true });
    if (!order) throw AppError.notFound('Purchase order', opts.id);
    assertCanSee(actor, order);
    assertVersion(order.version, opts.version);
    const mode = editModeOf(order.status);
    // The supplier had the order: another supplier cannot take it over by a change order (the
    // first would never hear of it, the second would see the first's answers).
    if (order.firstSentAt && input.supplierId !== undefined && input.supplierId !== order.supplierId) {
      throw AppError.field(
        'supplierId',
        'cannot change once the order was sent to its supplier: cancel it (the supplier is told) and order from the other supplier',
      );
    }

    const {
      order: detail,
      lines: oldLines,
      sources: oldSources,
    } = (await repo.findDetailWithLines(tx, order.id))!;
    const sourcesOf = (lineId: string) =>
      oldSources
        .filter((s) => s.purchaseOrderLineId === lineId)
        .map((s) => ({ requisitionLineId: s.requisitionLineId, quantity: normalize(s.quantity) }));
    const byNo = new Map(oldLines.map((l) => [l.lineNo, l]));
    const current: Current = {
      header: {
        ...order,
        minorUnits: detail.minorUnits,
        baseMinorUnits: detail.baseMinorUnits,
        incoterms: detail.incoterms as Current['header']['incoterms'],
      },
      lines: new Map(oldLines.map((l) => [l.lineNo, { itemId: l.itemId, costCentreId: l.costCentreId }])),
    };

    const { lines: lineInput, reason: rawReason, ...headerInput } = input;
    const { header, lines, warnings } = await resolveOrder(txCtx, {
      header: { ...headerInput, supplierId: headerInput.supplierId ?? order.supplierId },
      lines: lineInput ?? linesAsInput(oldLines),
      current,
    });
    assertReceiptsKept(byNo, lines);

    const numbers = assignLineNumbers(lines, await repo.highestLineNo(tx, order.id));
    const now = ctx.clock.now();
    const errors = new FieldErrors();
    const next = lines.map((l, i) => {
      const old = l.lineNo !== undefined ? byNo.get(l.lineNo) : undefined;
      const sources = l.sources ?? (old ? sourcesOf(old.id) : []);
      const sourced = sources.reduce((sum, s) => sum.plus(s.quantity), new D(0));
      if (!l.sources && sourced.greaterThan(l.quantity))
        errors.add(
          `lines[${i}].quantity`,
          `is below the ${normalize(sourced.toFixed())} this line orders for requisitions; adjust lines[${i}].sources`,
        );
      // What was short-closed stays short-closed, but never more than the line still leaves open.
      const room = D.max(new D(l.quantity).minus(old?.quantityReceived ?? '0'), 0);
      const shortClosed = old ? D.min(old.quantityShortClosed, room) : new D(0);
      return {
        ...l,
        id: old?.id ?? newId(now.getTime()),
        lineNo: numbers[i]!,
        sources,
        quantityShortClosed: normalize(shortClosed.toFixed()),
        shortCloseReason: shortClosed.greaterThan(0) ? (old?.shortCloseReason ?? null) : null,
      };
    });
    errors.throwIfAny();

    const { rows, totals } = lineRows(order.id, next, header.minorUnits);
    const columns = headerColumns(header, totals);
    const before = snapshotOf(
      order,
      oldLines.map((l) => snapshotLine(l, sourcesOf(l.id))),
    );
    const after = snapshotOf(
      { ...columns, buyerId: order.buyerId },
      rows.map((r, i) => snapshotLine(r, next[i]!.sources)),
    );
    const diff = diffOrders(before, after);
    if (isEmptyDiff(diff)) {
      const unchanged = (await loadPurchaseOrder(tx, order.id))!;
      return { ...unchanged, warnings: mergeWarnings(warnings, unchanged.warnings) };
    }

    const kept = new Set(next.map((l) => l.id));
    const removed = oldLines.filter((l) => !kept.has(l.id));
    const newSources = next.flatMap((l, i) =>
      l.sources.map((s, j) => ({
        ...s,
        lineId: l.id,
        path: lines[i]!.sources ? `lines[${i}].sources[${j}]` : `lines[${i}].quantity`,
      })),
    );
    const reason = rawReason?.trim() || null;
    // Lines first: a change order's approval route looks at the revised lines (their categories).
    await recordRequisitionQuantities(tx, sourceDeltas(oldSources, newSources, 'lines'), {
      actor,
      clock: ctx.clock,
    });
    await repo.deleteLines(
      tx,
      removed.map((l) => l.id),
    );
    await repo.deleteSourcesOfLines(
      tx,
      oldLines.filter((l) => kept.has(l.id)).map((l) => l.id),
    );
    await repo.upsertLines(tx, rows);
    await repo.insertLineSources(tx, newSources);

    let patch: Partial<repo.OrderInsert> = { ...columns, updatedAt: now };
    let action = 'update';
    const extra: Changes = {};
    if (mode === 'revision') {
      const revision = order.revision + 1;
      const { route, basics } = await revisionApproval(txCtx, {
        actor,
        order,
        revised: { ...order, ...columns, revision },
      });
      const state = route.required ? applyTransition(order, 'resubmit') : order;
      await repo.insertRevision(tx, {
        id: newId(now.getTime()),
        purchaseOrderId: order.id,
        revision,
        snapshot: { number: order.number, revision: order.revision, status: order.status, ...before },
        changes: { ...diff, approval: { required: route.required, explanation: route.explanation } },
        reason,
        requiresApproval: route.required,
        createdBy: actor.userId,
        createdAt: now,
      });
      if (route.required) {
        await approvals.startApprovalRoute(txCtx, {
          documentType: 'purchase_order',
          documentId: order.id,
          basics,
          route,
        });
      }
      patch = {
        ...patch,
        revision,
        status: state.status,
        heldFromStatus: state.heldFromStatus,
        ...(route.required ? { submittedAt: now, approvedAt: null, approvedBy: null } : {}),
      };
      action = 'revise';
      extra.revision = { before: order.revision, after: revision };
      if (state.status !== order.status) extra.status = { before: order.status, after: state.status };
      extra.reapproval = { before: null, after: route.explanation };
    }
    const row = await repo.updateOrder(tx, order.id, order.version, patch);
    if (!row) throw AppError.conflict('The purchase order changed while saving; reload and try again.');

    await recordAudit(tx, ctx.clock, {
      actor,
      entityType: 'purchase_order',
      entityId: order.id,
      action,
      changes: { ...extra, ...auditChanges(diff) },
      reason,
    });
    const updated = (await loadPurchaseOrder(tx, order.id))!;
    await recordDocumentEvent(txCtx, purchaseOrderType, {
      what: action === 'revise' ? 'revised' : 'updated',
      id: order.id,
      doc: updated,
      actor,
      status: updated.status,
      previousStatus: order.status,
      version: updated.version,
      reason,
      extra: {
        changedFields: Object.keys(diff.header),
        linesChanged: diff.lines.added.length + diff.lines.removed.length + diff.lines.changed.length,
      },
    });
    return { ...updated, warnings: mergeWarnings(warnings, updated.warnings) };
  });
}
