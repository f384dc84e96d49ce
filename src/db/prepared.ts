import type { Db } from './client';

/**
 * A statement built once per database handle and reused. Building a query (walking its columns,
 * quoting names, collecting parameters) costs more CPU than most short reads take in the
 * database, so the statements every request runs are built once. Named with `.prepare(name)`,
 * PostgreSQL also parses and plans them once per connection. A transaction is a new handle, so
 * inside one a statement is built once per transaction.
 */
export function preparedPer<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let statement = built.get(db);
    if (!statement) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}
