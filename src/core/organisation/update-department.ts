import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { type CreateDepartmentInput, departmentCodeTaken } from './create-department';
import { DEPARTMENT_AUDITED, type Department, toDepartment } from './models';
import * as repo from './repository';
import { assertOrganisationReferences } from './validate-organisation';

export type UpdateDepartmentInput = Partial<CreateDepartmentInput>;

/** Renames, recodes, changes the head of, deactivates or reactivates a department. */
export async function updateDepartment(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdateDepartmentInput },
): Promise<Department> {
  const { input } = opts;
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await repo.findDepartmentById(tx, opts.id, { lock: 'update' });
      if (!before) throw AppError.notFound('Department', opts.id);
      assertVersion(before.version, opts.version);
      if (input.headUserId !== undefined && input.headUserId !== before.headUserId) {
        await assertOrganisationReferences({ ...ctx, db: tx }, { headUserId: input.headUserId });
      }
      const patch: Partial<repo.DepartmentInsert> = { updatedAt: ctx.clock.now() };
      if (input.code !== undefined) patch.code = input.code.trim();
      if (input.name !== undefined) patch.name = input.name.trim();
      if (input.headUserId !== undefined) patch.headUserId = input.headUserId;
      if (input.active !== undefined) patch.active = input.active;
      const row = await repo.updateDepartment(tx, opts.id, opts.version, patch);
      if (!row) throw AppError.conflict('The department changed while saving; reload and try again.');
      const department = toDepartment(row);
      const changes = diff(toDepartment(before), department, DEPARTMENT_AUDITED);
      if (Object.keys(changes).length > 0) {
        await recordAudit(tx, ctx.clock, {
          actor: opts.actor,
          entityType: 'department',
          entityId: department.id,
          action: 'update',
          changes,
        });
      }
      return department;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw departmentCodeTaken(input.code?.trim() ?? '');
    throw err;
  }
}
