import type { Db } from '../../db/client';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Clock } from '../shared/clock';
import { FieldErrors } from '../shared/errors';
import { recordEvents } from '../shared/events';
import { dec } from '../shared/money';
import * as repo from './repository';
import { orderChangeProblem, type RequisitionStatus, statusAfterOrdering } from './rules';

export type OrderedQuantityChange = { requisitionLineId: string; quantityDelta: string };

/**
 * Adds ordered quantity to requisition lines (positive deltas: a purchase-order line sourced from
 * them) or releases it (negative deltas: an order line cancelled, reduced or short-closed), then
 * moves each touched requisition to partially_ordered, ordered or back to approved from its lines.
 *
 * Call it inside the transaction that writes the purchase-order lines. It locks the requisitions
 * first, so concurrent orders of the same line queue and the over-order allowance holds across
 * them. Several changes of one line are added up first. More may be ordered only while the
 * requisition is approved or partially ordered, up to requested × (1 + allowance % / 100); a
 * refused change is a 422 naming the change (`changes[i].quantityDelta`), and nothing is written.
 * The number of statements does not depend on the number of lines.
 *
 * Pass `audit` (the acting user and the clock) so each touched requisition gets an audit entry
 * with its status and line quantities before and after; without it only the caller's own entry
 * (the purchase order's) records the change.
 */
export async function recordOrderedQuantities(
  tx: Db,
  changes: OrderedQuantityChange[],
  audit?: { actor: Actor; clock: Clock },
): Promise<void> {
  if (changes.length === 0) return;
  const deltaByLine = new Map<string, ReturnType<typeof dec>>();
  for (const c of changes) {
    deltaByLine.set(
      c.requisitionLineId,
      (deltaByLine.get(c.requisitionLineId) ?? dec(0)).plus(c.quantityDelta),
    );
  }
  const rows = await repo.lockRequisitionsOfLines(tx, [...deltaByLine.keys()]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const allowance = await repo.overOrderAllowancePercent(tx);

  const errors = new FieldErrors();
  changes.forEach((c, i) => {
    const line = byId.get(c.requisitionLineId);
    if (!line) {
      errors.add(`changes[${i}].requisitionLineId`, 'does not name an existing requisition line');
      return;
    }
    const problem = orderChangeProblem(line, deltaByLine.get(c.requisitionLineId)!.toFixed(), allowance);
    // Report a line once, at its first change.
    if (problem && changes.findIndex((o) => o.requisitionLineId === c.requisitionLineId) === i) {
      errors.add(`changes[${i}].quantityDelta`, `${line.number} line ${line.lineNo}: ${problem}`);
    }
  });
  errors.throwIfAny();

  const updatedLines = rows
    .filter((r) => deltaByLine.has(r.id))
    .map((r) => ({ ...r, quantityOrdered: dec(r.quantityOrdered).plus(deltaByLine.get(r.id)!).toFixed() }));
  const after = new Map(rows.map((r) => [r.id, r]));
  for (const l of updatedLines) after.set(l.id, l);

  const statusBefore = new Map<string, RequisitionStatus>(rows.map((r) => [r.requisitionId, r.status]));
  const states = [...statusBefore].map(([id, from]) => ({
    id,
    from,
    status: statusAfterOrdering(
      from,
      [...after.values()].filter((l) => l.requisitionId === id),
    ),
  }));
  await repo.applyOrderedQuantities(
    tx,
    updatedLines.map((l) => ({ id: l.id, quantityOrdered: l.quantityOrdered })),
    states.map((s) => ({ id: s.id, status: s.status })),
    audit?.clock.now() ?? new Date(),
  );

  if (!audit) return;
  const numberOf = new Map(rows.map((r) => [r.requisitionId, r.number]));
  await recordEvents(
    tx,
    audit.clock,
    states.map((s) => ({
      type: 'requisition.quantities_ordered',
      subject: { type: 'requisition', id: s.id },
      actor: audit.actor,
      payload: {
        id: s.id,
        number: numberOf.get(s.id),
        status: s.status,
        previousStatus: s.from,
        actorName: audit.actor.name,
        lines: updatedLines
          .filter((l) => l.requisitionId === s.id)
          .map((l) => ({ lineNo: l.lineNo, quantityOrdered: dec(l.quantityOrdered).toFixed() })),
      },
    })),
  );
  for (const s of states) {
    const lines = updatedLines
      .filter((l) => l.requisitionId === s.id)
      .map((l) => ({ lineNo: l.lineNo, quantityOrdered: l.quantityOrdered }));
    await recordAudit(tx, audit.clock, {
      actor: audit.actor,
      entityType: 'requisition',
      entityId: s.id,
      action: 'ordered-quantities',
      changes: {
        ...(s.status !== s.from ? { status: { before: s.from, after: s.status } } : {}),
        lines: {
          before: rows
            .filter((r) => r.requisitionId === s.id && deltaByLine.has(r.id))
            .map((r) => ({ lineNo: r.lineNo, quantityOrdered: dec(r.quantityOrdered).toFixed() })),
          after: lines.map((l) => ({ ...l, quantityOrdered: dec(l.quantityOrdered).toFixed() })),
        },
      },
    });
  }
}
