import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Db } from '../../src/db/client';
import * as schema from '../../src/db/schema';
import { createScratchPostgres } from './db';

/** The committed migrations. */
export const migrationsFolder = path.resolve(import.meta.dirname, '../../src/db/migrations');

/** A copy of the migrations folder that ends with migration `last` (remove it with fs.rmSync). */
export function migrationsUpTo(last: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-migrations-'));
  fs.cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

/**
 * An empty database that a test migrates step by step, to see what a migration does to data
 * written before it: PGlite in memory by default, a fresh PostgreSQL database next to
 * TEST_DATABASE_URL (dropped on close) when that is set.
 */
export type MigratableDatabase = {
  db: Db;
  /** Applies the migrations of `folder` not applied yet, as `openpo migrate` does. */
  migrateTo(folder: string): Promise<void>;
  close(): Promise<void>;
};

export async function openMigratableDatabase(): Promise<MigratableDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const client = new PGlite({ extensions: { pg_trgm } });
    const d = drizzlePglite(client, { schema });
    return {
      db: d as unknown as Db,
      migrateTo: (folder) => migratePglite(d, { migrationsFolder: folder }),
      close: () => client.close(),
    };
  }
  const scratch = await createScratchPostgres(url);
  const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
  const d = drizzleNodePg(pool, { schema });
  return {
    db: d as unknown as Db,
    migrateTo: (folder) => migrateNodePg(d, { migrationsFolder: folder }),
    async close() {
      await pool.end();
      await scratch.drop();
    },
  };
}
