import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/core/shared/sql';
import type { Db } from '../../src/db/client';
import { DEFAULT_NUMBER_FORMATS } from '../../src/seed/base';
import { migrationsFolder, migrationsUpTo, openMigratableDatabase } from '../helpers/migrations';

/**
 * Migration 0034 on a database that lived before it: the settings' over-delivery tolerance (ship
 * notices) becomes the global over-receipt rule of the tolerance policy, and the setting goes.
 */
let db: Db;
let migrateTo: (folder: string) => Promise<void>;
let close: () => Promise<void>;
const before = migrationsUpTo(33);

beforeAll(async () => {
  ({ db, migrateTo, close } = await openMigratableDatabase());
  await migrateTo(before);
  await db.execute(sql`insert into currencies (code, name, minor_units) values ('EUR', 'Euro', 2)`);
  await db.execute(sql`insert into settings (id, organisation_name, base_currency, fiscal_year_start_month,
      number_formats, over_delivery_tolerance_percent)
    values (1, 'Before 0034', 'EUR', 1, ${JSON.stringify(DEFAULT_NUMBER_FORMATS)}::jsonb, 7.5)`);
  await migrateTo(migrationsFolder);
}, 60_000);
afterAll(async () => {
  await close();
  fs.rmSync(before, { recursive: true, force: true });
});

describe('migration 0034', () => {
  it('makes the over-delivery tolerance the global over-receipt rule, and drops the setting', async () => {
    const rules = rowsOf<{ scope: string; percent: string; note: string }>(
      await db.execute(sql`select scope, over_receipt_percent::text as percent, note from tolerance_rules`),
    );
    expect(rules).toEqual([
      { scope: 'global', percent: '7.5000', note: 'From the former over-delivery tolerance setting' },
    ]);
    const columns = rowsOf<{ column_name: string }>(
      await db.execute(sql`select column_name from information_schema.columns
        where table_name = 'settings' and column_name = 'over_delivery_tolerance_percent'`),
    );
    expect(columns).toEqual([]);
  });
});
