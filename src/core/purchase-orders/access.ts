import type { Actor } from '../shared/actor';
import { AppError } from '../shared/errors';
import type { OrderVisibility } from './repository';
import { readScopeOf } from './rules';

/**
 * Row access on top of the route's permission: a requester sees only the orders of their own
 * department; every other role sees all. An order the actor may not see is "not found", so its
 * existence does not leak.
 */
export function visibilityOf(actor: Actor): OrderVisibility {
  return readScopeOf(actor.roles) === 'all' ? 'all' : { departmentId: actor.departmentId };
}

export function canSee(actor: Actor, order: { departmentId: string | null }): boolean {
  const visibility = visibilityOf(actor);
  return (
    visibility === 'all' || (!!visibility.departmentId && visibility.departmentId === order.departmentId)
  );
}

export function assertCanSee(actor: Actor, order: { id: string; departmentId: string | null }): void {
  if (!canSee(actor, order)) throw AppError.notFound('Purchase order', order.id);
}
