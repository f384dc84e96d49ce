import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  departments,
  itemCategories,
  items,
  requisitionLines,
  requisitions,
  suppliers,
  users,
} from '../../db/schema';
import { likeEscape } from '../shared/pagination';

/**
 * The only SQL of the workbench: it reads requisition lines (owned by requisitions) together with
 * the names a buyer needs. Ordered quantities are written only through requisitions'
 * recordOrderedQuantities.
 */

export type RequisitionStatus = (typeof requisitions.$inferSelect)['status'];

// ── the buyer workbench ─────────────────────────────────────────────────────

export type WorkbenchFilter = {
  supplierId?: string;
  categoryId?: string;
  neededByFrom?: string;
  neededByTo?: string;
  q?: string;
};

export type WorkbenchRow = {
  lineId: string;
  requisitionId: string;
  requisitionNumber: string;
  requisitionStatus: RequisitionStatus;
  requesterId: string;
  requesterName: string;
  departmentId: string;
  departmentCode: string;
  costCentreId: string;
  lineNo: number;
  itemId: string | null;
  itemSku: string | null;
  itemDefaultTaxRate: string | null;
  description: string;
  categoryId: string;
  categoryCode: string;
  quantity: string;
  quantityOrdered: string;
  unitCode: string;
  estimatedUnitPrice: string;
  currency: string;
  neededBy: string | null;
  suggestedSupplierId: string | null;
  suggestedSupplierCode: string | null;
  suggestedSupplierName: string | null;
  suggestedSupplierStatus: 'active' | 'on_hold' | 'blocked' | null;
  suggestedSupplierCurrency: string | null;
};

/** Lines without a needed-by date sort after every dated line. */
const NO_DATE = '9999-12-31';

const workbenchColumns = {
  lineId: requisitionLines.id,
  requisitionId: requisitions.id,
  requisitionNumber: requisitions.number,
  requisitionStatus: requisitions.status,
  requesterId: requisitions.requesterId,
  requesterName: users.name,
  departmentId: requisitions.departmentId,
  departmentCode: departments.code,
  costCentreId: requisitions.costCentreId,
  lineNo: requisitionLines.lineNo,
  itemId: requisitionLines.itemId,
  itemSku: items.sku,
  itemDefaultTaxRate: items.defaultTaxRate,
  description: requisitionLines.description,
  categoryId: requisitionLines.categoryId,
  categoryCode: itemCategories.code,
  quantity: requisitionLines.quantity,
  quantityOrdered: requisitionLines.quantityOrdered,
  unitCode: requisitionLines.unitCode,
  estimatedUnitPrice: requisitionLines.estimatedUnitPrice,
  currency: requisitionLines.currency,
  neededBy: requisitionLines.neededBy,
  suggestedSupplierId: requisitionLines.suggestedSupplierId,
  suggestedSupplierCode: suppliers.code,
  suggestedSupplierName: suppliers.legalName,
  suggestedSupplierStatus: suppliers.status,
  suggestedSupplierCurrency: suppliers.defaultCurrency,
};

function workbenchQuery(db: Db) {
  return db
    .select(workbenchColumns)
    .from(requisitionLines)
    .innerJoin(requisitions, eq(requisitions.id, requisitionLines.requisitionId))
    .innerJoin(users, eq(users.id, requisitions.requesterId))
    .innerJoin(departments, eq(departments.id, requisitions.departmentId))
    .innerJoin(itemCategories, eq(itemCategories.id, requisitionLines.categoryId))
    .leftJoin(items, eq(items.id, requisitionLines.itemId))
    .leftJoin(suppliers, eq(suppliers.id, requisitionLines.suggestedSupplierId));
}

/**
 * Lines of approved and partially ordered requisitions that are not fully ordered, by needed-by
 * date (undated last), then id.
 */
export async function listWorkbenchLines(
  db: Db,
  filter: WorkbenchFilter,
  after: { neededBy: string; id: string } | undefined,
  limit: number,
): Promise<WorkbenchRow[]> {
  const sortKey = sql`coalesce(${requisitionLines.neededBy}, ${NO_DATE}::date)`;
  const where: (SQL | undefined)[] = [
    inArray(requisitions.status, ['approved', 'partially_ordered']),
    sql`${requisitionLines.quantityOrdered} < ${requisitionLines.quantity}`,
  ];
  if (filter.supplierId) where.push(eq(requisitionLines.suggestedSupplierId, filter.supplierId));
  if (filter.categoryId) where.push(eq(requisitionLines.categoryId, filter.categoryId));
  if (filter.neededByFrom) where.push(sql`${requisitionLines.neededBy} >= ${filter.neededByFrom}::date`);
  if (filter.neededByTo) where.push(sql`${requisitionLines.neededBy} <= ${filter.neededByTo}::date`);
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(
      or(
        sql`lower(${requisitions.number}) like ${like}`,
        sql`lower(${requisitionLines.description}) like ${like}`,
        sql`lower(${items.sku}) like ${like}`,
      ),
    );
  }
  if (after)
    where.push(sql`(${sortKey}, ${requisitionLines.id}) > (${after.neededBy}::date, ${after.id}::uuid)`);
  return workbenchQuery(db)
    .where(and(...where))
    .orderBy(sortKey, asc(requisitionLines.id))
    .limit(limit);
}

/** The workbench rows of these lines, whatever their state (the caller checks). */
export async function findWorkbenchLines(db: Db, lineIds: string[]): Promise<WorkbenchRow[]> {
  if (lineIds.length === 0) return [];
  return workbenchQuery(db).where(inArray(requisitionLines.id, lineIds));
}

export function workbenchSortKey(neededBy: string | null): string {
  return neededBy ?? NO_DATE;
}

// ── references owned by other capabilities (read only) ──────────────────────

export type SupplierRef = {
  id: string;
  code: string;
  status: 'active' | 'on_hold' | 'blocked';
  defaultCurrency: string;
};

export async function findSuppliers(db: Db, ids: string[]): Promise<SupplierRef[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: suppliers.id,
      code: suppliers.code,
      status: suppliers.status,
      defaultCurrency: suppliers.defaultCurrency,
    })
    .from(suppliers)
    .where(inArray(suppliers.id, ids));
}
