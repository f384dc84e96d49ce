import { CORRECTIVE_ACTION_NOTE_MAX, MAX_OPEN_CORRECTIVE_ACTIONS } from '../../domain/evaluation';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { newId } from '../shared/ids';
import { getSupplier } from '../suppliers';
import { type CorrectiveAction, toCorrectiveActions } from './corrective-action';
import { requirePeriod } from './read-scorecards';
import * as repo from './repository';

export type CorrectiveActionInput = { note: string; dueDate: string; period?: string | null };

/** Names what is wrong with a request's fields: all at once, as a 422. */
function assertValidRequest(input: CorrectiveActionInput, today: string): void {
  const errors: { path: string; message: string }[] = [];
  if (input.note.trim() === '') errors.push({ path: 'note', message: 'is required' });
  else if (input.note.trim().length > CORRECTIVE_ACTION_NOTE_MAX)
    errors.push({ path: 'note', message: `must be at most ${CORRECTIVE_ACTION_NOTE_MAX} characters` });
  if (input.dueDate < today)
    errors.push({ path: 'dueDate', message: `must not be in the past (today is ${today})` });
  if (errors.length > 0) throw AppError.validation(errors);
}

/**
 * A buyer asks a supplier for a corrective action: a note (what is to change), a due date (today
 * or later) and optionally the scorecard period reviewed. Open until closed; recorded in the
 * supplier's audit trail and as `supplier.corrective_action_requested`. A supplier may have at
 * most MAX_OPEN_CORRECTIVE_ACTIONS open at once (409 beyond).
 */
export async function requestCorrectiveAction(
  ctx: Ctx,
  opts: { actor: Actor; supplierId: string; input: CorrectiveActionInput },
): Promise<CorrectiveAction> {
  const today = isoDate(ctx.clock.now());
  assertValidRequest(opts.input, today);
  const period = opts.input.period ? requirePeriod(ctx, opts.input.period).key : null;
  const supplier = await getSupplier(ctx, { id: opts.supplierId });
  const row = await inTransaction(ctx, async (tx) => {
    await repo.lockSupplierCorrectiveActions(tx.db, supplier.id);
    if ((await repo.countOpenCorrectiveActions(tx.db, supplier.id)) >= MAX_OPEN_CORRECTIVE_ACTIONS)
      throw AppError.conflict(
        `${supplier.legalName} has ${MAX_OPEN_CORRECTIVE_ACTIONS} open corrective actions already: close one first.`,
      );
    const now = tx.clock.now();
    const inserted = await repo.insertCorrectiveAction(tx.db, {
      id: newId(now.getTime()),
      supplierId: supplier.id,
      note: opts.input.note.trim(),
      dueDate: opts.input.dueDate,
      period,
      status: 'open',
      requestedBy: opts.actor.userId!,
      requestedAt: now,
    });
    const facts = { id: inserted.id, note: inserted.note, dueDate: inserted.dueDate, period };
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'supplier',
      entityId: supplier.id,
      action: 'corrective_action_requested',
      changes: { correctiveAction: { before: null, after: facts } },
    });
    await recordEvents(tx.db, tx.clock, [
      {
        type: 'supplier.corrective_action_requested',
        subject: { type: 'supplier', id: supplier.id },
        actor: opts.actor,
        payload: {
          supplierId: supplier.id,
          correctiveActionId: inserted.id,
          dueDate: inserted.dueDate,
          period,
        },
      },
    ]);
    return inserted;
  });
  const [action] = await toCorrectiveActions(ctx, [row], today);
  return action!;
}
