import { type Column, inArray, type SQL, sql } from 'drizzle-orm';

/**
 * `lower(column) IN (…)`: codes, SKUs and e-mail addresses are unique regardless of case (their
 * unique indexes are on lower(column)), so look-ups by them ignore case too and use those indexes.
 */
export function lowerIn(column: Column, values: string[]): SQL {
  return inArray(
    sql`lower(${column})`,
    values.map((v) => v.toLowerCase()),
  );
}

/** The rows of `db.execute(sql…)`: both drivers answer `{ rows }`, typed differently. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
