import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import type { Requisition } from './requisition';
import { transitionRequisition } from './transition-requisition';

/**
 * Closes a partially ordered or ordered requisition: whatever is still open will not be ordered
 * (reason required; only a buyer may: the core checks `workbench:use`). Its lines leave the
 * workbench; what was ordered stays on its orders.
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
  });
}
