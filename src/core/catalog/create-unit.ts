import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { normalize } from '../shared/money';
import * as repo from './repository';
import { toUnit, UNIT_AUDITED_FIELDS, type Unit } from './unit';
import { assertUnitBase } from './validate-references';

export type CreateUnitInput = {
  code: string;
  name: string;
  decimals?: number;
  baseUnitCode?: string | null;
  factor?: string;
  uneceCode?: string | null;
};

/** Unit codes are unique regardless of case: "KG" next to "kg" would only confuse. */
export function unitCodeTaken(code: string): AppError {
  return new AppError('conflict', `Unit code ${code} is already in use.`, {
    errors: [{ path: 'code', message: 'is already used by another unit' }],
  });
}

export async function createUnit(ctx: Ctx, opts: { actor: Actor; input: CreateUnitInput }): Promise<Unit> {
  const { input } = opts;
  const code = input.code.trim();
  const baseUnitCode = input.baseUnitCode ?? null;
  const factor = normalize(input.factor ?? '1');
  if ((await repo.findUnitsByCodesIgnoringCase(ctx.db, [code])).length > 0) throw unitCodeTaken(code);
  await assertUnitBase(ctx.db, { code, baseUnitCode, factor });
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await repo.insertUnit(tx, {
        code,
        name: input.name.trim(),
        decimals: input.decimals ?? 0,
        baseUnitCode,
        factor,
        uneceCode: input.uneceCode ?? null,
      });
      const unit = toUnit(row);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'unit',
        entityId: unit.code,
        action: 'create',
        changes: diff(null, unit, UNIT_AUDITED_FIELDS),
      });
      return unit;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw unitCodeTaken(code);
    throw err;
  }
}
