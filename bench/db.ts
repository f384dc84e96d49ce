import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client';

/**
 * Plain SQL for the benchmark: the data generator and the raw-SQL limit talk to the database
 * directly (pg or PGlite), never through the ORM, so what they measure is the database alone.
 */
export type Sql = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
};

/** Runs a callback in one transaction on a connection of its own (PGlite: the one connection). */
export type SqlPool = {
  transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type DbKind = 'pglite' | 'postgres';

export type BenchDatabase = {
  kind: DbKind;
  /** The application's handle (migrations, seed, core use cases, the in-process server). */
  database: Database;
  /** One session for bulk work: temp tables and temp functions live as long as it. */
  session: Sql;
  /** PostgreSQL connection URL (postgres only). */
  url?: string;
  pool(size: number): SqlPool;
  version(): Promise<string>;
  close(): Promise<void>;
};

export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/openpo_bench';

function pgSql(client: pg.ClientBase): Sql {
  return {
    async query<T>(text: string, params?: unknown[]) {
      const result = await client.query(text, params as unknown[]);
      return result.rows as T[];
    },
  };
}

function pgliteSql(client: Pick<PGlite, 'query'>): Sql {
  return {
    async query<T>(text: string, params?: unknown[]) {
      const result = await client.query<T>(text, params);
      return result.rows;
    },
  };
}

/** Where a PGlite data set lives between runs (reused with --keep). */
export function pgliteDir(scale: string): string {
  return path.resolve('bench/.data', `pglite-${scale}`);
}

/** The name of the database in a URL; only a database named like a benchmark one is ever dropped. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

function assertBenchDatabaseName(url: string): string {
  const name = databaseName(url);
  if (!/bench/i.test(name)) {
    throw new Error(
      `Refusing to use database "${name}": the benchmark drops and recreates its database, so its name must contain "bench" (e.g. ${DEFAULT_BENCH_URL}).`,
    );
  }
  return name;
}

/** Drops and recreates the benchmark database (PostgreSQL) or removes the PGlite directory. */
export async function resetDatabase(kind: DbKind, opts: { url: string; scale: string }): Promise<void> {
  if (kind === 'pglite') {
    fs.rmSync(pgliteDir(opts.scale), { recursive: true, force: true });
    return;
  }
  const name = assertBenchDatabaseName(opts.url);
  const admin = new URL(opts.url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
}

export async function databaseExists(kind: DbKind, opts: { url: string; scale: string }): Promise<boolean> {
  if (kind === 'pglite') return fs.existsSync(path.join(pgliteDir(opts.scale), 'PG_VERSION'));
  const admin = new URL(opts.url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const result = await client.query('select 1 from pg_database where datname = $1', [
      databaseName(opts.url),
    ]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(
  kind: DbKind,
  opts: { url: string; scale: string },
): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: pgliteDir(opts.scale) });
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const session = pgliteSql(client);
    return {
      kind,
      database,
      session,
      pool: () => ({
        transaction: (fn) => client.transaction((tx) => fn(pgliteSql(tx))),
        close: async () => undefined,
      }),
      version: async () => {
        const [row] = await session.query<{ v: string }>("SELECT current_setting('server_version') AS v");
        return `PGlite ${row?.v ?? '?'}`;
      },
      close: () => database.close(),
    };
  }
  assertBenchDatabaseName(opts.url);
  const database = await openDatabase({ kind: 'postgres', url: opts.url, max: 4 });
  const client = new pg.Client({ connectionString: opts.url });
  // A lost connection (the server restarted) fails the statements that use it, reported as the
  // run's errors; the 'error' event would otherwise stop the run before it writes its results.
  client.on('error', () => undefined);
  await client.connect();
  const session = pgSql(client);
  return {
    kind,
    database,
    session,
    url: opts.url,
    pool(size) {
      const p = new pg.Pool({ connectionString: opts.url, max: size });
      p.on('error', () => undefined);
      return {
        async transaction(fn) {
          const c = await p.connect();
          try {
            await c.query('BEGIN');
            const result = await fn(pgSql(c));
            await c.query('COMMIT');
            return result;
          } catch (err) {
            await c.query('ROLLBACK').catch(() => undefined);
            throw err;
          } finally {
            c.release();
          }
        },
        close: () => p.end(),
      };
    },
    version: async () => {
      const [row] = await session.query<{ v: string }>("SELECT current_setting('server_version') AS v");
      return `PostgreSQL ${row?.v ?? '?'}`;
    },
    async close() {
      await client.end();
      await database.close();
    },
  };
}
