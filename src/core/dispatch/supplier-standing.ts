import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import * as suppliers from '../suppliers';

/**
 * A supplier's own user answers and ships only while its supplier is not blocked: 409 naming the
 * block otherwise (the buyer may still record what the supplier tells it). Anyone else passes.
 */
export async function assertSupplierUserMayAct(ctx: Ctx, actor: Actor, what: string): Promise<void> {
  if (!actor.supplierId) return;
  const [supplier] = await suppliers.findSuppliersByIds(ctx, { ids: [actor.supplierId] });
  if (supplier?.status !== 'blocked') return;
  throw AppError.conflict(
    `${supplier.legalName} is blocked${supplier.statusReason ? ` (${supplier.statusReason})` : ''}: ${what} from it cannot be accepted; contact the buyer.`,
    { supplierStatus: supplier.status },
  );
}

/**
 * Why the actor's own supplier may not answer or ship now: its block and the reason given; null
 * for anyone else, and while the supplier is not blocked.
 */
export async function supplierUserBlock(ctx: Ctx, actor: Actor): Promise<{ reason: string | null } | null> {
  if (!actor.supplierId) return null;
  const [supplier] = await suppliers.findSuppliersByIds(ctx, { ids: [actor.supplierId] });
  return supplier?.status === 'blocked' ? { reason: supplier.statusReason } : null;
}
