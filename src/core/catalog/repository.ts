import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { itemCategories, items, priceListEntries, suppliers, units } from '../../db/schema';
import type { SupplierStatus } from '../../domain/suppliers';
import { likeEscape } from '../shared/pagination';
import { lowerIn, rowsOf } from '../shared/sql';

/** The only SQL of the catalog. Every function takes the database or a transaction. */

export type CategoryRow = typeof itemCategories.$inferSelect;
export type CategoryInsert = typeof itemCategories.$inferInsert;
export type UnitRow = typeof units.$inferSelect;
export type UnitInsert = typeof units.$inferInsert;
export type ItemRow = typeof items.$inferSelect;
export type ItemInsert = typeof items.$inferInsert;
export type PriceListEntryRow = typeof priceListEntries.$inferSelect;
export type PriceListEntryInsert = typeof priceListEntries.$inferInsert;

// ── item categories ─────────────────────────────────────────────────────────

export async function findCategoryById(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CategoryRow | undefined> {
  const q = db.select().from(itemCategories).where(eq(itemCategories.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findCategoriesByCodes(db: Db, codes: string[]): Promise<CategoryRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(itemCategories).where(lowerIn(itemCategories.code, codes));
}

export async function findCategoriesByIds(db: Db, ids: string[]): Promise<CategoryRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(itemCategories).where(inArray(itemCategories.id, ids));
}

export async function insertCategory(db: Db, row: CategoryInsert): Promise<CategoryRow> {
  const [inserted] = await db.insert(itemCategories).values(row).returning();
  return inserted!;
}

export async function updateCategory(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<CategoryInsert>,
): Promise<CategoryRow | undefined> {
  const [row] = await db
    .update(itemCategories)
    .set({ ...patch, version: sql`${itemCategories.version} + 1` })
    .where(and(eq(itemCategories.id, id), eq(itemCategories.version, expectedVersion)))
    .returning();
  return row;
}

/** The category and every category above it (a cycle in stored data cannot loop: UNION stops it). */
export async function categoryAncestry(db: Db, id: string): Promise<string[]> {
  const result = await db.execute(sql`
    with recursive chain(id, parent_id) as (
      select id, parent_id from ${itemCategories} where id = ${id}::uuid
      union
      select c.id, c.parent_id from ${itemCategories} c join chain on c.id = chain.parent_id
    )
    select id from chain`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

export type CategoryFilter = { q?: string; active?: boolean; parentId?: string };

export async function listCategories(
  db: Db,
  filter: CategoryFilter,
  after: { code: string; id: string } | undefined,
  limit: number,
): Promise<CategoryRow[]> {
  const where: (SQL | undefined)[] = [];
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(
      or(sql`lower(${itemCategories.code}) like ${like}`, sql`lower(${itemCategories.name}) like ${like}`),
    );
  }
  if (filter.active !== undefined) where.push(eq(itemCategories.active, filter.active));
  if (filter.parentId) where.push(eq(itemCategories.parentId, filter.parentId));
  if (after)
    where.push(sql`(${itemCategories.code}, ${itemCategories.id}) > (${after.code}, ${after.id}::uuid)`);
  return db
    .select()
    .from(itemCategories)
    .where(and(...where))
    .orderBy(asc(itemCategories.code), asc(itemCategories.id))
    .limit(limit);
}

// ── units ───────────────────────────────────────────────────────────────────

export async function findUnit(
  db: Db,
  code: string,
  opts: { forUpdate?: boolean } = {},
): Promise<UnitRow | undefined> {
  const q = db.select().from(units).where(eq(units.code, code)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/** Units whose code matches any of `codes` regardless of case. */
export async function findUnitsByCodesIgnoringCase(db: Db, codes: string[]): Promise<UnitRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(units).where(lowerIn(units.code, codes));
}

/** The units with this UN/ECE Recommendation 20 code, in code order (at most 20). */
export async function findUnitsByUneceCode(db: Db, uneceCode: string): Promise<UnitRow[]> {
  return db.select().from(units).where(eq(units.uneceCode, uneceCode)).orderBy(units.code).limit(20);
}

export async function insertUnit(db: Db, row: UnitInsert): Promise<UnitRow> {
  const [inserted] = await db.insert(units).values(row).returning();
  return inserted!;
}

export async function updateUnit(
  db: Db,
  code: string,
  expectedVersion: number,
  patch: Partial<UnitInsert>,
): Promise<UnitRow | undefined> {
  const [row] = await db
    .update(units)
    .set({ ...patch, version: sql`${units.version} + 1` })
    .where(and(eq(units.code, code), eq(units.version, expectedVersion)))
    .returning();
  return row;
}

/** The unit and each base unit below it, in chain order (UNION stops a cycle in stored data). */
export async function unitChain(
  db: Db,
  code: string,
): Promise<{ code: string; baseUnitCode: string | null; factor: string }[]> {
  const result = await db.execute(sql`
    with recursive chain(code, base_unit_code, factor) as (
      select code, base_unit_code, factor from ${units} where code = ${code}
      union
      select u.code, u.base_unit_code, u.factor from ${units} u join chain on u.code = chain.base_unit_code
    )
    select code, base_unit_code, factor::text as factor from chain`);
  return rowsOf<{ code: string; base_unit_code: string | null; factor: string }>(result).map((r) => ({
    code: r.code,
    baseUnitCode: r.base_unit_code,
    factor: r.factor,
  }));
}

export async function listUnits(
  db: Db,
  filter: { q?: string },
  afterCode: string | undefined,
  limit: number,
): Promise<UnitRow[]> {
  const where: (SQL | undefined)[] = [];
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(or(sql`lower(${units.code}) like ${like}`, sql`lower(${units.name}) like ${like}`));
  }
  if (afterCode !== undefined) where.push(gt(units.code, afterCode));
  return db
    .select()
    .from(units)
    .where(and(...where))
    .orderBy(asc(units.code))
    .limit(limit);
}

// ── items ───────────────────────────────────────────────────────────────────

export async function findItemById(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ItemRow | undefined> {
  const q = db.select().from(items).where(eq(items.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

const itemsByIds = preparedPer((db) =>
  db
    .select()
    .from(items)
    .where(sql`${items.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('items_by_ids'),
);

export async function findItemsByIds(db: Db, ids: string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return [];
  return itemsByIds(db).execute({ ids: [...new Set(ids)] });
}

export async function findItemsBySkus(db: Db, skus: string[]): Promise<ItemRow[]> {
  if (skus.length === 0) return [];
  return db.select().from(items).where(lowerIn(items.sku, skus));
}

export async function insertItem(db: Db, row: ItemInsert): Promise<ItemRow> {
  const [inserted] = await db.insert(items).values(row).returning();
  return inserted!;
}

export async function updateItem(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<ItemInsert>,
): Promise<ItemRow | undefined> {
  const [row] = await db
    .update(items)
    .set({ ...patch, version: sql`${items.version} + 1` })
    .where(and(eq(items.id, id), eq(items.version, expectedVersion)))
    .returning();
  return row;
}

export async function itemsWithPriceListEntries(db: Db, itemIds: string[]): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ itemId: priceListEntries.itemId })
    .from(priceListEntries)
    .where(inArray(priceListEntries.itemId, itemIds));
  return new Set(rows.map((r) => r.itemId));
}

export type ItemFilter = { q?: string; categoryId?: string; active?: boolean };

function itemWhere(filter: ItemFilter): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [];
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(
      or(
        sql`lower(${items.sku}) like ${like}`,
        sql`lower(${items.name}) like ${like}`,
        sql`lower(${items.description}) like ${like}`,
      ),
    );
  }
  if (filter.categoryId) where.push(eq(items.categoryId, filter.categoryId));
  if (filter.active !== undefined) where.push(eq(items.active, filter.active));
  return where;
}

export async function listItems(
  db: Db,
  filter: ItemFilter,
  after: { name: string; id: string } | undefined,
  limit: number,
): Promise<ItemRow[]> {
  const where = itemWhere(filter);
  if (after) where.push(sql`(${items.name}, ${items.id}) > (${after.name}, ${after.id}::uuid)`);
  return db
    .select()
    .from(items)
    .where(and(...where))
    .orderBy(asc(items.name), asc(items.id))
    .limit(limit);
}

/** Items in SKU order with their category code, in batches, for export. */
export async function listItemsForExport(
  db: Db,
  filter: ItemFilter,
  after: { sku: string; id: string } | undefined,
  limit: number,
): Promise<(ItemRow & { categoryCode: string })[]> {
  const where = itemWhere(filter);
  if (after) where.push(sql`(${items.sku}, ${items.id}) > (${after.sku}, ${after.id}::uuid)`);
  const rows = await db
    .select({ item: items, categoryCode: itemCategories.code })
    .from(items)
    .innerJoin(itemCategories, eq(itemCategories.id, items.categoryId))
    .where(and(...where))
    .orderBy(asc(items.sku), asc(items.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.item, categoryCode: r.categoryCode }));
}

// ── price list entries ──────────────────────────────────────────────────────

export async function findPriceListEntryById(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PriceListEntryRow | undefined> {
  const q = db.select().from(priceListEntries).where(eq(priceListEntries.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/**
 * Serialises writers of one supplier's prices for one item until the transaction ends, so the
 * "one entry per key" check cannot race. Two-key advisory locks do not collide with the one-key
 * lock of the audit chain.
 */
export async function lockSupplierItem(db: Db, supplierId: string, itemId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(7272, hashtext(${`${supplierId}:${itemId}`}))`);
}

/** Entries with the same supplier, item, currency, quantity break and start date. */
export async function findPriceListEntriesWithKey(
  db: Db,
  key: { supplierId: string; itemId: string; currency: string; minQuantity: string; validFrom: string },
): Promise<PriceListEntryRow[]> {
  return db
    .select()
    .from(priceListEntries)
    .where(
      and(
        eq(priceListEntries.supplierId, key.supplierId),
        eq(priceListEntries.itemId, key.itemId),
        eq(priceListEntries.currency, key.currency),
        sql`${priceListEntries.minQuantity} = ${key.minQuantity}::numeric`,
        eq(priceListEntries.validFrom, key.validFrom),
      ),
    );
}

/** Every entry of these suppliers for these items (a superset of the pairs asked for). */
export async function findPriceListEntriesFor(
  db: Db,
  supplierIds: string[],
  itemIds: string[],
): Promise<PriceListEntryRow[]> {
  if (supplierIds.length === 0 || itemIds.length === 0) return [];
  return db
    .select()
    .from(priceListEntries)
    .where(and(inArray(priceListEntries.supplierId, supplierIds), inArray(priceListEntries.itemId, itemIds)));
}

/**
 * The entries that can price an item on `date` for `quantity` (bestPrice chooses): one supplier's
 * (and currency's, when given), or every supplier's when none is named — the candidates of a choice
 * (at most 5,000).
 */
export async function priceCandidates(
  db: Db,
  q: { supplierId?: string; itemId: string; quantity: string; date: string; currency?: string },
): Promise<PriceListEntryRow[]> {
  return db
    .select()
    .from(priceListEntries)
    .where(
      and(
        q.supplierId ? eq(priceListEntries.supplierId, q.supplierId) : undefined,
        eq(priceListEntries.itemId, q.itemId),
        lte(priceListEntries.validFrom, q.date),
        or(isNull(priceListEntries.validTo), gte(priceListEntries.validTo, q.date)),
        sql`${priceListEntries.minQuantity} <= ${q.quantity}::numeric`,
        q.currency ? eq(priceListEntries.currency, q.currency) : undefined,
      ),
    )
    .limit(5000);
}

export async function insertPriceListEntry(db: Db, row: PriceListEntryInsert): Promise<PriceListEntryRow> {
  const [inserted] = await db.insert(priceListEntries).values(row).returning();
  return inserted!;
}

export async function updatePriceListEntry(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<PriceListEntryInsert>,
): Promise<PriceListEntryRow | undefined> {
  const [row] = await db
    .update(priceListEntries)
    .set({ ...patch, version: sql`${priceListEntries.version} + 1` })
    .where(and(eq(priceListEntries.id, id), eq(priceListEntries.version, expectedVersion)))
    .returning();
  return row;
}

export async function deletePriceListEntry(db: Db, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .delete(priceListEntries)
    .where(and(eq(priceListEntries.id, id), eq(priceListEntries.version, expectedVersion)))
    .returning({ id: priceListEntries.id });
  return rows.length > 0;
}

export type PriceListEntryFilter = {
  supplierId?: string;
  itemId?: string;
  validOn?: string;
  currency?: string;
};

function priceListWhere(filter: PriceListEntryFilter): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [];
  if (filter.supplierId) where.push(eq(priceListEntries.supplierId, filter.supplierId));
  if (filter.itemId) where.push(eq(priceListEntries.itemId, filter.itemId));
  if (filter.currency) where.push(eq(priceListEntries.currency, filter.currency));
  if (filter.validOn) {
    where.push(lte(priceListEntries.validFrom, filter.validOn));
    where.push(or(isNull(priceListEntries.validTo), gte(priceListEntries.validTo, filter.validOn)));
  }
  return where;
}

/** Entries in id (creation) order. */
export async function listPriceListEntries(
  db: Db,
  filter: PriceListEntryFilter,
  afterId: string | undefined,
  limit: number,
): Promise<PriceListEntryRow[]> {
  const where = priceListWhere(filter);
  if (afterId) where.push(gt(priceListEntries.id, afterId));
  return db
    .select()
    .from(priceListEntries)
    .where(and(...where))
    .orderBy(asc(priceListEntries.id))
    .limit(limit);
}

/** Entries with their supplier code and item SKU, in id order and in batches, for export. */
export async function listPriceListEntriesForExport(
  db: Db,
  filter: PriceListEntryFilter,
  afterId: string | undefined,
  limit: number,
): Promise<(PriceListEntryRow & { supplierCode: string; sku: string })[]> {
  const where = priceListWhere(filter);
  if (afterId) where.push(gt(priceListEntries.id, afterId));
  const rows = await db
    .select({ entry: priceListEntries, supplierCode: suppliers.code, sku: items.sku })
    .from(priceListEntries)
    .innerJoin(suppliers, eq(suppliers.id, priceListEntries.supplierId))
    .innerJoin(items, eq(items.id, priceListEntries.itemId))
    .where(and(...where))
    .orderBy(asc(priceListEntries.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.entry, supplierCode: r.supplierCode, sku: r.sku }));
}

// ── references owned by other capabilities (read only) ──────────────────────

export type SupplierRef = { id: string; code: string; status: SupplierStatus };

export async function findSuppliersByIds(db: Db, ids: string[]): Promise<SupplierRef[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: suppliers.id, code: suppliers.code, status: suppliers.status })
    .from(suppliers)
    .where(inArray(suppliers.id, ids));
}

export async function findSuppliersByCodes(db: Db, codes: string[]): Promise<SupplierRef[]> {
  if (codes.length === 0) return [];
  return db
    .select({ id: suppliers.id, code: suppliers.code, status: suppliers.status })
    .from(suppliers)
    .where(lowerIn(suppliers.code, codes));
}

// ── tree locks ──────────────────────────────────────────────────────────────

/**
 * Serialises changes to the category tree (or the unit chains) until the transaction ends, so two
 * concurrent re-parentings cannot together close a loop that neither sees alone.
 */
export async function lockTree(db: Db, tree: 'item_categories' | 'units'): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(7273, ${tree === 'units' ? 1 : 0})`);
}

/** The supplier part number of each item on the supplier's price list valid on the date (newest entry wins). */
export async function supplierPartNumbersOn(
  db: Db,
  supplierId: string,
  itemIds: string[],
  date: string,
): Promise<Map<string, string>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({ itemId: priceListEntries.itemId, partNumber: priceListEntries.supplierPartNumber })
    .from(priceListEntries)
    .where(
      and(
        eq(priceListEntries.supplierId, supplierId),
        inArray(priceListEntries.itemId, itemIds),
        isNotNull(priceListEntries.supplierPartNumber),
        lte(priceListEntries.validFrom, date),
        or(isNull(priceListEntries.validTo), gte(priceListEntries.validTo, date)),
      ),
    )
    .orderBy(asc(priceListEntries.validFrom), asc(priceListEntries.id));
  const map = new Map<string, string>();
  for (const r of rows) if (r.partNumber) map.set(r.itemId, r.partNumber);
  return map;
}

/** SKU and name of these items. */
export async function itemNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: items.id, sku: items.sku, name: items.name })
    .from(items)
    .where(inArray(items.id, ids));
}

/** Code and name of these categories. */
export async function categoryNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: itemCategories.id, code: itemCategories.code, name: itemCategories.name })
    .from(itemCategories)
    .where(inArray(itemCategories.id, ids));
}

/** Names of these units, by code. */
export async function unitNames(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select({ id: units.code, name: units.name }).from(units).where(inArray(units.code, codes));
}

/** The item (SKU, name) and the currency of these price list entries. */
export async function priceListEntryNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: priceListEntries.id,
      sku: items.sku,
      name: items.name,
      currency: priceListEntries.currency,
    })
    .from(priceListEntries)
    .innerJoin(items, eq(items.id, priceListEntries.itemId))
    .where(inArray(priceListEntries.id, ids));
}

/** Each item's category and whether its goods are inspected (its own flag or its category's). */
export async function inspectionTraits(
  db: Db,
  itemIds: string[],
): Promise<{ id: string; categoryId: string; inspectionRequired: boolean; service: boolean }[]> {
  if (itemIds.length === 0) return [];
  return db
    .select({
      id: items.id,
      categoryId: items.categoryId,
      service: items.service,
      inspectionRequired: sql<boolean>`${items.inspectionRequired} or ${itemCategories.inspectionRequired}`,
    })
    .from(items)
    .innerJoin(itemCategories, eq(itemCategories.id, items.categoryId))
    .where(inArray(items.id, [...new Set(itemIds)]));
}

/** The units with these exact codes. */
export async function findUnitsByCodes(db: Db, codes: string[]): Promise<UnitRow[]> {
  if (codes.length === 0) return [];
  return db
    .select()
    .from(units)
    .where(inArray(units.code, [...new Set(codes)]));
}

// ── supplier evaluation ─────────────────────────────────────────────────────

/** One order line to price against its supplier's price list. */
export type ListPriceQuery = {
  key: string;
  supplierId: string;
  itemId: string;
  currency: string;
  /** The order date: the entry must be valid on it. */
  on: string;
  quantity: string;
};

/**
 * The supplier's price-list price for each query (the lowest valid on the date, in the currency,
 * for the quantity), by key; a query without one is absent: one statement.
 */
export async function listPricesFor(db: Db, queries: ListPriceQuery[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (queries.length === 0) return out;
  const rows = rowsOf<{ key: string; unitPrice: string }>(
    await db.execute(sql`
      SELECT q.key, min(p.unit_price)::text AS "unitPrice"
      FROM jsonb_to_recordset(${JSON.stringify(queries)}::jsonb)
        AS q(key text, "supplierId" uuid, "itemId" uuid, currency text, "on" date, quantity numeric)
      JOIN price_list_entries p ON p.supplier_id = q."supplierId" AND p.item_id = q."itemId"
        AND p.currency = q.currency AND p.valid_from <= q."on" AND (p.valid_to IS NULL OR p.valid_to >= q."on")
        AND p.min_quantity <= q.quantity
      GROUP BY q.key`),
  );
  for (const r of rows) out.set(r.key, r.unitPrice);
  return out;
}
