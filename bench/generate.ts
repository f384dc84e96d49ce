import fs from 'node:fs';
import path from 'node:path';
import { createApiToken, createUser, SYSTEM_ACTOR } from '../src/core/identity';
import { documentSequenceName } from '../src/core/organisation/rules';
import { foldPurchaseOrderStateCounts } from '../src/core/purchase-orders';
import { foldSpendCategoryMonths, foldSpendMonthTotals } from '../src/core/reporting';
import { systemClock } from '../src/core/shared/clock';
import type { Ctx } from '../src/core/shared/context';
import { DEFAULT_NUMBER_FORMATS, seedBase } from '../src/seed/base';
import { actorFor } from '../src/seed/purchase-order-factories';
import type { BenchDatabase, DbKind, Sql } from './db';

/**
 * The benchmark's data set, loaded with set-based SQL (INSERT … SELECT over generate_series, in
 * batches): every value is a deterministic pseudo-random function of the row's index, so two runs
 * at one scale build the same orders. Only the benchmark's own users and their API tokens go
 * through the application's use cases.
 */
export type Scale = 'tiny' | 'small' | 'large';

export type ScaleSpec = {
  orders: number;
  suppliers: number;
  items: number;
  categories: number;
  departments: number;
  /** Buyers and approvers the generated orders name (not the benchmark's own users). */
  buyers: number;
  approvers: number;
  /** Orders per INSERT … SELECT batch. */
  batch: number;
};

export const SCALES: Record<Scale, ScaleSpec> = {
  // For a run that only shows every scenario working (CI's smoke run): generated in seconds.
  tiny: {
    orders: 1_000,
    suppliers: 40,
    items: 500,
    categories: 10,
    departments: 4,
    buyers: 3,
    approvers: 3,
    batch: 1_000,
  },
  small: {
    orders: 10_000,
    suppliers: 200,
    items: 5_000,
    categories: 40,
    departments: 12,
    buyers: 10,
    approvers: 6,
    batch: 10_000,
  },
  large: {
    orders: 1_000_000,
    suppliers: 2_000,
    items: 50_000,
    categories: 200,
    departments: 40,
    buyers: 50,
    approvers: 20,
    batch: 100_000,
  },
};

/** Orders spread over this many days, ending now. */
const SPAN_DAYS = 3 * 365;

/** What a run needs to know about a generated data set; kept next to it for --keep. */
export type BenchState = {
  scale: Scale;
  db: DbKind;
  generatedAt: string;
  generationSeconds: number;
  orders: number;
  lines: number;
  suppliers: number;
  buyer: { id: string; token: string };
  approvers: { id: string; token: string }[];
  /** Receives and inspects (roles receiver and inspector); absent from data sets made before receiving. */
  receiver?: { id: string; token: string };
  /** Enters invoices and proposes and confirms payment runs (accounts_payable); absent from older data sets. */
  payables?: { id: string; token: string };
};

export function statePath(db: DbKind, scale: Scale): string {
  return path.resolve('bench/.data', `${db}-${scale}.json`);
}

export function readState(db: DbKind, scale: Scale): BenchState | null {
  const file = statePath(db, scale);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BenchState;
}

// ── SQL building blocks ─────────────────────────────────────────────────────

const SUPPLIER_WORDS = [
  'Acme',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Tyrell',
  'Cyberdyne',
  'Wonka',
  'Oscorp',
  'Aperture',
  'Blue Sun',
  'Virtucon',
  'Dunder',
  'Monarch',
  'Nakatomi',
  'Bluth',
  'Gekko',
  'Prestige',
  'Sterling',
  'Kramerica',
];
const SUPPLIER_TRADES = [
  'Hydraulics',
  'Fasteners',
  'Industrial Supply',
  'Office Products',
  'Logistics',
  'Electrical',
  'Packaging',
  'Chemicals',
  'Safety Equipment',
  'Tooling',
  'Bearings',
  'Plastics',
  'Metals',
  'Facility Services',
  'Engineering',
  'Components',
];
const SUPPLIER_FORMS = ['Ltd', 'GmbH', 'Inc.', 'S.A.', 'LLC'];
const ITEM_MATERIALS = [
  'Steel',
  'Copper',
  'Brass',
  'Nylon',
  'Rubber',
  'Stainless',
  'Galvanised',
  'Aluminium',
  'Plastic',
  'Ceramic',
  'Carbon',
  'Titanium',
];
const ITEM_KINDS = [
  'hex bolt',
  'washer',
  'bearing',
  'hose',
  'valve',
  'gasket',
  'bracket',
  'cable',
  'fitting',
  'flange',
  'spring',
  'filter',
  'pump',
  'sensor',
  'relay',
  'switch',
  'nozzle',
  'clamp',
  'pipe',
  'coupling',
];

/** Supplier-name fragments the search scenario looks for: each matches one trade's suppliers. */
export const SUPPLIER_FRAGMENTS = ['ydraul', 'fasten', 'ackag', 'earing', 'lectric', 'hemical'];

const arr = (words: string[]) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;

