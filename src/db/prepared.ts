import type { Db } from './client';

type Session = { prepareQuery(...args: unknown[]): unknown };
const sessionOf = (db: Db) => (db as unknown as { session: Session }).session;

/**
 * A statement built once and reused on every database handle. Building a query (walking its
 * columns, quoting names, collecting parameters) costs more CPU than most short reads take in the
 * database, so the statements every request runs are built once. Named with `.prepare(name)`,
 * PostgreSQL also parses and plans them once per connection.
 *
 * A transaction is a handle of its own: there the statement built first is handed to the
 * transaction's session as it is (the SQL text, its parameters and its result mapping, as the
 * first `.prepare` passed them to its session), instead of being built again in every
 * transaction.
 */
export function preparedPer<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  let recipe: { args: unknown[]; joinsNotNullableMap?: unknown } | undefined;
  return (db) => {
    let statement = built.get(db);
    if (statement) return statement;
    if (recipe) {
      const prepared = sessionOf(db).prepareQuery(...recipe.args) as T & { joinsNotNullableMap?: unknown };
      if (recipe.joinsNotNullableMap !== undefined) prepared.joinsNotNullableMap = recipe.joinsNotNullableMap;
      statement = prepared;
    } else {
      // Build on this handle, noting what the builder hands to its session (synchronously: no
      // other caller can come between).
      const session = sessionOf(db);
      const own = Object.hasOwn(session, 'prepareQuery');
      const original = session.prepareQuery;
      let args: unknown[] | undefined;
      session.prepareQuery = function (this: Session, ...a: unknown[]) {
        args = a;
        return original.apply(this, a);
      };
      try {
        statement = build(db);
      } finally {
        if (own) session.prepareQuery = original;
        else delete (session as Partial<Session>).prepareQuery;
      }
      if (args)
        recipe = {
          args,
          joinsNotNullableMap: (statement as { joinsNotNullableMap?: unknown }).joinsNotNullableMap,
        };
    }
    built.set(db, statement);
    return statement;
  };
}
