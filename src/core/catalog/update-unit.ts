import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { normalize } from '../shared/money';
import { assertVersion } from '../shared/versioning';
import type { CreateUnitInput } from './create-unit';
import * as repo from './repository';
import { toUnit, UNIT_AUDITED_FIELDS, type Unit } from './unit';
import { assertUnitBase } from './validate-references';

/** The code is the unit's identity (items refer to it) and does not change. */
export type UpdateUnitInput = Partial<Omit<CreateUnitInput, 'code'>>;

/** Renames a unit, changes its decimals, or its base unit and factor. Units are never deleted. */
export async function updateUnit(
  ctx: Ctx,
  opts: { actor: Actor; code: string; version: number; input: UpdateUnitInput },
): Promise<Unit> {
  const { input } = opts;
  const patch: Partial<repo.UnitInsert> = {};
  if (input.name !== undefined) patch.name = input.name.trim();
  if (input.decimals !== undefined) patch.decimals = input.decimals;
  if (input.baseUnitCode !== undefined) patch.baseUnitCode = input.baseUnitCode;
  if (input.factor !== undefined) patch.factor = normalize(input.factor);
  if (input.uneceCode !== undefined) patch.uneceCode = input.uneceCode;
  // A unit that loses its base becomes a base itself: factor 1 unless the caller says otherwise.
  if (input.baseUnitCode === null && input.factor === undefined) patch.factor = '1';
  return ctx.db.transaction(async (tx) => {
    if (input.baseUnitCode !== undefined || input.factor !== undefined) await repo.lockTree(tx, 'units');
    const row = await repo.findUnit(tx, opts.code, { forUpdate: true });
    if (!row) throw AppError.notFound('Unit', opts.code);
    assertVersion(row.version, opts.version);
    const before = toUnit(row);
    const next = { ...before, ...patch } as Unit;
    if (Object.keys(diff(before, next, UNIT_AUDITED_FIELDS)).length === 0) return before;
    if (next.baseUnitCode !== before.baseUnitCode || next.factor !== before.factor) {
      await assertUnitBase(tx, { code: before.code, baseUnitCode: next.baseUnitCode, factor: next.factor });
    }
    const updated = await repo.updateUnit(tx, opts.code, opts.version, patch);
    if (!updated) throw AppError.conflict('The unit changed while saving; reload and try again.');
    const unit = toUnit(updated);
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'unit',
      entityId: unit.code,
      action: 'update',
      changes: diff(before, unit, UNIT_AUDITED_FIELDS),
    });
    return unit;
  });
}
