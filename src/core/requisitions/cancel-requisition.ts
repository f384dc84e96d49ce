import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { isOwnRequisition } from './access';
import * as repo from './repository';
import type { Requisition } from './requisition';
import { assertNothingOrdered } from './rules';
import { transitionRequisition } from './transition-requisition';

/** The requester withdraws their requisition; approvers and buyers may cancel anyone's. */
function assertCanCancel(actor: Actor, row: repo.RequisitionRow): void {
  if (isOwnRequisition(actor, row) || can(actor, 'requisitions:approve') || can(actor, 'workbench:use'))
    return;
  throw AppError.forbidden(`Only the requester, an approver or a buyer may cancel ${row.number}.`);
}

/** Cancels a draft, submitted or approved requisition nothing was ordered from (reason required). */
export async function cancelRequisition(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; reason: string },
): Promise<Requisition> {
  return transitionRequisition(ctx, {
    actor: opts.actor,
    id: opts.id,
    version: opts.version,
    transition: 'cancel',
    reason: opts.reason,
    step: async (tx, row) => {
      assertCanCancel(opts.actor, row);
      const lines = await repo.findLines(tx.db, row.id);
      assertNothingOrdered(row.status, lines);
      return { patch: { cancelReason: opts.reason.trim() } };
    },
  });
}
