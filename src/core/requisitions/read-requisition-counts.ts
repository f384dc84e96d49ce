import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { type CappedCount, HOME_COUNT_CAP } from '../shared/sql';
import * as repo from './repository';

/** What waits for a requester: each count stops at HOME_COUNT_CAP. */
export type RequesterWork = {
  /** The caller's drafts an approver sent back (rejected, or changes requested). */
  returnedToMe: CappedCount;
  /** The caller's drafts not yet submitted (returned ones included). */
  drafts: CappedCount;
  /** The caller's requisitions waiting for approval. */
  inApproval: CappedCount;
};

/** The requester's queues on the home page: their own requisitions only. */
export async function readRequesterWork(ctx: Ctx, opts: { actor: Actor }): Promise<RequesterWork> {
  const me = opts.actor.userId;
  if (!me) {
    const none = { count: 0, more: false };
    return { returnedToMe: none, drafts: none, inApproval: none };
  }
  // The counts of "My requisitions" with the filters the tiles link to.
  const count = (filter: repo.RequisitionFilter) =>
    repo.countRequisitions(ctx.db, { ...filter, requesterId: me }, { all: true }, HOME_COUNT_CAP);
  const [returnedToMe, drafts, inApproval] = await Promise.all([
    count({ returned: true }),
    count({ status: 'draft' }),
    count({ status: 'submitted' }),
  ]);
  return { returnedToMe, drafts, inApproval };
}

/** How many requisition lines wait to be ordered (the buyers' workbench), up to HOME_COUNT_CAP. */
export async function countRequisitionLinesToOrder(ctx: Ctx): Promise<CappedCount> {
  return repo.countLinesToOrder(ctx.db, HOME_COUNT_CAP);
}
