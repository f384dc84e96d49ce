import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

/** A database handle or a transaction: every repository function accepts either. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A SQL executor in the shape pg-boss's `db` option expects. */
export type JobsExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/** How the job queue (pg-boss) reaches the same database. */
export type JobsConnection = { connectionString: string; max: number } | { db: JobsExecutor };

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The job queue's connection: its own small pool on PostgreSQL, the one PGlite instance otherwise. */
  jobsConnection(): JobsConnection;
  /**
   * LISTEN on a channel: `onNotify` runs for each notification (and after a lost listening
   * connection was made again, since notifications sent meanwhile are gone). Resolves with a stop.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
};

/**
 * pg-boss over PGlite: statements with parameters go to `query`; parameterless text (pg-boss's
 * schema creation and migrations are several statements in one string) goes to `exec`, which
 * answers with the rows of the last statement.
 */
export function pgliteJobsExecutor(client: PGlite): JobsExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await client.query(text, values);
        return { rows: result.rows };
      }
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type DatabaseOptions =
  /** No dataDir: in memory. `loadDataDir`: starts from a dump of another database's data directory. */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }
  /** `max`: connections in the pool at most (the DATABASE_POOL_SIZE setting; default 10). */
  | { kind: 'postgres'; url: string; max?: number };

/** The database the configuration names: PostgreSQL with its pool size, else PGlite in the data directory. */
export function databaseOptions(config: {
  databaseUrl?: string;
  databasePoolSize: number;
  dataDir: string;
}): DatabaseOptions {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl, max: config.databasePoolSize }
    : { kind: 'pglite', dataDir: config.dataDir };
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'pglite') {
    const dataDir = options.dataDir;
    if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
    // One process at a time (data-dir-lock.ts). A new data directory must be empty for PGlite to
    // create the database in it, so its lock is taken once the database exists.
    const fresh = dataDir !== undefined && !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
    let lock = dataDir && !fresh ? lockDataDir(dataDir) : null;
    // pg_trgm: the trigram indexes of text-fragment search (migration 0008), as on PostgreSQL.
    const client = new PGlite({
      dataDir,
      extensions: { pg_trgm },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    try {
      await client.waitReady;
      if (dataDir && fresh) lock = lockDataDir(dataDir);
    } catch (err) {
      lock?.release();
      if (!client.closed) await client.close().catch(() => undefined);
      throw err;
    }
    const db = drizzlePglite(client, { schema });
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: () => client.close().finally(() => lock?.release()),
      jobsConnection: () => ({ db: pgliteJobsExecutor(client) }),
      async listen(channel, onNotify) {
        const stop = await client.listen(channel, () => onNotify());
        return async () => {
          if (!client.closed) await stop();
        };
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    // No JIT compilation and no parallel workers for OpenPO's own statements: each is answered from
    // indexes in a millisecond or two, and compiling a plan (40–50 ms) or starting workers (~20 ms)
    // costs far more. Both are triggered by cost estimates, which a search's unused branches (or a
    // full-text prefix match the planner thinks hits 2% of the lines) inflate. Options set in
    // DATABASE_URL take precedence (docs/operations.md).
    options: '-c jit=off -c max_parallel_workers_per_gather=0',
  });
  // Numeric and date columns stay strings (drizzle maps them); timestamps arrive as Date.
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  // A checked-out client (inside a transaction, between two statements) has no listener of the
  // pool's: when the server ends its connection then (a restart, an administrator), its 'error'
  // event would stop the process. The statement under way or the next one fails instead (a 503),
  // and the pool discards the client when it is released.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const db = drizzleNodePg(pool, { schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    async migrate() {
      // Many API processes may start at once: one migrates, the others wait for it.
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(727274)');
        await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
    jobsConnection: () => ({ connectionString: options.url, max: 3 }),
    listen: (channel, onNotify) => listenPostgres(options.url, channel, onNotify),
  };
}

/**
 * A connection of its own that LISTENs (a pooled one would be handed to other statements): made
 * again with a growing pause when it is lost, and the listener told then, so it catches up.
 */
async function listenPostgres(
  url: string,
  channel: string,
  onNotify: () => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  let client: pg.Client | null = null;
  let stopped = false;
  let pause = 500;
  const connect = async (): Promise<void> => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', () => onNotify());
    c.on('error', () => undefined);
    c.on('end', () => {
      if (client === c) client = null;
      if (!stopped) setTimeout(() => void connect().then(onNotify, () => undefined), pause);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      client = c;
      pause = 500;
    } catch (err) {
      pause = Math.min(pause * 2, 30_000);
      await c.end().catch(() => undefined);
      throw err;
    }
  };
  try {
    await connect();
  } catch (err) {
    // The first connection failed: the caller is told, and no retries are left running.
    stopped = true;
    throw err;
  }
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}

export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
