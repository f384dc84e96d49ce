import type { User } from '../core/identity';
import {
  approvePurchaseOrder,
  type CreatePurchaseOrderInput,
  createPurchaseOrder,
  type PurchaseOrder,
  submitPurchaseOrder,
} from '../core/purchase-orders';
import type { Actor } from '../core/shared/actor';
import type { Ctx } from '../core/shared/context';
import { permissionsFor } from '../core/shared/permissions';
import { seedItem } from './catalog-factories';
import { seedSupplier, seedUser } from './factories';

/**
 * Purchase-order seed helpers: orders built through the real use cases (numbering, totals, audit),
 * with a supplier, an item line and a buyer seeded when not given.
 */

/** The actor of a seeded user, as a request by that user would have it. */
export function actorFor(user: User): Actor {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    permissions: permissionsFor(user.roles),
    departmentId: user.departmentId,
    via: 'session',
  };
}

export async function seedPurchaseOrder(
  ctx: Ctx,
  input: Partial<CreatePurchaseOrderInput> & {
    /** Who creates (and buys) it; a new buyer by default. */
    buyer?: Actor;
    /** Drive it on from draft: submitted, or submitted and approved by a new approver. */
    status?: 'draft' | 'pending_approval' | 'approved';
  } = {},
): Promise<PurchaseOrder> {
  const { buyer: givenBuyer, status = 'draft', ...fields } = input;
  const buyer = givenBuyer ?? actorFor(await seedUser(ctx, { roles: ['buyer'] }));
  const supplierId = fields.supplierId ?? (await seedSupplier(ctx)).id;
  const lines = fields.lines ?? [
    { itemId: (await seedItem(ctx, { defaultTaxRate: '20' })).id, quantity: '10', unitPrice: '12.50' },
  ];
  let order = await createPurchaseOrder(ctx, { actor: buyer, input: { ...fields, supplierId, lines } });
  if (status === 'draft') return order;
  order = await submitPurchaseOrder(ctx, { actor: buyer, id: order.id, version: order.version });
  if (status === 'pending_approval') return order;
  const approver = actorFor(await seedUser(ctx, { roles: ['approver'] }));
  return approvePurchaseOrder(ctx, { actor: approver, id: order.id, version: order.version });
}
