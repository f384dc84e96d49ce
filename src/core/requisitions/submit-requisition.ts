import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { assertOwnRequisition } from './access';
import type { Requisition } from './requisition';
import { transitionRequisition } from './transition-requisition';

/** Sends a draft for approval; only its requester may. */
export async function submitRequisition(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; comment?: string },
): Promise<Requisition> {
  return transitionRequisition(ctx, {
    actor: opts.actor,
    id: opts.id,
    version: opts.version,
    transition: 'submit',
    reason: opts.comment,
    decide: (row) => {
      assertOwnRequisition(opts.actor, row);
      return { patch: { submittedAt: ctx.clock.now() } };
    },
  });
}