/** One round of a multiply–xorshift mix of a 32-bit value. */
const mix = (v: string) => `(((${v} # (${v} >> 16)) * 73244475) % 4294967296)`;
/**
 * A 32-bit hash of (x, salt): two mix rounds, written out as one expression (a function calling
 * functions would not be inlined, and a call per value costs more than the arithmetic).
 */
const HASH = `SELECT ${mix(mix('(($1 * 40503 + $2 * 2654435761) % 4294967296)'))}`;

/**
 * Session-local helpers (pg_temp): the hash,
 * and the names and attributes of supplier j and item k, shared by the catalog and the lines.
 */
const HELPERS = [
  `CREATE OR REPLACE FUNCTION pg_temp.h(x bigint, s bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
     AS '${HASH}'`,
  `CREATE OR REPLACE FUNCTION pg_temp.u(x bigint, s bigint) RETURNS float8 LANGUAGE sql IMMUTABLE
     AS 'SELECT pg_temp.h($1, $2)::float8 / 4294967296'`,
  `CREATE OR REPLACE FUNCTION pg_temp.id(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE
     AS $f$SELECT (substr(md5($1 || $2::text), 1, 12) || '4' || substr(md5($1 || $2::text), 14, 3) || '8'
       || substr(md5($1 || $2::text), 18, 15))::uuid$f$`,
  `CREATE OR REPLACE FUNCTION pg_temp.v7(ms bigint, seed text) RETURNS uuid LANGUAGE sql IMMUTABLE
     AS $f$SELECT (lpad(to_hex($1), 12, '0') || '7' || substr(md5($2), 1, 3) || '8' || substr(md5($2), 4, 15))::uuid$f$`,
  `CREATE OR REPLACE FUNCTION pg_temp.supplier_name(j int) RETURNS text LANGUAGE sql IMMUTABLE
     AS $f$SELECT (${arr(SUPPLIER_WORDS)})[1 + $1 % ${SUPPLIER_WORDS.length}] || ' ' ||
       (${arr(SUPPLIER_TRADES)})[1 + ($1 / ${SUPPLIER_WORDS.length}) % ${SUPPLIER_TRADES.length}] || ' ' ||
       (${arr(SUPPLIER_FORMS)})[1 + ($1 / ${SUPPLIER_WORDS.length * SUPPLIER_TRADES.length}) % ${SUPPLIER_FORMS.length}]$f$`,
  // Few suppliers invoice in another currency; their orders are in it.
  `CREATE OR REPLACE FUNCTION pg_temp.supplier_currency(j int) RETURNS text LANGUAGE sql IMMUTABLE
     AS $f$SELECT CASE WHEN $1 % 20 = 7 THEN 'EUR' WHEN $1 % 33 = 5 THEN 'GBP' ELSE 'USD' END$f$`,
  `CREATE OR REPLACE FUNCTION pg_temp.currency_rate(c text) RETURNS numeric LANGUAGE sql IMMUTABLE
     AS $f$SELECT CASE $1 WHEN 'EUR' THEN 1.08 WHEN 'GBP' THEN 1.27 ELSE 1 END::numeric$f$`,
  `CREATE OR REPLACE FUNCTION pg_temp.item_name(k int) RETURNS text LANGUAGE sql IMMUTABLE
     AS $f$SELECT (${arr(ITEM_MATERIALS)})[1 + $1 % ${ITEM_MATERIALS.length}] || ' ' ||
       (${arr(ITEM_KINDS)})[1 + ($1 / ${ITEM_MATERIALS.length}) % ${ITEM_KINDS.length}] || ' ' ||
       (4 + ($1 / ${ITEM_MATERIALS.length * ITEM_KINDS.length}) % 60)::text || ' mm' ||
       CASE WHEN $1 >= ${ITEM_MATERIALS.length * ITEM_KINDS.length * 60}
         THEN ' type ' || ($1 / ${ITEM_MATERIALS.length * ITEM_KINDS.length * 60})::text ELSE '' END$f$`,
  `CREATE OR REPLACE FUNCTION pg_temp.item_unit(k int) RETURNS text LANGUAGE sql IMMUTABLE
     AS $f$SELECT CASE WHEN $1 % 7 = 3 THEN 'kg' WHEN $1 % 11 = 4 THEN 'm' ELSE 'ea' END$f$`,
  `CREATE OR REPLACE FUNCTION pg_temp.item_tax(k int) RETURNS numeric LANGUAGE sql IMMUTABLE
     AS $f$SELECT CASE $1 % 10 WHEN 0 THEN 0 WHEN 1 THEN 10 WHEN 2 THEN 10 ELSE 20 END::numeric$f$`,
];

export async function installHelpers(sql: Sql): Promise<void> {
  for (const statement of HELPERS) await sql.query(statement);
}

