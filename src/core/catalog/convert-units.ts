import type { Ctx } from '../shared/context';
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
