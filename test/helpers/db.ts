import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client';
import { seedBase } from '../../src/seed/base';

/** An empty PostgreSQL database next to `adminUrl`, for one test: its URL, and how to drop it. */
export async function createScratchPostgres(
  adminUrl: string,
  /** A database to copy (CREATE DATABASE … TEMPLATE): empty otherwise. */
  template?: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `openpo_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
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
 * parallel without seeing each other's rows. In the suite it is a copy of the run's template
 * (database-template.ts); elsewhere it is migrated and seeded here.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  // Outside Vitest (scripts/openapi.ts builds the app on a test database) there is no template.
  const template = process.env.VITEST ? inject('testDatabaseTemplate') : undefined;
  if (!url) {
    if (template?.kind === 'pglite')
      return openDatabase({ kind: 'pglite', loadDataDir: pgliteTemplate(template.file) });
    const database = await openDatabase({ kind: 'pglite' });
    await database.migrate();
    await seedBase(database.db);
    return database;
  }
  const scratch = await createScratchPostgres(url, template?.kind === 'postgres' ? template.name : undefined);
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, max: 5 });
  if (template?.kind !== 'postgres') {
    await database.migrate();
    await seedBase(database.db);
  }
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

let templateDump: { file: string; blob: Blob } | undefined;

/** The template's data directory, read once per test process. */
function pgliteTemplate(file: string): Blob {
  if (templateDump?.file !== file) templateDump = { file, blob: new Blob([fs.readFileSync(file)]) };
  return templateDump.blob;
}
