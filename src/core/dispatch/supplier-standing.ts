import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import * as suppliers from '../suppliers';

/** The actor's own supplier when it is blocked; undefined for anyone else and while it is not. */
async function blockedSupplierOf(ctx: Ctx, actor: Actor): Promise<suppliers.Supplier | undefined> {
  if (!actor.supplierId) return undefined;
  const [supplier] = await suppliers.findSuppliersByIds(ctx, { ids: [actor.supplierId] });
  return supplier?.status === 'blocked' ? supplier : undefined;
}

/**
 * A supplier's own user answers and ships only while its supplier is not blocked: 409 naming the
 * block otherwise (the buyer may still record what the supplier tells it). Anyone else passes.
 */
export async function assertSupplierUserMayAct(ctx: Ctx, actor: Actor, what: string): Promise<void> {
  const supplier = await blockedSupplierOf(ctx, actor);
  if (!supplier) return;
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
  const supplier = await blockedSupplierOf(ctx, actor);
  return supplier ? { reason: supplier.statusReason } : null;
}
