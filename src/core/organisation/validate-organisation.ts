import type { Db } from '../../db/client';
import * as identity from '../identity';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import * as repo from './repository';

/**
 * Checks what a schema cannot: referenced users are active, a referenced department exists and is
 * active. Only the references given are checked, so an update checks just what it changes.
 */
export async function assertOrganisationReferences(
  ctx: Ctx,
  refs: { headUserId?: string | null; ownerUserId?: string | null; departmentId?: string },
): Promise<void> {
  const errors = new FieldErrors();
  const userRefs = (['headUserId', 'ownerUserId'] as const).filter((path) => refs[path] != null);
  if (userRefs.length > 0) {
    const active = await identity.activeUserIds(ctx, { ids: userRefs.map((path) => refs[path]!) });
    for (const path of userRefs) {
      if (!active.has(refs[path]!)) errors.add(path, 'does not name an active user of the organisation');
    }
  }
  if (refs.departmentId !== undefined) {
    // Shared lock: the department cannot be deactivated until this write commits.
    const department = await repo.findDepartmentById(ctx.db, refs.departmentId, { lock: 'share' });
    if (!department) errors.add('departmentId', 'does not name an existing department');
    else if (!department.active)
      errors.add('departmentId', `names department ${department.code}, which is inactive`);
  }
  errors.throwIfAny();
}

/** The settings row; every database gets it from the base seed, so its absence is a broken install. */
export async function requireSettings(
  db: Db,
  opts: { lock?: 'update' | 'share' } = {},
): Promise<repo.SettingsRow> {
  const row = await repo.findSettings(db, opts);
  if (!row)
    throw new AppError(
      'internal',
      'The organisation settings are missing: run the migrations and the base seed.',
    );
  return row;
}
