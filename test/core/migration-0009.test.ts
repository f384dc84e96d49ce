import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocateDocumentNumber } from '../../src/core/organisation';
import type { Db } from '../../src/db/client';
import * as schema from '../../src/db/schema';
import { seedBase } from '../../src/db/seed/base';

/**
 * Migration 0009 on a database that lived before it: it is migrated to 0008, given data the old
 * way, then migrated to the end. PGlite by default; a fresh PostgreSQL database with TEST_DATABASE_URL.
 */
const migrations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/db/migrations');

/** A copy of the migrations folder that ends with migration `last`. */
function migrationsUpTo(last: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-migrations-'));
  fs.cpSync(migrations, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

let db: Db;
let migrateTo: (folder: string) => Promise<void>;
let close: () => Promise<void>;
const before = migrationsUpTo(8);

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const client = new PGlite({ extensions: { pg_trgm } });
    const d = drizzlePglite(client, { schema });
    db = d as unknown as Db;
    migrateTo = (folder) => migratePglite(d, { migrationsFolder: folder });
    close = () => client.close();
  } else {
    const name = `openpo_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: 2 });
    const d = drizzleNodePg(pool, { schema });
    db = d as unknown as Db;
    migrateTo = (folder) => migrateNodePg(d, { migrationsFolder: folder });
    close = async () => {
      await pool.end();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  await migrateTo(before);
}, 60_000);
afterAll(async () => {
  await close();
  fs.rmSync(before, { recursive: true, force: true });
});

describe('migration 0009', () => {
  it('moves each document counter to a sequence that continues after its last value', async () => {
    await db.execute(sql`insert into document_sequences (document_type, year, last_value)
      values ('purchase_order', 2026, 41), ('requisition', 2026, 7), ('purchase_order', 2025, 0)`);
    await migrateTo(migrations);
    await seedBase(db);
    const next = (documentType: string, date: string) => allocateDocumentNumber(db, { documentType, date });
    expect(await next('purchase_order', '2026-05-01')).toBe('PO-2026-00042');
    expect(await next('purchase_order', '2026-05-01')).toBe('PO-2026-00043');
    expect(await next('requisition', '2026-05-01')).toBe('REQ-2026-00008');
    expect(await next('purchase_order', '2025-05-01')).toBe('PO-2025-00001');
    const tables = await db.execute(sql`select to_regclass('document_sequences') as t`);
    expect((tables as unknown as { rows: { t: string | null }[] }).rows[0]?.t).toBeNull();
  });
});