/** Reference data: units, categories, items, departments, cost centres, suppliers, rates, data users. */
async function loadReferenceData(sql: Sql, spec: ScaleSpec, startDate: string): Promise<void> {
  await sql.query(`INSERT INTO units (code, name, decimals, unece_code) VALUES
    ('ea', 'Each', 0, 'EA'), ('kg', 'Kilogram', 3, 'KGM'), ('m', 'Metre', 2, 'MTR') ON CONFLICT DO NOTHING`);
  await sql.query(
    `INSERT INTO item_categories (id, code, name)
     SELECT pg_temp.id('category', c), 'CAT-' || lpad(c::text, 4, '0'), 'Category ' || c
     FROM generate_series(0, $1 - 1) c`,
    [spec.categories],
  );
  await sql.query(
    `INSERT INTO items (id, sku, name, category_id, unit_code, default_tax_rate)
     SELECT pg_temp.id('item', k), 'SKU-' || lpad(k::text, 6, '0'), pg_temp.item_name(k),
       pg_temp.id('category', k % $2), pg_temp.item_unit(k), pg_temp.item_tax(k)
     FROM generate_series(0, $1 - 1) k`,
    [spec.items, spec.categories],
  );
  await sql.query(
    `INSERT INTO users (id, email, name, password_hash, roles)
     SELECT pg_temp.id('buyer', b), 'buyer' || b || '@bench.example', 'Buyer ' || b, '!', ARRAY['buyer']
     FROM generate_series(0, $1 - 1) b
     UNION ALL
     SELECT pg_temp.id('approver', a), 'approver' || a || '@bench.example', 'Approver ' || a, '!', ARRAY['approver']
     FROM generate_series(0, $2 - 1) a`,
    [spec.buyers, spec.approvers],
  );
  await sql.query(
    `INSERT INTO departments (id, code, name)
     SELECT pg_temp.id('department', d), 'D' || lpad(d::text, 3, '0'), 'Department ' || d
     FROM generate_series(0, $1 - 1) d`,
    [spec.departments],
  );
  await sql.query(
    `INSERT INTO cost_centres (id, code, name, department_id)
     SELECT pg_temp.id('cost_centre', c), 'CC-' || lpad(c::text, 4, '0'), 'Cost centre ' || c,
       pg_temp.id('department', c / 3)
     FROM generate_series(0, $1 * 3 - 1) c`,
    [spec.departments],
  );
  await sql.query(
    `INSERT INTO suppliers (id, code, legal_name, addresses, default_currency, payment_terms_net_days)
     SELECT pg_temp.id('supplier', j), 'S' || lpad(j::text, 5, '0'), pg_temp.supplier_name(j),
       jsonb_build_array(jsonb_build_object('kind', 'billing', 'line1', (1 + j % 200) || ' Market Street',
         'city', 'Springfield', 'country', 'US')),
       pg_temp.supplier_currency(j), (ARRAY[30, 45, 60])[1 + j % 3]
     FROM generate_series(0, $1 - 1) j`,
    [spec.suppliers],
  );
  await sql.query(
    `INSERT INTO exchange_rates (id, currency, base_currency, rate, valid_on)
     VALUES (pg_temp.id('rate', 1), 'EUR', 'USD', 1.08, $1), (pg_temp.id('rate', 2), 'GBP', 'USD', 1.27, $1)`,
    [startDate],
  );
}

/** How one batch of orders is made; the data set's orders and the benchmark's drafts differ only here. */
type OrderShape = {
  /** Creation instant (epoch ms) of order i. */
  createdMs: string;
  status: string;
  buyer: string;
  lineCount: string;
  /** Seed text of the ids, unique per order. */
  idSeed: string;
};

function datasetShape(spec: ScaleSpec, startMs: number, spanMs: number, nowMs: number): OrderShape {
  const step = spanMs / spec.orders;
  const age = `((${nowMs}::bigint - created_ms) / 86400000)`;
  const r = 'pg_temp.h(i, 5) % 100';
  // Old orders are mostly received or closed; recent ones still drafts, awaiting approval or open.
  const status = `CASE
      WHEN ${age} > 90 THEN CASE WHEN ${r} < 42 THEN 'received' WHEN ${r} < 85 THEN 'closed'
        WHEN ${r} < 91 THEN 'cancelled' WHEN ${r} < 96 THEN 'partially_received'
        WHEN ${r} < 98 THEN 'acknowledged' ELSE 'sent' END
      WHEN ${age} > 30 THEN CASE WHEN ${r} < 10 THEN 'approved' WHEN ${r} < 35 THEN 'sent'
        WHEN ${r} < 55 THEN 'acknowledged' WHEN ${r} < 75 THEN 'partially_received'
        WHEN ${r} < 88 THEN 'received' WHEN ${r} < 93 THEN 'cancelled' ELSE 'on_hold' END
      ELSE CASE WHEN ${r} < 25 THEN 'draft' WHEN ${r} < 45 THEN 'pending_approval'
        WHEN ${r} < 65 THEN 'approved' WHEN ${r} < 85 THEN 'sent' WHEN ${r} < 95 THEN 'acknowledged'
        ELSE 'cancelled' END
    END`;
  return {
    createdMs: `(${startMs}::bigint + floor((i + 0.5) * ${step})::bigint)`,
    status,
    buyer: `pg_temp.id('buyer', pg_temp.h(i, 2) % ${spec.buyers})`,
    // 1 to 19 lines, 10 on average.
    lineCount: '(1 + pg_temp.h(i, 6) % 19)::int',
    idSeed: `'po' || i`,
  };
}

