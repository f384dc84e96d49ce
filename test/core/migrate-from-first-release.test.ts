import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditLog, verifyAuditTrail } from '../../src/core/audit';
import { authenticateSession, hashPassword, logIn } from '../../src/core/identity';
import { createPurchaseOrder } from '../../src/core/purchase-orders';
import { canonicalJson } from '../../src/core/shared/audit';
import { fixedClock } from '../../src/core/shared/clock';
import { getSupplier } from '../../src/core/suppliers';
import type { Db } from '../../src/db/client';
import { seedBase } from '../../src/seed/base';
import { memoryAuditSeal } from '../helpers/audit';
import {
  type MigratableDatabase,
  migrationsFolder,
  migrationsUpTo,
  openMigratableDatabase,
} from '../helpers/migrations';

/**
 * Upgrades move forward from any release, the first included (docs/operations.md#upgrading): a
 * database with the first release's schema (migration 0000 alone) and data written the way that
 * release wrote it is migrated to the end; the data is all there, the audit entries of that time
 * still verify, and the current code signs its user in and writes an order with its supplier,
 * item, price and cost centre. PGlite by default; a fresh PostgreSQL database with
 * TEST_DATABASE_URL.
 */
let database: MigratableDatabase;
let db: Db;
const firstRelease = migrationsUpTo(0);
const clock = fixedClock(new Date('2026-06-01T09:00:00Z'));
const PASSWORD = 'first release password';

const ID = {
  department: '00000000-0000-4000-8000-000000000001',
  buyer: '00000000-0000-4000-8000-000000000002',
  costCentre: '00000000-0000-4000-8000-000000000003',
  category: '00000000-0000-4000-8000-000000000004',
  item: '00000000-0000-4000-8000-000000000005',
  supplier: '00000000-0000-4000-8000-000000000006',
  price: '00000000-0000-4000-8000-000000000007',
  rate: '00000000-0000-4000-8000-000000000008',
};

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** An audit entry as the first release wrote it: the SHA-256 of its canonical JSON, its predecessor's hash in it. */
async function appendFirstReleaseEntry(prevHash: string, i: number): Promise<string> {
  const at = new Date(Date.UTC(2026, 0, i, 8));
  const entry = {
    at: at.toISOString(),
    actorId: null,
    actorName: 'System',
    entityType: 'supplier',
    entityId: ID.supplier,
    action: i === 1 ? 'create' : 'update',
    changes: { legalName: { before: i === 1 ? null : 'Acme Supplies', after: 'Acme Supplies Ltd' } },
    reason: null,
  };
  const hash = createHash('sha256')
    .update(canonicalJson({ ...entry, prevHash }))
    .digest('hex');
  await db.execute(sql`
    insert into audit_log (at, actor_id, actor_name, entity_type, entity_id, action, changes, reason, prev_hash, hash)
    values (${entry.at}::timestamptz, null, ${entry.actorName}, ${entry.entityType}, ${entry.entityId},
      ${entry.action}, ${JSON.stringify(entry.changes)}::jsonb, null, ${prevHash}, ${hash})`);
  return hash;
}

