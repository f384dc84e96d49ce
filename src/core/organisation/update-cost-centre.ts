import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { type CreateCostCentreInput, costCentreCodeTaken } from './create-cost-centre';
import { COST_CENTRE_AUDITED, type CostCentre, toCostCentre } from './models';
import * as repo from './repository';
import { assertOrganisationReferences } from './validate-organisation';

export type UpdateCostCentreInput = Partial<CreateCostCentreInput>;

/** Edits a cost centre; moving it checks the new department like a create does. */
export async function updateCostCentre(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdateCostCentreInput },
): Promise<CostCentre> {
  const { input } = opts;
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await repo.findCostCentreById(tx, opts.id, { lock: 'update' });
      if (!before) throw AppError.notFound('Cost centre', opts.id);
      assertVersion(before.version, opts.version);
      await assertOrganisationReferences(
        { ...ctx, db: tx },
        {
          departmentId:
            input.departmentId !== undefined && input.departmentId !== before.departmentId
              ? input.departmentId
              : undefined,
          ownerUserId:
            input.ownerUserId !== undefined && input.ownerUserId !== before.ownerUserId
              ? input.ownerUserId
              : undefined,
        },
      );
      const patch: Partial<repo.CostCentreInsert> = { updatedAt: ctx.clock.now() };
      if (input.code !== undefined) patch.code = input.code.trim();
      if (input.name !== undefined) patch.name = input.name.trim();
      if (input.departmentId !== undefined) patch.departmentId = input.departmentId;
      if (input.ownerUserId !== undefined) patch.ownerUserId = input.ownerUserId;
      if (input.active !== undefined) patch.active = input.active;
      const row = await repo.updateCostCentre(tx, opts.id, opts.version, patch);
      if (!row) throw AppError.conflict('The cost centre changed while saving; reload and try again.');
      const costCentre = toCostCentre(row);
      const changes = diff(toCostCentre(before), costCentre, COST_CENTRE_AUDITED);
      if (Object.keys(changes).length > 0) {
        await recordAudit(tx, ctx.clock, {
          actor: opts.actor,
          entityType: 'cost_centre',
          entityId: costCentre.id,
          action: 'update',
          changes,
        });
      }
      return costCentre;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw costCentreCodeTaken(input.code?.trim() ?? '');
    throw err;
  }
}