/**
 * Inserts orders i in [from, to) and their lines: stages the batch's headers and lines in temp
 * tables, writes the headers with totals summed from the staged lines (GROUP BY), then the lines.
 * Numbers continue each year's purchase-order sequence (docnum_purchase_order_<year>), which is
 * advanced past them.
 */
async function insertOrders(
  sql: Sql,
  spec: ScaleSpec,
  shape: OrderShape,
  range: { from: number; to: number },
): Promise<void> {
  await sql.query('DROP TABLE IF EXISTS bench_po');
  await sql.query('DROP TABLE IF EXISTS bench_lines');
  await sql.query(
    `CREATE TEMP TABLE bench_po AS
     WITH base AS (
       SELECT i, ${shape.createdMs} AS created_ms,
         floor(${spec.suppliers} * power(pg_temp.u(i, 1), 2))::int AS sup,
         ${shape.lineCount} AS line_count, ${shape.idSeed} AS seed
       FROM generate_series($1::bigint, $2::bigint - 1) i
     ), dated AS (
       SELECT *, to_timestamp(created_ms / 1000.0) AS created_at,
         (to_timestamp(created_ms / 1000.0) AT TIME ZONE 'UTC')::date AS order_date
       FROM base
     )
     SELECT d.*, pg_temp.v7(created_ms, seed) AS id, extract(year FROM order_date)::int AS year,
       ${shape.status} AS status, ${shape.buyer} AS buyer_id,
       pg_temp.supplier_currency(sup) AS currency,
       pg_temp.h(i, 3) % ${spec.departments} AS dept
     FROM dated d`,
    [range.from, range.to],
  );
  await sql.query('ALTER TABLE bench_po ADD COLUMN counter int');
  const years = await sql.query<{ year: number }>('SELECT DISTINCT year FROM bench_po');
  for (const { year } of years) {
    await sql.query(
      `CREATE SEQUENCE IF NOT EXISTS ${documentSequenceName('purchase_order', year)} AS bigint`,
    );
  }
  // pg_sequences.last_value is null until the sequence gave its first number.
  await sql.query(
    `UPDATE bench_po p SET counter = n.counter FROM (
       SELECT i, coalesce((SELECT s.last_value FROM pg_sequences s
           WHERE s.schemaname = current_schema() AND s.sequencename = 'docnum_purchase_order_' || b.year), 0)
         + row_number() OVER (PARTITION BY year ORDER BY i) AS counter
       FROM bench_po b) n
     WHERE n.i = p.i`,
  );
  await sql.query(
    `CREATE TEMP TABLE bench_lines AS
     SELECT p.i, l AS line_no, k, qty, price, disc, tax_rate,
       round(qty * price * (100 - disc) / 100, 2) AS net,
       round(round(qty * price * (100 - disc) / 100, 2) * tax_rate / 100, 2) AS tax
     FROM bench_po p
     CROSS JOIN LATERAL generate_series(1, p.line_count) l
     CROSS JOIN LATERAL (SELECT (pg_temp.h(p.i * 32 + l, 8) % ${spec.items})::int AS k) item
     CROSS JOIN LATERAL (SELECT
       (1 + pg_temp.h(p.i * 32 + l, 9) % 40)::numeric AS qty,
       ((100 + pg_temp.h(p.i * 32 + l, 10) % 20000) / 100.0)::numeric AS price,
       (CASE WHEN pg_temp.h(p.i * 32 + l, 11) % 10 = 0 THEN 5 ELSE 0 END)::numeric AS disc,
       pg_temp.item_tax(k) AS tax_rate) amounts`,
  );
  await sql.query(
    `INSERT INTO purchase_orders (id, number, status, supplier_id, currency, exchange_rate,
       exchange_rate_date, payment_terms_net_days, ship_to, buyer_id, department_id, cost_centre_id,
       order_date, expected_delivery_date, subtotal, tax_total, total, total_base, held_from_status,
       hold_reason, cancel_reason, submitted_at, approved_at, approved_by, approved_total_base,
       created_by, created_at, updated_at, version)
     SELECT p.id,
       'PO-' || p.year || '-' || lpad(p.counter::text, greatest(5, length(p.counter::text)), '0'),
       p.status, pg_temp.id('supplier', p.sup), p.currency, pg_temp.currency_rate(p.currency),
       p.order_date, (ARRAY[30, 45, 60])[1 + p.sup % 3],
       jsonb_build_object('kind', 'shipping', 'line1', (1 + p.dept) || ' Works Road', 'city', 'Springfield', 'country', 'US'),
       p.buyer_id, pg_temp.id('department', p.dept), pg_temp.id('cost_centre', p.dept * 3 + pg_temp.h(p.i, 4) % 3),
       p.order_date, p.order_date + (7 + pg_temp.h(p.i, 7) % 40)::int,
       t.subtotal, t.tax, t.subtotal + t.tax,
       round((t.subtotal + t.tax) * pg_temp.currency_rate(p.currency), 2),
       CASE WHEN p.status = 'on_hold' THEN 'approved' END,
       CASE WHEN p.status = 'on_hold' THEN 'Supplier re-quoting freight' END,
       CASE WHEN p.status = 'cancelled' THEN 'No longer needed' END,
       CASE WHEN p.status NOT IN ('draft') THEN p.created_at + interval '1 hour' END,
       CASE WHEN p.status NOT IN ('draft', 'pending_approval') THEN p.created_at + interval '5 hours' END,
       CASE WHEN p.status NOT IN ('draft', 'pending_approval')
         THEN pg_temp.id('approver', pg_temp.h(p.i, 12) % ${spec.approvers}) END,
       CASE WHEN p.status NOT IN ('draft', 'pending_approval')
         THEN round((t.subtotal + t.tax) * pg_temp.currency_rate(p.currency), 2) END,
       p.buyer_id, p.created_at,
       p.created_at + CASE WHEN p.status = 'draft' THEN interval '0' ELSE interval '2 days' END,
       CASE WHEN p.status = 'draft' THEN 1 WHEN p.status = 'pending_approval' THEN 2 ELSE 4 END
     FROM bench_po p
     JOIN (SELECT i, sum(net) AS subtotal, sum(tax) AS tax FROM bench_lines GROUP BY i) t ON t.i = p.i`,
  );
  await sql.query(
    `INSERT INTO purchase_order_lines (id, purchase_order_id, line_no, item_id, description, quantity,
       unit_code, unit_price, discount_percent, tax_rate, tax_category, net_amount, tax_amount, needed_by,
       quantity_received, quantity_accepted, quantity_billed)
     SELECT pg_temp.v7(p.created_ms, p.seed || '-' || l.line_no), p.id, l.line_no, pg_temp.id('item', l.k),
       pg_temp.item_name(l.k), l.qty, pg_temp.item_unit(l.k), l.price, l.disc, l.tax_rate,
       CASE WHEN l.tax_rate = 0 THEN 'Z' ELSE 'S' END, l.net, l.tax,
       p.order_date + 14,
       CASE WHEN p.status IN ('received', 'closed') THEN l.qty
         WHEN p.status = 'partially_received' AND l.line_no % 2 = 1 THEN l.qty ELSE 0 END,
       -- Received before inspection existed: accepted on receipt.
       CASE WHEN p.status IN ('received', 'closed') THEN l.qty
         WHEN p.status = 'partially_received' AND l.line_no % 2 = 1 THEN l.qty ELSE 0 END,
       CASE WHEN p.status = 'closed' THEN l.qty ELSE 0 END
     FROM bench_lines l JOIN bench_po p ON p.i = l.i`,
  );
  await sql.query(
    `SELECT setval(('docnum_purchase_order_' || year)::regclass, max(counter)) FROM bench_po GROUP BY year`,
  );
  await sql.query('DROP TABLE bench_po');
  await sql.query('DROP TABLE bench_lines');
}

