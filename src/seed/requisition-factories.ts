import type { User } from '../core/identity';
import {
  approveRequisition,
  createRequisition,
  type Requisition,
  type RequisitionLineInput,
  submitRequisition,
} from '../core/requisitions';
import type { Actor } from '../core/shared/actor';
import type { Ctx } from '../core/shared/context';
import { permissionsFor } from '../core/shared/permissions';
import { seedItem } from './catalog-factories';
import { seedUser } from './factories';
import { seedCostCentre } from './organisation-factories';

/**
 * Requisition seed helpers, through the real use cases (numbers, rules and the audit trail apply).
 * Missing people and references are seeded on the way: `seedApprovedRequisition(ctx)` alone gives
 * an approved requisition of one catalog item with a requester, a department and a cost centre.
 */

/** The actor a user acts as (what a session would give them). */
export function actorFor(user: Pick<User, 'id' | 'name' | 'email' | 'roles' | 'departmentId'>): Actor {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    permissions: permissionsFor(user.roles),
    departmentId: user.departmentId,
    via: 'system',
  };
}

export type SeedRequisitionInput = {
  /** Raises the requisition; default: a new requester in a new department. */
  requester: User;
  departmentId: string;
  costCentreId: string;
  justification: string;
  /** Default: ten of a new catalog item at 12.50, needed in thirty days. */
  lines: RequisitionLineInput[];
  /** Stop at draft (default) or submit it. */
  submit: boolean;
};

function inDays(ctx: Ctx, days: number): string {
  return new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedRequisition(
  ctx: Ctx,
  input: Partial<SeedRequisitionInput> = {},
): Promise<Requisition> {
  const costCentre = input.costCentreId
    ? { id: input.costCentreId, departmentId: input.departmentId }
    : await seedCostCentre(ctx, input.departmentId ? { departmentId: input.departmentId } : {});
  const departmentId = input.departmentId ?? costCentre.departmentId;
  const requester =
    input.requester ?? (await seedUser(ctx, { roles: ['requester'], departmentId: departmentId ?? null }));
  const actor = actorFor(requester);
  const lines = input.lines ?? [
    {
      itemId: (await seedItem(ctx)).id,
      quantity: '10',
      estimatedUnitPrice: '12.50',
      neededBy: inDays(ctx, 30),
    },
  ];
  let requisition = await createRequisition(ctx, {
    actor,
    input: {
      departmentId,
      costCentreId: costCentre.id,
      justification: input.justification ?? 'Needed for the team',
      lines,
    },
  });
  if (input.submit) {
    requisition = await submitRequisition(ctx, { actor, id: requisition.id, version: requisition.version });
  }
  return requisition;
}

/** A requisition submitted by its requester and approved by `approver` (default: a new approver). */
export async function seedApprovedRequisition(
  ctx: Ctx,
  input: Partial<SeedRequisitionInput> & { approver?: User } = {},
): Promise<Requisition> {
  const submitted = await seedRequisition(ctx, { ...input, submit: true });
  const approver = input.approver ?? (await seedUser(ctx, { roles: ['approver'] }));
  return approveRequisition(ctx, { actor: actorFor(approver), id: submitted.id, version: submitted.version });
}
