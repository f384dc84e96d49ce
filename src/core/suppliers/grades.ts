import type { Grade } from '../../domain/evaluation';
import type { Ctx } from '../shared/context';

/** A supplier's standing on its scorecard over the last 12 months. */
export type SupplierGrade = {
  supplierId: string;
  /** Null: not enough data for a grade (fewer orders than the settings' minimum). */
  grade: Grade | null;
  score: string | null;
  orders: number;
  /** Graded below the settings' warning grade. */
  belowWarning: boolean;
  /** The settings' warning grade: suppliers graded below it are warned about. */
  warnBelowGrade: Grade;
};

type GradeSource = (ctx: Ctx, supplierIds: string[]) => Promise<Map<string, SupplierGrade>>;

let source: GradeSource | null = null;

/**
 * Supplier evaluation tells its grades through this (it depends on suppliers, never the other way):
 * purchase orders, requisitions and approvals ask `supplierGrades` where a supplier is chosen.
 */
export function registerGradeSource(grades: GradeSource): void {
  source = grades;
}

/** The suppliers' grades (those without orders in the last 12 months are absent). */
export async function supplierGrades(ctx: Ctx, supplierIds: string[]): Promise<Map<string, SupplierGrade>> {
  if (!source || supplierIds.length === 0) return new Map();
  return source(ctx, [...new Set(supplierIds)]);
}