beforeAll(async () => {
  database = await openMigratableDatabase();
  db = database.db;
  await database.migrateTo(firstRelease);
  const passwordHash = await hashPassword(PASSWORD);
  const formats = JSON.stringify({
    purchase_order: 'PO-{YYYY}-{#####}',
    requisition: 'REQ-{YYYY}-{#####}',
    goods_receipt: 'GR-{YYYY}-{#####}',
    invoice: 'INV-{YYYY}-{#####}',
  });
  const addresses = JSON.stringify([
    { kind: 'billing', line1: '1 Foundry Lane', city: 'Sheffield', postalCode: 'S1 2AB', country: 'GB' },
  ]);
  // The first release's tables, filled with plain SQL as that release's code filled them.
  await db.execute(
    sql`insert into currencies (code, name, minor_units) values ('USD', 'US dollar', 2), ('EUR', 'Euro', 2)`,
  );
  await db.execute(sql`insert into settings (id, organisation_name, base_currency, number_formats)
    values (1, 'First Release Ltd', 'USD', ${formats}::jsonb)`);
  await db.execute(sql`insert into units (code, name, decimals) values ('ea', 'each', 0)`);
  await db.execute(
    sql`insert into departments (id, code, name) values (${ID.department}, 'OPS', 'Operations')`,
  );
  await db.execute(sql`insert into users (id, email, name, password_hash, roles, department_id)
    values (${ID.buyer}, 'buyer@first.example', 'First Buyer', ${passwordHash}, '{buyer}', ${ID.department})`);
  await db.execute(sql`update departments set head_user_id = ${ID.buyer} where id = ${ID.department}`);
  await db.execute(sql`insert into cost_centres (id, code, name, department_id, owner_user_id)
    values (${ID.costCentre}, 'CC-100', 'Workshop', ${ID.department}, ${ID.buyer})`);
  await db.execute(
    sql`insert into item_categories (id, code, name) values (${ID.category}, 'HW', 'Hardware')`,
  );
  await db.execute(sql`insert into items (id, sku, name, description, category_id, unit_code, default_tax_rate)
    values (${ID.item}, 'BOLT-M8', 'Hex bolt M8', 'Zinc plated', ${ID.category}, 'ea', '20')`);
  await db.execute(sql`insert into suppliers (id, code, legal_name, tax_id, addresses, default_currency,
      payment_terms_net_days, category_ids)
    values (${ID.supplier}, 'ACME', 'Acme Supplies Ltd', 'GB123456789', ${addresses}::jsonb, 'USD', 45,
      ${`{${ID.category}}`}::uuid[])`);
  await db.execute(sql`insert into price_list_entries (id, supplier_id, item_id, currency, unit_price, valid_from, lead_time_days)
    values (${ID.price}, ${ID.supplier}, ${ID.item}, 'USD', '0.125000', '2026-01-01', 5)`);
  await db.execute(sql`insert into exchange_rates (id, currency, base_currency, rate, valid_on)
    values (${ID.rate}, 'EUR', 'USD', '1.0837000000', '2026-01-01')`);
  await db.execute(
    sql`insert into document_sequences (document_type, year, last_value) values ('purchase_order', 2026, 41)`,
  );
  let prev = '0'.repeat(64);
  for (let i = 1; i <= 2; i++) prev = await appendFirstReleaseEntry(prev, i);

  await database.migrateTo(migrationsFolder);
  await seedBase(db);
}, 120_000);

afterAll(async () => {
  await database?.close();
  fs.rmSync(firstRelease, { recursive: true, force: true });
});

describe('upgrading from the first release', () => {
  it('applies every migration after 0000 and keeps the data', async () => {
    const journal = JSON.parse(fs.readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
      entries: unknown[];
    };
    const [applied] = await rows<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied?.n).toBe(journal.entries.length);
    expect(
      await rows(sql`select s.legal_name, s.payment_terms_net_days, s.addresses, u.email, d.code as department,
          c.code as cost_centre, i.sku, p.unit_price, r.rate::text as rate, st.organisation_name
        from suppliers s, users u, departments d, cost_centres c, items i, price_list_entries p, exchange_rates r, settings st`),
    ).toEqual([
      {
        legal_name: 'Acme Supplies Ltd',
        payment_terms_net_days: 45,
        addresses: [
          {
            kind: 'billing',
            line1: '1 Foundry Lane',
            city: 'Sheffield',
            postalCode: 'S1 2AB',
            country: 'GB',
          },
        ],
        email: 'buyer@first.example',
        department: 'OPS',
        cost_centre: 'CC-100',
        sku: 'BOLT-M8',
        unit_price: '0.125000',
        rate: '1.0837000000',
        organisation_name: 'First Release Ltd',
      },
    ]);
    const supplier = await getSupplier({ db, clock }, { id: ID.supplier });
    expect(supplier).toMatchObject({ code: 'ACME', legalName: 'Acme Supplies Ltd', taxId: 'GB123456789' });
  });

  it("verifies the first release's audit entries and seals them with what came after", async () => {
    const ctx = { db, clock, audit: memoryAuditSeal() };
    expect(await sealAuditLog(ctx)).toMatchObject({ outcome: 'sealed' });
    const report = await verifyAuditTrail(ctx);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.entries).toBeGreaterThanOrEqual(2);
  });

  it("signs the first release's user in, and orders from its supplier with its numbering continued", async () => {
    const ctx = { db, clock };
    const session = await logIn(ctx, { email: 'buyer@first.example', password: PASSWORD, ip: '192.0.2.1' });
    const actor = await authenticateSession(ctx, session.sessionToken);
    expect(actor).toMatchObject({ userId: ID.buyer, roles: ['buyer'], departmentId: ID.department });
    const order = await createPurchaseOrder(ctx, {
      actor: actor!,
      input: {
        supplierId: ID.supplier,
        costCentreId: ID.costCentre,
        lines: [{ itemId: ID.item, quantity: '400', unitPrice: '0.125' }],
      },
    });
    expect(order).toMatchObject({
      number: 'PO-2026-00042',
      status: 'draft',
      currency: 'USD',
      paymentTermsNetDays: 45,
      totals: { subtotal: '50.00', tax: '10.00', total: '60.00' },
    });
  });
});
