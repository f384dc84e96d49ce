import type { Ctx } from '../shared/context';
import * as repo from './repository';

/** What receiving needs of a line's item and unit. */
export type ReceivingTraits = {
  /** By item id: its category, and whether its goods are inspected (the item's flag or its category's). */
  items: Map<string, { categoryId: string; inspectionRequired: boolean; service: boolean }>;
  /** By unit code: the decimals a quantity in it may have. */
  unitDecimals: Map<string, number>;
};

/** The items' inspection flags and categories and the units' decimals: two statements, whatever the number of lines. */
export async function receivingTraitsOf(
  ctx: Ctx,
  opts: { itemIds: string[]; unitCodes: string[] },
): Promise<ReceivingTraits> {
  const [items, units] = await Promise.all([
    repo.inspectionTraits(ctx.db, opts.itemIds),
    repo.findUnitsByCodes(ctx.db, opts.unitCodes),
  ]);
  return {
    items: new Map(
      items.map((i) => [
        i.id,
        { categoryId: i.categoryId, inspectionRequired: Boolean(i.inspectionRequired), service: i.service },
      ]),
    ),
    unitDecimals: new Map(units.map((u) => [u.code, u.decimals])),
  };
}
