import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/shared/clock';
import { type Database, openDatabase } from '../../src/db/client';
import { seedBase } from '../../src/seed/base';
import { seedPurchaseOrder } from '../../src/seed/purchase-order-factories';

/**
 * `openpo spend-verify`: exit 0 with the count when the spend summary equals the raw sum, exit 1
 * naming each differing supplier-month otherwise. PGlite in a data directory by default; a fresh
 * PostgreSQL database with TEST_DATABASE_URL.
 */
const root = path.resolve(import.meta.dirname, '../..');
let dataDir: string;
let env: Record<string, string>;
/** Opens the database the command reads (PGlite allows one process at a time: close before running). */
let open: () => Promise<Database>;
let dropPostgres: (() => Promise<void>) | undefined;

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-spend-'));
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `openpo_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.toString(), OPENPO_DATA_DIR: dataDir };
    open = () => openDatabase({ kind: 'postgres', url: url.toString(), max: 1 });
    dropPostgres = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    env = { DATABASE_URL: '', OPENPO_DATA_DIR: dataDir };
    open = () => openDatabase({ kind: 'pglite', dataDir });
  }
  const database = await open();
  await database.migrate();
  await seedBase(database.db);
  await database.close();
}, 120_000);

afterAll(async () => {
  await dropPostgres?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('openpo spend-verify', () => {
  let supplierId: string;

  it('exits 0 and counts the supplier-months when the summary matches', async () => {
    const database = await open();
    const ctx = { db: database.db, clock: systemClock };
    const order = await seedPurchaseOrder(ctx, { orderDate: '2026-03-10', status: 'approved' });
    supplierId = order.supplierId;
    await database.close();

    const res = run(['spend-verify']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('Spend summary matches: 1 supplier-months checked.\n');
    expect(res.status).toBe(0);
  }, 120_000);

  it('exits 1 and names the supplier-month that differs from the raw sum', async () => {
    const database = await open();
    await database.db.execute(
      sql`update spend_monthly set amount_base = amount_base + 1 where supplier_id = ${supplierId}`,
    );
    await database.close();

    const res = run(['spend-verify']);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/Spend summary MISMATCH: 1 of 1 supplier-months differ from the raw sum\./);
    expect(res.stderr).toContain(
      `supplier ${supplierId} 2026-03: summary 151.0000 (1 orders), raw 150.0000 (1 orders)`,
    );
  }, 120_000);
});
