import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/client';
import { seedBase } from '../../src/seed/base';

/** An empty PostgreSQL database next to `adminUrl`, for one test: its URL, and how to drop it. */
export async function createScratchPostgres(
  adminUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `openpo_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new PostgreSQL
 * database created next to TEST_DATABASE_URL (dropped again on close), so test files run in
 * parallel without seeing each other's rows.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ kind: 'pglite' });
    await database.migrate();
    await seedBase(database.db);
    return database;
  }
  const scratch = await createScratchPostgres(url);
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, max: 5 });
  await database.migrate();
  await seedBase(database.db);
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
