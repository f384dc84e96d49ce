import { type Column, getTableColumns, getTableName, inArray, type SQL, sql, type Table } from 'drizzle-orm';
import type { Db } from '../../db/client';

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

const columnNames = new WeakMap<Table, Record<string, string>>();

/** The database column name of each property of a table (drizzle's keys → names), cached. */
function namesOf(table: Table): Record<string, string> {
  let names = columnNames.get(table);
  if (!names) {
    names = Object.fromEntries(Object.entries(getTableColumns(table)).map(([key, c]) => [key, c.name]));
    columnNames.set(table, names);
  }
  return names;
}

/**
 * `INSERT INTO table (columns) SELECT … FROM jsonb_populate_recordset(…)`: many rows in one
 * statement with one parameter, their JSON. Building a drizzle insert walks every value of every
 * row (for a 10-line order, most of the CPU its create spent in drizzle); this walks none.
 * The rows must all have the same properties (the columns written; the others take their
 * defaults); values as drizzle takes them for these column types: strings for numeric and
 * date, Date for timestamps, plain objects for jsonb.
 */
export function insertFromJson(table: Table, rows: Record<string, unknown>[]): SQL {
  const names = namesOf(table);
  const keys = Object.keys(rows[0] ?? {});
  const columns = keys.map((k) => {
    const name = names[k];
    if (!name) throw new Error(`${getTableName(table)} has no column for ${k}`);
    return `"${name}"`;
  });
  const json = jsonText(rows.map((r) => Object.fromEntries(keys.map((k) => [names[k]!, r[k] ?? null]))));
  const tableName = `"${getTableName(table)}"`;
  return sql`insert into ${sql.raw(`${tableName} (${columns.join(', ')}) select ${columns.join(', ')}
    from jsonb_populate_recordset(null::${tableName}, `)}${json}::jsonb)`;
}

/** Half a surrogate pair, which no text can store: replaced by U+FFFD. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * JSON text PostgreSQL accepts. A string may hold half of a UTF-16 surrogate pair (JSON allows
 * `"\ud800"`); the driver stores such a character in a text column as U+FFFD, but PostgreSQL's
 * JSON parser refuses the escape JSON.stringify writes for it, so it is replaced the same way.
 */
function jsonText(value: unknown): string {
  const json = JSON.stringify(value);
  // JSON.stringify writes \uXXXX only for control characters and lone surrogates.
  if (!/\\ud[89a-f]/i.test(json)) return json;
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' ? v.replace(LONE_SURROGATE, '\ufffd') : v,
  );
}

/**
 * How many rows of `from` (a table, or tables joined) match, counting no further than `cap` (the
 * home page says "1,000+" rather than walk a million rows): at most `cap` rows are read.
 */
export async function countUpTo(
  db: { execute: (query: SQL) => Promise<unknown> },
  from: Table | SQL,
  where: SQL | undefined,
  cap: number,
  /**
   * Walk an index in this order: where the planner would read the whole table to find `cap` rows
   * that lie at one end of an index (rows written long after the others), the index finds them.
   */
  orderBy?: SQL,
): Promise<CappedCount> {
  const counts = await countsUpTo(db, from, { n: { where, orderBy } }, cap);
  return counts.n;
}

/**
 * Several capped counts of `from` (see countUpTo) in one statement: one round trip and one
 * connection however many there are, each count its own subquery with its own plan.
 */
export async function countsUpTo<K extends string>(
  db: { execute: (query: SQL) => Promise<unknown> },
  from: Table | SQL,
  counts: Record<K, { where: SQL | undefined; orderBy?: SQL }>,
  cap: number,
): Promise<Record<K, CappedCount>> {
  const keys = Object.keys(counts) as K[];
  const columns = keys.map((key, i) => {
    const { where, orderBy } = counts[key];
    const order = orderBy ? sql` ORDER BY ${orderBy}` : sql``;
    return sql`(SELECT count(*)::int FROM (SELECT 1 FROM ${from} WHERE ${where ?? sql`true`}${order} LIMIT ${cap}) AS s) AS ${sql.raw(`c${i}`)}`;
  });
  const result = await db.execute(sql`SELECT ${sql.join(columns, sql`, `)}`);
  const row = rowsOf<Record<string, number>>(result)[0] ?? {};
  return Object.fromEntries(
    keys.map((key, i) => {
      const n = row[`c${i}`] ?? 0;
      return [key, { count: n, more: n >= cap }];
    }),
  ) as Record<K, CappedCount>;
}

/** A count that stopped at its cap: `more` when there may be more than `count`. */
export type CappedCount = { count: number; more: boolean };

/** Where the home page stops counting. */
export const HOME_COUNT_CAP = 1000;

/**
 * Folds an append-only summary (rows a trigger appended: deltas per key) into one row per key,
 * dropping keys whose sums are all zero, in one statement: rows appended meanwhile by other
 * transactions are not in its snapshot and stay. Only the keys that have more than one row are
 * rewritten, so a fold leaves the rows already folded alone (no dead rows for the vacuum to clear
 * every minute). Returns how many rows went away. `table`, `keys` and `sums` are our own
 * identifiers, never input.
 */
export async function foldAppendedRows(
  db: Db,
  opts: { table: string; keys: string[]; sums: string[] },
): Promise<number> {
  const table = sql.raw(opts.table);
  const keys = sql.raw(opts.keys.join(', '));
  const rowKeys = sql.raw(`(${opts.keys.map((k) => `t.${k}`).join(', ')})`);
  const dupKeys = sql.raw(`(${opts.keys.map((k) => `d.${k}`).join(', ')})`);
  const columns = sql.raw([...opts.keys, ...opts.sums].join(', '));
  const returned = sql.raw([...opts.keys, ...opts.sums].map((c) => `t.${c}`).join(', '));
  const sums = sql.raw(opts.sums.map((c) => `sum(${c})`).join(', '));
  const nonZero = sql.raw(opts.sums.map((c) => `sum(${c}) <> 0`).join(' OR '));
  const result = await db.execute(sql`
    WITH due AS (
      SELECT ${keys} FROM ${table} GROUP BY ${keys} HAVING count(*) > 1
    ), gone AS (
      DELETE FROM ${table} t USING due d WHERE ${rowKeys} = ${dupKeys}
      RETURNING ${returned}
    ), folded AS (
      INSERT INTO ${table} (${columns})
      SELECT ${keys}, ${sums} FROM gone GROUP BY ${keys} HAVING ${nonZero}
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone)::int AS gone, (SELECT count(*) FROM folded)::int AS kept`);
  const row = rowsOf<{ gone: number; kept: number }>(result)[0];
  return (row?.gone ?? 0) - (row?.kept ?? 0);
}
