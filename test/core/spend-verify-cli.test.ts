import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/shared/clock';
import { seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { type CliDatabase, createCliDatabase } from '../helpers/cli-database';

/**
 * `openpo spend-verify`: exit 0 with the count when the spend summary equals the raw sum, exit 1
 * naming each differing supplier-month otherwise. PGlite in a data directory by default; a fresh
 * PostgreSQL database with TEST_DATABASE_URL.
 */
let cli: CliDatabase;
const run = (args: string[]) => cli.run(args);
const open = () => cli.open();

beforeAll(async () => {
  cli = await createCliDatabase('spend');
}, 120_000);

afterAll(async () => {
  await cli.drop();
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
