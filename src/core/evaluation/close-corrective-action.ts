import { CORRECTIVE_ACTION_NOTE_MAX } from '../../domain/evaluation';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { assertVersion } from '../shared/versioning';
import { type CorrectiveAction, toCorrectiveActions } from './corrective-action';
import * as repo from './repository';
import { isOverdue } from './rules';

function throwIfClosed(row: repo.CorrectiveActionRow): void {
  if (row.status === 'closed')
    throw AppError.conflict('The corrective action is closed already.', { currentStatus: row.status });
}

/**
 * The buyer closes a supplier's corrective action with what came of it (the outcome, required).
 * Closing one that is closed is a 409; a stale version a 412. Recorded in the supplier's audit
 * trail and as `supplier.corrective_action_closed` (with whether it was overdue by then).
 */
export async function closeCorrectiveAction(
  ctx: Ctx,
  opts: { actor: Actor; supplierId: string; id: string; version: number; outcome: string },
): Promise<CorrectiveAction> {
  const outcome = opts.outcome.trim();
  if (outcome === '') throw AppError.field('outcome', 'is required');
  if (outcome.length > CORRECTIVE_ACTION_NOTE_MAX)
    throw AppError.field('outcome', `must be at most ${CORRECTIVE_ACTION_NOTE_MAX} characters`);
  const today = isoDate(ctx.clock.now());
  const row = await inTransaction(ctx, async (tx) => {
    const before = await repo.findCorrectiveAction(tx.db, opts.supplierId, opts.id, { forUpdate: true });
    if (!before) throw AppError.notFound('Corrective action', opts.id);
    assertVersion(before.version, opts.version);
    throwIfClosed(before);
    const now = tx.clock.now();
    const after = await repo.updateCorrectiveAction(tx.db, before.id, {
      status: 'closed',
      closedBy: opts.actor.userId,
      closedAt: now,
      outcome,
    });
    const overdue = isOverdue(before, today);
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'supplier',
      entityId: before.supplierId,
      action: 'corrective_action_closed',
      changes: {
        correctiveAction: {
          before: { id: before.id, status: before.status },
          after: { id: before.id, status: after.status, outcome },
        },
      },
      reason: outcome,
    });
    await recordEvents(tx.db, tx.clock, [
      {
        type: 'supplier.corrective_action_closed',
        subject: { type: 'supplier', id: before.supplierId },
        actor: opts.actor,
        payload: {
          supplierId: before.supplierId,
          correctiveActionId: before.id,
          dueDate: before.dueDate,
          overdue,
        },
      },
    ]);
    return after;
  });
  const [action] = await toCorrectiveActions(ctx, [row], today);
  return action!;
}
