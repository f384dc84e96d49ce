import type { Actor } from '../shared/actor';
import { type Changes, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { findVisibleRequisition, readRequisition } from './access';
import * as repo from './repository';
import type { Requisition } from './requisition';
import { REASON_REQUIRED, type RequisitionStatus, type RequisitionTransition, transition } from './rules';

/** What a use case writes for its transition. */
export type TransitionStep = {
  /** Keep the current state (one approval step of several): only the patch and the audit entry. */
  stay?: boolean;
  /** A state other than the transition's target: a submission no policy step applies to is approved at once. */
  status?: RequisitionStatus;
  /** Extra audit fields. */
  changes?: Changes;
  patch?: Partial<repo.RequisitionInsert>;
  /** The audit action, when not the transition's name. */
  action?: string;
};

/**
 * The one path of every named transition: load what the actor may see (404) and lock it, check the
 * version (412) and that the transition may start from the current state (409), let the use case
 * check who may act (`decide`, 403) and say what to write, then write and audit in one
 * transaction.
 */
export async function transitionRequisition(
  ctx: Ctx,
  opts: {
    actor: Actor;
    id: string;
    version: number;
    transition: RequisitionTransition;
    reason?: string | null;
    decide: (row: repo.RequisitionRow, tx: Ctx) => Promise<TransitionStep> | TransitionStep;
  },
): Promise<Requisition> {
  const reason = opts.reason?.trim() || null;
  if (REASON_REQUIRED.has(opts.transition) && !reason) {
    throw AppError.field('reason', `is required to ${opts.transition} a requisition`);
  }
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const row = await findVisibleRequisition(txCtx, { actor: opts.actor, id: opts.id, forUpdate: true });
    assertVersion(row.version, opts.version);
    const target = transition(row.status, opts.transition);
    const step = await opts.decide(row, txCtx);
    const to = step.stay ? row.status : (step.status ?? target);
    const updated = await repo.updateRequisition(tx, opts.id, opts.version, {
      ...step.patch,
      status: to,
      updatedAt: ctx.clock.now(),
    });
    if (!updated) throw AppError.conflict('The requisition changed while saving; reload and try again.');
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'requisition',
      entityId: opts.id,
      action: step.action ?? opts.transition,
      changes: {
        ...(to !== row.status ? { status: { before: row.status, after: to } } : {}),
        ...step.changes,
      },
      reason,
    });
    return readRequisition(txCtx, opts.id);
  });
}
