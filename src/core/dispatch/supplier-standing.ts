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
