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
  // A supplier's user lists nothing through the organisation's lists (its own are the portal's).
  if (actor.supplierId) return { departmentId: null };
  return readScopeOf(actor.roles) === 'all' ? 'all' : { departmentId: actor.departmentId };
}

/** The order as access is decided on: its department, and for a supplier's user its supplier and whether it was sent. */
type Seen = { departmentId: string | null; supplierId?: string; firstSentAt?: Date | null };

/**
 * A supplier's user sees only its own supplier's orders, and only once they were sent to it;
 * anything else is not found, guessed ids included.
 */
export function canSee(actor: Actor, order: Seen): boolean {
  if (actor.supplierId) {
    return (
      order.supplierId === actor.supplierId && order.firstSentAt !== null && order.firstSentAt !== undefined
    );
  }
  const visibility = visibilityOf(actor);
  return (
    visibility === 'all' || (!!visibility.departmentId && visibility.departmentId === order.departmentId)
  );
}

export function assertCanSee(actor: Actor, order: Seen & { id: string }): void {
  if (!canSee(actor, order)) throw AppError.notFound('Purchase order', order.id);
}
