import * as organisation from '../organisation';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import * as repo from './repository';
import { type BaseMoney, type Requisition, toRequisition } from './requisition';
import { canSee, type Viewer } from './rules';

/**
 * Row access: approvers, buyers and auditors see every requisition; anyone else sees their own
 * and their department's. A requisition the actor may not see is "not found", never "forbidden",
 * so its existence does not leak.
 */
export function viewerOf(actor: Actor): Viewer {
  return {
    userId: actor.userId,
    departmentId: actor.departmentId,
    seesAll: can(actor, 'requisitions:approve') || can(actor, 'workbench:use') || can(actor, 'audit:read'),
  };
}

export function visibilityOf(actor: Actor): repo.Visibility {
  const viewer = viewerOf(actor);
  return viewer.seesAll
    ? { all: true }
    : { all: false, userId: viewer.userId, departmentId: viewer.departmentId };
}

/** Whether the actor may see this requisition (row access only: the route checks the permission). */
export function canSeeRequisition(actor: Actor, r: { requesterId: string; departmentId: string }): boolean {
  return canSee(viewerOf(actor), r);
}

/** The requisition row if it exists and the actor may see it (locked with `forUpdate`); else 404. */
export async function findVisibleRequisition(
  ctx: Ctx,
  opts: { actor: Actor; id: string; forUpdate?: boolean },
): Promise<repo.RequisitionRow> {
  const row = await repo.findById(ctx.db, opts.id, { forUpdate: opts.forUpdate });
  if (!row || !canSee(viewerOf(opts.actor), row)) throw AppError.notFound('Requisition', opts.id);
  return row;
}

/** Whether the actor is the requisition's requester or the one who entered it. */
export function isOwnRequisition(
  actor: Actor,
  r: { requesterId: string; createdBy: string | null },
): boolean {
  return actor.userId !== null && (r.requesterId === actor.userId || r.createdBy === actor.userId);
}

/** Drafts are edited and submitted by whoever raised them, nobody else. */
export function assertOwnRequisition(
  actor: Actor,
  r: { requesterId: string; createdBy: string | null },
): void {
  if (!isOwnRequisition(actor, r)) {
    throw AppError.forbidden('Only the requester of a requisition may edit or submit it.');
  }
}

/** The base currency and its minor units, for amounts shown in it. */
export async function baseMoney(ctx: Ctx): Promise<BaseMoney> {
  const { baseCurrency } = await organisation.getSettings(ctx);
  const currency = await organisation.getCurrency(ctx, { code: baseCurrency });
  return { baseCurrency, minorUnits: currency.minorUnits };
}

/** The whole requisition as it now stands (inside a transaction: as this transaction sees it). */
export async function readRequisition(ctx: Ctx, id: string, money?: BaseMoney): Promise<Requisition> {
  const header = await repo.findHeaderById(ctx.db, id);
  if (!header) throw AppError.notFound('Requisition', id);
  return toRequisition(header, await repo.findLines(ctx.db, id), money ?? (await baseMoney(ctx)));
}
