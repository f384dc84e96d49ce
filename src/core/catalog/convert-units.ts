import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import * as repo from './repository';
import { convertQuantity } from './rules';

/** Converts a quantity between two stored units through their base-unit chains (see convertQuantity). */
export async function convertBetweenUnits(
  ctx: Ctx,
  opts: { quantity: string; fromUnit: string; toUnit: string },
): Promise<string> {
  const chains = await Promise.all([
    repo.unitChain(ctx.db, opts.fromUnit),
    repo.unitChain(ctx.db, opts.toUnit),
  ]);
  return convertQuantity(opts.quantity, opts.fromUnit, opts.toUnit, chains.flat());
}

/**
 * Converts a quantity written in a UN/ECE Recommendation 20 unit code (as UBL documents write
 * units) to a stored unit: as is when it is that unit's own code, else through the first unit with
 * that code that converts. Null when no unit with that code converts to it.
 */
export async function convertFromUneceUnit(
  ctx: Ctx,
  opts: { quantity: string; uneceCode: string; toUnit: string },
): Promise<string | null> {
  return (await resolveUneceUnit(ctx, opts))?.quantity ?? null;
}

/**
 * The stored unit a UN/ECE code stands for, as far as converting to `toUnit` goes: `toUnit` itself
 * when it has that code, else the first unit with the code that converts to it; with the quantity
 * in `toUnit`. Null when none does.
 */
export async function resolveUneceUnit(
  ctx: Ctx,
  opts: { quantity: string; uneceCode: string; toUnit: string },
): Promise<{ unitCode: string; quantity: string } | null> {
  const candidates = await repo.findUnitsByUneceCode(ctx.db, opts.uneceCode);
  if (candidates.some((u) => u.code === opts.toUnit))
    return { unitCode: opts.toUnit, quantity: opts.quantity };
  for (const unit of candidates) {
    try {
      const quantity = await convertBetweenUnits(ctx, {
        quantity: opts.quantity,
        fromUnit: unit.code,
        toUnit: opts.toUnit,
      });
      return { unitCode: unit.code, quantity };
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'validation')) throw err;
    }
  }
  return null;
}
