import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { suppliers } from '../../db/schema';
import { likeEscape } from '../shared/pagination';
import { lowerIn } from '../shared/sql';

export type SupplierRow = typeof suppliers.$inferSelect;
export type SupplierInsert = typeof suppliers.$inferInsert;

const supplierById = preparedPer((db) =>
  db
    .select()
    .from(suppliers)
    .where(eq(suppliers.id, sql.placeholder('id')))
    .limit(1)
    .prepare('supplier_by_id'),
);

export async function findById(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SupplierRow | undefined> {
  const [row] = opts.forUpdate
    ? await db.select().from(suppliers).where(eq(suppliers.id, id)).limit(1).for('update')
    : await supplierById(db).execute({ id });
  return row;
}

export async function findByIds(db: Db, ids: string[]): Promise<SupplierRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(suppliers).where(inArray(suppliers.id, ids));
}

/** Only what names a supplier in a list (its code, legal name and status), for many at once. */
export async function labelsByIds(
  db: Db,
  ids: string[],
): Promise<{ id: string; code: string; legalName: string; status: SupplierRow['status'] }[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: suppliers.id,
      code: suppliers.code,
      legalName: suppliers.legalName,
      status: suppliers.status,
    })
    .from(suppliers)
    .where(inArray(suppliers.id, ids));
}

export async function findByCode(db: Db, code: string): Promise<SupplierRow | undefined> {
  const [row] = await db
    .select()
    .from(suppliers)
    .where(sql`lower(${suppliers.code}) = ${code.toLowerCase()}`)
    .limit(1);
  return row;
}

export async function findByCodes(db: Db, codes: string[]): Promise<SupplierRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(suppliers).where(lowerIn(suppliers.code, codes));
}

export async function insert(db: Db, rows: SupplierInsert[]): Promise<SupplierRow[]> {
  if (rows.length === 0) return [];
  return db.insert(suppliers).values(rows).returning();
}

export async function update(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<SupplierInsert>,
): Promise<SupplierRow | undefined> {
  const [row] = await db
    .update(suppliers)
    .set({ ...patch, version: sql`${suppliers.version} + 1` })
    .where(and(eq(suppliers.id, id), eq(suppliers.version, expectedVersion)))
    .returning();
  return row;
}

export type SupplierFilter = { q?: string; status?: SupplierRow['status']; categoryId?: string };

export async function list(
  db: Db,
  filter: SupplierFilter,
  after: { legalName: string; id: string } | undefined,
  limit: number,
): Promise<SupplierRow[]> {
  const where = [];
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(
      or(
        sql`lower(${suppliers.code}) like ${like}`,
        sql`lower(${suppliers.legalName}) like ${like}`,
        sql`lower(${suppliers.taxId}) like ${like}`,
      ),
    );
  }
  if (filter.status) where.push(eq(suppliers.status, filter.status));
  if (filter.categoryId) where.push(sql`${filter.categoryId}::uuid = any(${suppliers.categoryIds})`);
  if (after)
    where.push(sql`(${suppliers.legalName}, ${suppliers.id}) > (${after.legalName}, ${after.id}::uuid)`);
  return db
    .select()
    .from(suppliers)
    .where(and(...where))
    .orderBy(asc(suppliers.legalName), asc(suppliers.id))
    .limit(limit);
}

/** Every supplier in code order, in batches, for export. */
export async function listAfterCode(
  db: Db,
  afterCode: string | undefined,
  limit: number,
): Promise<SupplierRow[]> {
  return db
    .select()
    .from(suppliers)
    .where(afterCode === undefined ? undefined : sql`${suppliers.code} > ${afterCode}`)
    .orderBy(asc(suppliers.code))
    .limit(limit);
}

/** Code and legal name of these suppliers. */
export async function supplierNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: suppliers.id,
      code: suppliers.code,
      name: suppliers.legalName,
      currency: suppliers.defaultCurrency,
    })
    .from(suppliers)
    .where(inArray(suppliers.id, ids));
}

/** What paying these suppliers needs: names, bank details as entered (unmasked), contacts, language. */
export async function paymentDetails(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: suppliers.id,
      code: suppliers.code,
      legalName: suppliers.legalName,
      status: suppliers.status,
      bankDetails: suppliers.bankDetails,
      contacts: suppliers.contacts,
      language: suppliers.language,
    })
    .from(suppliers)
    .where(inArray(suppliers.id, ids));
}
