import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { DEPARTMENT_AUDITED, type Department, toDepartment } from './models';
import * as repo from './repository';
import { assertOrganisationReferences } from './validate-organisation';

export type CreateDepartmentInput = {
  code: string;
  name: string;
  headUserId?: string | null;
  active?: boolean;
};

export function departmentCodeTaken(code: string): AppError {
  return new AppError('conflict', `Department code ${code} is already in use.`, {
    errors: [{ path: 'code', message: 'is already used by another department' }],
  });
}

export async function createDepartment(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateDepartmentInput },
): Promise<Department> {
  const { input } = opts;
  const code = input.code.trim();
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertOrganisationReferences({ ...ctx, db: tx }, { headUserId: input.headUserId });
      const now = ctx.clock.now();
      const row = await repo.insertDepartment(tx, {
        id: newId(now.getTime()),
        code,
        name: input.name.trim(),
        headUserId: input.headUserId ?? null,
        active: input.active ?? true,
        createdAt: now,
        updatedAt: now,
      });
      const department = toDepartment(row);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'department',
        entityId: department.id,
        action: 'create',
        changes: diff(null, department, DEPARTMENT_AUDITED),
      });
      return department;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw departmentCodeTaken(code);
    throw err;
  }
}
