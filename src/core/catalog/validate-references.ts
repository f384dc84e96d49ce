import type { Db } from '../../db/client';
import * as organisation from '../organisation';
import type { Ctx } from '../shared/context';
import { FieldErrors } from '../shared/errors';
import { dec } from '../shared/money';
import * as repo from './repository';
import { formsCycle, quantityFitsUnit } from './rules';

/**
 * What a schema cannot check: that referenced records exist and may be used. A reference is
 * checked when it is set or changed; a record that keeps an old reference (to a category since
 * deactivated, say) can still be edited.
 */

/** A category's parent exists, is active, and is neither the category itself nor below it. */
export async function assertCategoryParent(
  db: Db,
  opts: { id?: string; parentId: string | null | undefined; before?: string | null },
): Promise<void> {
  const { parentId } = opts;
  if (parentId === undefined || parentId === null || parentId === opts.before) return;
  const errors = new FieldErrors();
  const parent = await repo.findCategoryById(db, parentId);
  if (!parent) errors.add('parentId', 'does not name an existing item category');
  else if (!parent.active) errors.add('parentId', `category ${parent.code} is inactive`);
  else if (opts.id && formsCycle(opts.id, await repo.categoryAncestry(db, parentId))) {
    errors.add('parentId', 'would make the category its own ancestor');
  }
  errors.throwIfAny();
}

/**
 * A unit's base exists and does not lead back to the unit; a unit without a base has factor 1
 * (it is its own base).
 */
export async function assertUnitBase(
  db: Db,
  opts: { code: string; baseUnitCode: string | null; factor: string },
): Promise<void> {
  const errors = new FieldErrors();
  if (opts.baseUnitCode === null) {
    if (!dec(opts.factor).eq(1)) errors.add('factor', 'must be 1 for a unit without a base unit');
  } else if (opts.baseUnitCode === opts.code) {
    errors.add('baseUnitCode', 'must not be the unit itself');
  } else {
    const chain = await repo.unitChain(db, opts.baseUnitCode);
    if (chain.length === 0) errors.add('baseUnitCode', `${opts.baseUnitCode} is not a known unit`);
    else if (
      formsCycle(
        opts.code,
        chain.map((u) => u.code),
      )
    ) {
      errors.add(
        'baseUnitCode',
        `${opts.baseUnitCode} is based on ${opts.code}: the units would form a cycle`,
      );
    }
  }
  errors.throwIfAny();
}

/** An item's category exists and is active; its unit exists. */
export async function assertItemReferences(
  db: Db,
  input: { categoryId?: string; unitCode?: string },
  before?: { categoryId: string; unitCode: string },
): Promise<void> {
  const errors = new FieldErrors();
  if (input.categoryId !== undefined && input.categoryId !== before?.categoryId) {
    const category = await repo.findCategoryById(db, input.categoryId);
    if (!category) errors.add('categoryId', 'does not name an existing item category');
    else if (!category.active) errors.add('categoryId', `category ${category.code} is inactive`);
  }
  if (input.unitCode !== undefined && input.unitCode !== before?.unitCode) {
    if (!(await repo.findUnit(db, input.unitCode)))
      errors.add('unitCode', `${input.unitCode} is not a known unit`);
  }
  errors.throwIfAny();
}

/**
 * A price list entry's supplier exists and is not blocked, its item exists and is active, its
 * currency is active, and its quantity break has no more decimals than the item's unit allows.
 */
export async function assertPriceListReferences(
  ctx: Ctx,
  input: { supplierId: string; itemId: string; currency?: string; minQuantity?: string },
  opts: { isNew: boolean; beforeCurrency?: string },
): Promise<void> {
  const errors = new FieldErrors();
  if (opts.isNew) {
    const [supplier] = await repo.findSuppliersByIds(ctx.db, [input.supplierId]);
    if (!supplier) errors.add('supplierId', 'does not name an existing supplier');
    else if (supplier.status === 'blocked') errors.add('supplierId', `supplier ${supplier.code} is blocked`);
  }
  const item = await repo.findItemById(ctx.db, input.itemId);
  if (!item) errors.add('itemId', 'does not name an existing item');
  else if (opts.isNew && !item.active) errors.add('itemId', `item ${item.sku} is inactive`);
  if (input.currency !== undefined && input.currency !== opts.beforeCurrency) {
    const active = await organisation.activeCurrencyCodes(ctx, { codes: [input.currency] });
    if (!active.has(input.currency)) errors.add('currency', `${input.currency} is not an active currency`);
  }
  if (item && input.minQuantity !== undefined) {
    const unit = await repo.findUnit(ctx.db, item.unitCode);
    if (unit && !quantityFitsUnit(input.minQuantity, unit)) {
      errors.add('minQuantity', `must have at most ${unit.decimals} decimal places (unit ${unit.code})`);
    }
  }
  errors.throwIfAny();
}
