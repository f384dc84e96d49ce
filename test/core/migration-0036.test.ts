import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/core/shared/sql';
import type { Db } from '../../src/db/client';
import { migrationsFolder, migrationsUpTo, openMigratableDatabase } from '../helpers/migrations';

/**
 * Migration 0036 (invoicing) on a database that lived before it: settings whose number formats
 * have no invoice format get the default one, one that has its own keeps it, and suppliers' terms
 * count from the invoice date as they always did.
 */
let db: Db;
let migrateTo: (folder: string) => Promise<void>;
let close: () => Promise<void>;
const before = migrationsUpTo(35);

beforeAll(async () => {
  ({ db, migrateTo, close } = await openMigratableDatabase());
  await migrateTo(before);
  await db.execute(sql`insert into currencies (code, name, minor_units) values ('EUR', 'Euro', 2)`);
  await db.execute(sql`insert into settings (id, organisation_name, base_currency, fiscal_year_start_month, number_formats)
    values (1, 'Before 0036', 'EUR', 1, ${JSON.stringify({ purchase_order: 'PO-{YYYY}-{#####}' })}::jsonb)`);
  await db.execute(sql`insert into suppliers (id, code, legal_name, default_currency)
    values ('0190b9a0-0000-7000-8000-000000000001', 'OLD', 'Old Supplier', 'EUR')`);
  await migrateTo(migrationsFolder);
}, 60_000);
afterAll(async () => {
  await close();
  fs.rmSync(before, { recursive: true, force: true });
});

describe('migration 0036', () => {
  it('adds the invoice number format where there is none, and terms from the invoice date', async () => {
    const [settings] = rowsOf<{ formats: Record<string, string> }>(
      await db.execute(sql`select number_formats as formats from settings`),
    );
    // 0037 adds the payment runs' format the same way.
    expect(settings!.formats).toEqual({
      purchase_order: 'PO-{YYYY}-{#####}',
      invoice: 'INV-{YYYY}-{#####}',
      payment_run: 'PAY-{YYYY}-{#####}',
    });
    const [supplier] = rowsOf<{ basis: string }>(
      await db.execute(sql`select payment_terms_basis as basis from suppliers`),
    );
    expect(supplier!.basis).toBe('invoice_date');
  });
});
