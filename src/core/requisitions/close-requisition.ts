import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import type { Requisition } from './requisition';
import { transitionRequisition } from './transition-requisition';

/**
 * Closes a partially ordered or ordered requisition: whatever is still open will not be ordered
 * (reason required). Its lines leave the workbench; what was ordered stays on its orders.
 */
export async function closeRequisition(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; reason: string },
): Promise<Requisition> {
  return transitionRequisition(ctx, {
    actor: opts.actor,
    id: opts.id,
    version: opts.version,
    transition: 'close',
    reason: opts.reason,
    decide: (row) => {
      if (!can(opts.actor, 'workbench:use')) {
        throw AppError.forbidden(`Only a buyer may close ${row.number}.`);
      }
      return {};
    },
  });
}
