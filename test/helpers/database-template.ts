import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client';
import { seedBase } from '../../src/seed/base';
import { createScratchPostgres } from './db';

/**
 * Vitest's global set-up: the suite's databases start as copies of one migrated and seeded
 * template instead of each file migrating its own (31 migrations, 1.5–3 s a database). On
 * PostgreSQL the template is a database that each test file's database is created from
 * (`CREATE DATABASE … TEMPLATE`); on PGlite, a dump of the template's data directory that each one
 * loads. Dropped or deleted when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const scratch = await createScratchPostgres(url);
    const database = await openDatabase({ kind: 'postgres', url: scratch.url, max: 1 });
    await database.migrate();
    await seedBase(database.db);
    await database.close();
    const name = new URL(scratch.url).pathname.slice(1);
    project.provide('testDatabaseTemplate', { kind: 'postgres', name });
    return () => scratch.drop();
  }
  const database = await openDatabase({ kind: 'pglite' });
  await database.migrate();
  await seedBase(database.db);
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('none');
  await database.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-test-template-'));
  const file = path.join(dir, 'pgdata.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('testDatabaseTemplate', { kind: 'pglite', file });
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated, seeded database the suite's databases are copied from (database-template.ts). */
    testDatabaseTemplate: { kind: 'postgres'; name: string } | { kind: 'pglite'; file: string } | undefined;
  }
}