let draftBatch = 0;

/**
 * Drafts with 10 lines each, bought and created by `buyerId`, dated today: what submit + approve
 * (API and raw SQL) consume. Set-based like the data set; returns their ids (version 1). With
 * `status: 'approved'`, approved orders instead (version 4): what sending consumes.
 */
export async function createDrafts(
  sql: Sql,
  spec: ScaleSpec,
  opts: { count: number; buyerId: string; status?: 'draft' | 'approved' },
): Promise<string[]> {
  await installHelpers(sql);
  // One millisecond apart, the last one now.
  const firstMs = Date.now() - opts.count;
  const tag = `d${firstMs}-${draftBatch++}`;
  const quoted = opts.buyerId.replace(/'/g, "''");
  const ids: string[] = [];
  for (let from = 0; from < opts.count; from += spec.batch) {
    const to = Math.min(opts.count, from + spec.batch);
    await insertOrders(
      sql,
      spec,
      {
        createdMs: `(${firstMs}::bigint + i)`,
        status: `'${opts.status ?? 'draft'}'`,
        buyer: `'${quoted}'::uuid`,
        lineCount: '10',
        idSeed: `'${tag}-' || i`,
      },
      { from, to },
    );
  }
  const rows = await sql.query<{ id: string }>(
    `SELECT pg_temp.v7(${firstMs}::bigint + i, '${tag}-' || i)::text AS id FROM generate_series(0, $1 - 1) i`,
    [opts.count],
  );
  for (const r of rows) ids.push(r.id);
  await settleWrites(sql);
  return ids;
}

/**
 * What autovacuum would have done by now to the tables the write scenarios change (the drafts
 * just inserted, the orders earlier runs submitted and approved, their events and audit entries),
 * so a run kept with `--keep` measures the same as the first, on a server where autovacuum is off
 * too; done before the timed window.
 */
export async function settleWrites(sql: Sql): Promise<void> {
  await sql.query(
    'VACUUM (ANALYZE) purchase_orders, purchase_order_lines, events, event_consumptions, audit_log, idempotency_keys, purchase_order_state_counts, spend_monthly, spend_month_totals, spend_category_months',
  );
}

/**
 * What accounts payable needs of the data set: the units' UN/ECE codes (UBL invoices state them),
 * the organisation's paying account and every supplier's IBAN (valid check digits). Idempotent, so
 * a data set kept from before invoicing gets them too.
 */
export const PAYING_IBAN = 'DE02120300000000202051';
export const SUPPLIER_IBAN = 'DE89370400440532013000';

export async function prepareAccountsPayable(sql: Sql): Promise<void> {
  await sql.query(
    `UPDATE units SET unece_code = CASE code WHEN 'ea' THEN 'EA' WHEN 'kg' THEN 'KGM' ELSE 'MTR' END
     WHERE code IN ('ea', 'kg', 'm') AND unece_code IS NULL`,
  );
  await sql.query(
    `UPDATE settings SET payment_account = jsonb_build_object('accountName', 'Bench Organisation',
       'iban', $1::text, 'bic', 'BYLADEM1001') WHERE payment_account IS NULL`,
    [PAYING_IBAN],
  );
  await sql.query(
    `UPDATE suppliers SET bank_details = jsonb_build_object('accountName', legal_name, 'iban', $1::text)
     WHERE bank_details IS NULL`,
    [SUPPLIER_IBAN],
  );
}

/**
 * The supplier scorecards' monthly summary for the generated orders (which have no receipts,
 * answers or invoices of their own): one row per supplier, main category (the first line's) and
 * month of the order date, with counters in the proportions a supplier of its quality would have
 * — each supplier's share on time between 70 and 99 %, from a hash of its id. What the scorecard
 * scenarios read; the facts behind them are not generated (no drill-down is measured), and the
 * scores are marked built so the rebuild job leaves them alone.
 */
export async function generateScoreMonths(sql: Sql): Promise<void> {
  await sql.query('DELETE FROM supplier_score_months');
  await sql.query(
    `INSERT INTO supplier_score_months (supplier_id, category_id, month, orders, lines_settled, lines_in_full,
       lines_timed, lines_on_time, lines_otif, days_late_sum, qty_timed, qty_on_time, qty_received, qty_inspected,
       qty_accepted, qty_rejected, invoice_lines, invoice_lines_at_price, invoiced_base, invoiced_at_order_base,
       invoices, invoices_first_pass, orders_sent, orders_answered, orders_answered_in_time, response_hours_sum)
     SELECT supplier_id, category_id, month, n, 3 * n, floor(3 * n * least(1, q + 0.03)), 3 * n, floor(3 * n * q),
       floor(3 * n * q * 0.97), round(3 * n * (1 - q) * 4), 30 * n, floor(30 * n * q), 30 * n, 10 * n,
       floor(10 * n * least(1, q + 0.05)), 10 * n - floor(10 * n * least(1, q + 0.05)), 3 * n, floor(3 * n * q),
       1000 * n, 1000 * n * (1 - (1 - q) / 20), n, floor(n * q), n, floor(n * least(1, q + 0.1)),
       floor(n * q), 20 * n
     FROM (
       SELECT o.supplier_id, coalesce(l.category_id, '00000000-0000-0000-0000-000000000000'::uuid) AS category_id,
         date_trunc('month', o.order_date)::date AS month, count(*)::int AS n,
         0.70 + (abs(hashtext(o.supplier_id::text)) % 30) / 100.0 AS q
       FROM purchase_orders o
       JOIN purchase_order_lines l ON l.purchase_order_id = o.id AND l.line_no = 1
       WHERE o.status NOT IN ('draft', 'pending_approval', 'approved', 'cancelled')
       GROUP BY 1, 2, 3, 5) s`,
  );
  await sql.query(`UPDATE evaluation_settings SET facts_built_at = now(), responses_due_swept_at = now()`);
  await sql.query('VACUUM ANALYZE supplier_score_months');
}

let receivedBatch = 0;

/**
 * Approved 10-line orders, received in full and accepted (one receipt each, written as the
 * receiving scenario would, one statement per batch): what invoices bill. Returns their ids.
 */
export async function createReceivedOrders(
  sql: Sql,
  spec: ScaleSpec,
  opts: { count: number; buyerId: string; receiverId: string },
): Promise<string[]> {
  const ids = await createDrafts(sql, spec, { count: opts.count, buyerId: opts.buyerId, status: 'approved' });
  const tag = `${Date.now()}-${receivedBatch++}`;
  await sql.query(
    `WITH r AS (
       INSERT INTO receipts (id, number, kind, purchase_order_id, purchase_order_number, supplier_id, department_id,
         received_on, recorded_by, recorded_at)
       SELECT gen_random_uuid(), 'GR-BENCH-' || $3 || '-' || o.number, 'receipt', o.id, o.number, o.supplier_id,
         o.department_id, current_date, $2, now()
       FROM purchase_orders o WHERE o.id = ANY($1::uuid[])
       RETURNING id, purchase_order_id),
     l AS (
       INSERT INTO receipt_lines (receipt_id, line_no, description, item_id, unit_code, quantity, inspection_required,
         quantity_accepted)
       SELECT r.id, pl.line_no, pl.description, pl.item_id, pl.unit_code, pl.quantity, false, pl.quantity
       FROM r JOIN purchase_order_lines pl ON pl.purchase_order_id = r.purchase_order_id
       RETURNING receipt_id),
     q AS (
       UPDATE purchase_order_lines SET quantity_received = quantity, quantity_accepted = quantity,
         first_sent_at = now()
       WHERE purchase_order_id = ANY($1::uuid[]))
     UPDATE purchase_orders SET status = 'received', received_from_status = 'sent', first_sent_at = now(),
       sent_revision = revision, version = version + 1
     WHERE id = ANY($1::uuid[])`,
    [ids, opts.receiverId, tag],
  );
  await sql.query('VACUUM (ANALYZE) receipts, receipt_lines');
  return ids;
}

let invoiceBatch = 0;

/**
 * `count` invoices approved for payment, all due on `dueDate`, spread over the suppliers of
 * received and closed orders (one line each, 20 % tax, booked at the order's rate), inserted in one
 * statement per table: what a payment run pays. The organisation's paying account and the
 * suppliers' IBANs are set (prepareAccountsPayable).
 */
export async function createApprovedInvoices(
  sql: Sql,
  opts: { count: number; dueDate: string; approverId: string },
): Promise<void> {
  const tag = `${Date.now().toString(36)}${invoiceBatch++}`;
  await sql.query(
    `WITH o AS (
       SELECT id, number, supplier_id, currency, exchange_rate, department_id, payment_terms_net_days,
         row_number() OVER (ORDER BY supplier_id, id) - 1 AS n
       FROM (SELECT DISTINCT ON (supplier_id) id, number, supplier_id, currency, exchange_rate, department_id,
               payment_terms_net_days
             FROM purchase_orders WHERE status IN ('received', 'closed')
             ORDER BY supplier_id, id) s),
     k AS (SELECT count(*) AS n FROM o),
     v AS (
       SELECT i, o.*, (100 + (i * 37) % 900)::numeric + 0.5 AS net
       FROM generate_series(0, $1 - 1) i JOIN o ON o.n = i % (SELECT n FROM k)),
     inv AS (
       INSERT INTO invoices (id, number, kind, status, source, supplier_id, supplier_invoice_number,
         supplier_invoice_key, purchase_order_id, purchase_order_number, department_id, issue_date, received_on,
         currency, exchange_rate, exchange_rate_date, tax_subtotals, line_extension_amount, tax_exclusive_amount,
         tax_amount, tax_inclusive_amount, payable_amount, payable_amount_base, payment_terms_net_days,
         payment_terms_basis, due_date, matched_at, approved_at, approved_by, created_by)
       SELECT gen_random_uuid(), 'INV-BENCH-' || $4 || '-' || v.i, 'invoice', 'approved_for_payment', 'form',
         v.supplier_id, 'B-' || $4 || '-' || v.i, 'b' || $4 || v.i, v.id, v.number, v.department_id,
         $2::date - v.payment_terms_net_days, $2::date - v.payment_terms_net_days, v.currency, v.exchange_rate,
         $2::date - v.payment_terms_net_days,
         jsonb_build_array(jsonb_build_object('taxCategory', 'S', 'taxRate', '20', 'taxableAmount', v.net::text,
           'taxAmount', round(v.net * 0.2, 2)::text, 'exemptionReason', NULL)),
         v.net, v.net, round(v.net * 0.2, 2), v.net + round(v.net * 0.2, 2), v.net + round(v.net * 0.2, 2),
         round((v.net + round(v.net * 0.2, 2)) * v.exchange_rate, 2), v.payment_terms_net_days, 'invoice_date',
         $2::date, now(), now(), $3, $3
       FROM v
       RETURNING id, line_extension_amount)
     INSERT INTO invoice_lines (invoice_id, line_no, order_line_no, description, quantity, unit_code, unit_price,
       net_amount, tax_category, tax_rate)
     SELECT id, 1, 1, 'Goods as ordered', 1, 'ea', line_extension_amount, line_extension_amount, 'S', 20 FROM inv`,
    [opts.count, opts.dueDate, opts.approverId, tag],
  );
}

async function checkTotals(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM purchase_orders o
     JOIN (SELECT purchase_order_id, sum(net_amount) AS net, sum(tax_amount) AS tax
           FROM purchase_order_lines GROUP BY purchase_order_id) l ON l.purchase_order_id = o.id
     WHERE o.subtotal <> l.net OR o.tax_total <> l.tax OR o.total <> l.net + l.tax`,
  );
  return Number(row?.n ?? 0);
}

/** BENCH_TRACE=1: logs how long each statement of the load takes. */
function traced(sql: Sql, log: (line: string) => void): Sql {
  return {
    async query(text, params) {
      const t0 = performance.now();
      const rows = await sql.query(text, params);
      log(`${(performance.now() - t0).toFixed(0).padStart(6)} ms  ${text.replace(/\s+/g, ' ').slice(0, 70)}`);
      return rows as never;
    },
  };
}

/** Builds the data set into a freshly created, empty database and returns what a run needs. */
export async function generate(
  bench: BenchDatabase,
  opts: { scale: Scale; log: (line: string) => void },
): Promise<BenchState> {
  const spec = SCALES[opts.scale];
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  const { database } = bench;
  const sql = process.env.BENCH_TRACE ? traced(bench.session, opts.log) : bench.session;
  await database.migrate();
  await seedBase(database.db);
  const [settings] = await sql.query<{ f: string }>(
    `SELECT number_formats->>'purchase_order' AS f FROM settings WHERE id = 1`,
  );
  if (settings?.f !== DEFAULT_NUMBER_FORMATS.purchase_order) {
    throw new Error(`Expected the default purchase-order number format, found ${settings?.f}`);
  }
  await installHelpers(sql);

  const nowMs = Date.now();
  const spanMs = SPAN_DAYS * 86_400_000;
  const startMs = nowMs - spanMs;
  const startDate = new Date(startMs).toISOString().slice(0, 10);
  await loadReferenceData(sql, spec, startDate);
  opts.log(`reference data loaded (${elapsed().toFixed(1)} s)`);

  const shape = datasetShape(spec, startMs, spanMs, nowMs);
  for (let from = 0; from < spec.orders; from += spec.batch) {
    const to = Math.min(spec.orders, from + spec.batch);
    await insertOrders(sql, spec, shape, { from, to });
    opts.log(
      `orders ${to.toLocaleString('en')} / ${spec.orders.toLocaleString('en')} (${elapsed().toFixed(1)} s)`,
    );
  }

  // The benchmark's own users: a buyer and approvers, each with an API token (stored hashed).
  const ctx: Ctx = { db: database.db, clock: systemClock };
  const password = 'bench password that nobody uses';
  const buyer = await createUser(ctx, {
    actor: SYSTEM_ACTOR,
    input: { email: 'bench-buyer@bench.example', name: 'Bench Buyer', password, roles: ['buyer'] },
  });
  const buyerToken = await createApiToken(ctx, { actor: actorFor(buyer), name: 'benchmark' });
  const approvers: BenchState['approvers'] = [];
  for (let n = 0; n < 4; n++) {
    const user = await createUser(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        email: `bench-approver${n}@bench.example`,
        name: `Bench Approver ${n}`,
        password,
        roles: ['approver'],
      },
    });
    const token = await createApiToken(ctx, { actor: actorFor(user), name: 'benchmark' });
    approvers.push({ id: user.id, token: token.token });
  }
  const receiverUser = await createUser(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      email: 'bench-receiver@bench.example',
      name: 'Bench Receiver',
      password,
      roles: ['receiver', 'inspector'],
    },
  });
  const receiverToken = await createApiToken(ctx, { actor: actorFor(receiverUser), name: 'benchmark' });
  const payablesUser = await createUser(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      email: 'bench-payables@bench.example',
      name: 'Bench Payables',
      password,
      roles: ['accounts_payable'],
    },
  });
  const payablesToken = await createApiToken(ctx, { actor: actorFor(payablesUser), name: 'benchmark' });
  await prepareAccountsPayable(sql);
  // No approval policy is enabled, so the single-step rule applies: one approval completes an order.
  await sql.query('UPDATE approval_policies SET enabled = false WHERE enabled');

  const mismatched = await checkTotals(sql);
  if (mismatched > 0)
    throw new Error(`${mismatched} generated orders have totals that differ from their lines`);
  // The state a running system is in once its jobs and autovacuum have passed: the orders' state
  // counts folded (the trigger appended a row per generated order), the summaries as compact as
  // updates spread over three years leave them (the load made them all at once: a million versions
  // of 70,000 rows), statistics, the visibility map, and the full-text index's pending list merged
  // (a search scans that list linearly until then).
  await foldPurchaseOrderStateCounts(ctx);
  await foldSpendMonthTotals(ctx);
  await foldSpendCategoryMonths(ctx);
  await generateScoreMonths(sql);
  opts.log(`supplier scores summarised (${elapsed().toFixed(1)} s)`);
  await sql.query(
    'VACUUM FULL purchase_order_state_counts, spend_monthly, spend_month_totals, spend_category_months',
  );
  await sql.query('VACUUM ANALYZE');
  const [counts] = await sql.query<{ orders: string; lines: string }>(
    `SELECT (SELECT count(*) FROM purchase_orders)::text AS orders,
            (SELECT count(*) FROM purchase_order_lines)::text AS lines`,
  );
  const generationSeconds = Math.round(elapsed() * 10) / 10;
  opts.log(
    `generated ${Number(counts?.orders).toLocaleString('en')} orders, ${Number(counts?.lines).toLocaleString('en')} lines in ${generationSeconds} s`,
  );
  const state: BenchState = {
    scale: opts.scale,
    db: bench.kind,
    generatedAt: new Date().toISOString(),
    generationSeconds,
    orders: Number(counts?.orders),
    lines: Number(counts?.lines),
    suppliers: spec.suppliers,
    buyer: { id: buyer.id, token: buyerToken.token },
    approvers,
    receiver: { id: receiverUser.id, token: receiverToken.token },
    payables: { id: payablesUser.id, token: payablesToken.token },
  };
  fs.mkdirSync(path.dirname(statePath(bench.kind, opts.scale)), { recursive: true });
  fs.writeFileSync(statePath(bench.kind, opts.scale), `${JSON.stringify(state, null, 2)}\n`);
  return state;
}
