import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { COST_CENTRE_AUDITED, type CostCentre, toCostCentre } from './models';
import * as repo from './repository';
import { assertOrganisationReferences } from './validate-organisation';

export type CreateCostCentreInput = {
  code: string;
  name: string;
  departmentId: string;
  ownerUserId?: string | null;
  active?: boolean;
};

export function costCentreCodeTaken(code: string): AppError {
  return new AppError('conflict', `Cost centre code ${code} is already in use.`, {
    errors: [{ path: 'code', message: 'is already used by another cost centre' }],
  });
}

/** A new cost centre belongs to an active department. */
export async function createCostCentre(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateCostCentreInput },
): Promise<CostCentre> {
  const { input } = opts;
  const code = input.code.trim();
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertOrganisationReferences(
        { ...ctx, db: tx },
        {
          departmentId: input.departmentId,
          ownerUserId: input.ownerUserId,
        },
      );
      const now = ctx.clock.now();
      const row = await repo.insertCostCentre(tx, {
        id: newId(now.getTime()),
        code,
        name: input.name.trim(),
        departmentId: input.departmentId,
        ownerUserId: input.ownerUserId ?? null,
        active: input.active ?? true,
        createdAt: now,
        updatedAt: now,
      });
      const costCentre = toCostCentre(row);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'cost_centre',
        entityId: costCentre.id,
        action: 'create',
        changes: diff(null, costCentre, COST_CENTRE_AUDITED),
      });
      return costCentre;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw costCentreCodeTaken(code);
    throw err;
  }
}
