import { randomUUID } from 'node:crypto';
import { ublInvoice } from '../test/helpers/ubl-invoice';
import type { BenchDatabase, SqlPool } from './db';
import {
  type BenchState,
  createApprovedInvoices,
  createDrafts,
  createReceivedOrders,
  generateScoreMonths,
  installHelpers,
  prepareAccountsPayable,
  SCALES,
  type Scale,
  SUPPLIER_FRAGMENTS,
} from './generate';
import { type HttpClient, HttpError } from './http';
import {
  createOrderRaw,
  type InvoiceRawInput,
  inspectRaw,
  invoiceRaw,
  paymentRunRaw,
  receiveRaw,
  submitApproveRaw,
} from './limit';
import type { Op } from './load';

/**
 * The scenarios, each an operation the load loop repeats: through the HTTP API with the
 * benchmark's API tokens, and for the two writes also as raw SQL (the limit).
 */
export type Fixtures = {
  /** A base-currency supplier and ten of its items for new orders. */
  supplierId: string;
  itemIds: string[];
  /** List filters with many matches (the biggest suppliers' closed and received orders). */
  filters: { supplierId: string; status: string }[];
  lastYear: number;
  /** Ids of generated orders with 10 lines. */
  detailIds: string[];
};

export const BUYER_NAME = 'Bench Buyer';
export const approverName = (n: number) => `Bench Approver ${n}`;

export async function loadFixtures(bench: BenchDatabase, state: BenchState): Promise<Fixtures> {
  const sql = bench.session;
  await installHelpers(sql);
  const [supplier] = await sql.query<{ id: string }>(
    `SELECT id::text FROM suppliers WHERE default_currency = 'USD' AND status = 'active'
     AND id = pg_temp.id('supplier', 0)`,
  );
  if (!supplier)
    throw new Error('The data set has no supplier 0 in base currency; regenerate it (drop --keep).');
  const items = await sql.query<{ id: string }>(
    `SELECT pg_temp.id('item', k * 37)::text AS id FROM generate_series(0, 9) k`,
  );
  const filters = [];
  for (let j = 0; j < 4; j++) {
    for (const status of ['closed', 'received']) {
      const [row] = await sql.query<{ id: string }>(`SELECT pg_temp.id('supplier', $1)::text AS id`, [j]);
      filters.push({ supplierId: row!.id, status });
    }
  }
  // A sample of the orders, kept to those with exactly 10 lines.
  const percent = Math.min(100, (20_000 / state.orders) * 100);
  const detail = await sql.query<{ id: string }>(
    `SELECT o.id::text FROM (SELECT id FROM purchase_orders TABLESAMPLE BERNOULLI (${percent}) REPEATABLE (7)) o
     WHERE (SELECT count(*) FROM purchase_order_lines l WHERE l.purchase_order_id = o.id) = 10
     LIMIT 1000`,
  );
  return {
    supplierId: supplier.id,
    itemIds: items.map((r) => r.id),
    filters,
    lastYear: new Date().getUTCFullYear() - 1,
    detailIds: detail.map((r) => r.id),
  };
}

export type ScenarioContext = {
  client: HttpClient;
  bench: BenchDatabase;
  state: BenchState;
  scale: Scale;
  fixtures: Fixtures;
  /** The server runs its background work (the relay, preparing sends …). */
  jobs: boolean;
};

/**
 * What a scenario gives the loop for one concurrency level; `note` is shown with its results.
 * `settle` runs after the timed window: it waits for the background work the operations left and
 * says how long that took (it is part of the scenario's cost, not of its latency).
 */
export type Prepared = { op: Op; note?: string; settle?: () => Promise<string> };

export type Scenario = {
  name: string;
  /** The concurrencies it runs at (default 1 and 16). */
  concurrency?: number[];
  /** Checked once: a scenario whose endpoint is missing is skipped with this reason. */
  available?(c: ScenarioContext): Promise<string | null>;
  /** Builds the operation; `calibrate` runs it briefly when the scenario consumes prepared data. */
  prepare(c: ScenarioContext, run: { concurrency: number; durationMs: number }): Promise<Prepared>;
  /** The same writes as raw SQL, for the limit. */
  limit?(
    c: ScenarioContext,
    pool: SqlPool,
    run: { concurrency: number; durationMs: number },
  ): Promise<Prepared>;
};

const API = '/api/v1';
let rr = 0;
const next = <T>(list: T[]): T => list[rr++ % list.length]!;

function createBody(f: Fixtures) {
  return {
    supplierId: f.supplierId,
    lines: f.itemIds.map((itemId, n) => ({ itemId, quantity: String(1 + n), unitPrice: `${10 + n}.50` })),
  };
}

/**
 * Submit + approve consume drafts. How many a run needs is measured, not guessed: a probe at the
 * run's concurrency gives the rate (its first second, cold, is not counted), then the queue is
 * filled for the warm-up and the timed run with three times that room (the rate of a short probe
 * moves with the machine). Running out is still reported as
 * failed operations, never hidden.
 */
async function draftQueue(
  c: ScenarioContext,
  run: { durationMs: number },
  probe: (ids: string[]) => Promise<number>,
): Promise<string[]> {
  const spec = SCALES[c.scale];
  const sample = await createDrafts(c.bench.session, spec, { count: 2000, buyerId: c.state.buyer.id });
  const rate = await probe(sample);
  const needed = Math.ceil(rate * ((run.durationMs + 1000) / 1000) * 3) + 1000;
  return createDrafts(c.bench.session, spec, { count: needed, buyerId: c.state.buyer.id });
}

/** Operations per second over the probe's second second (the first warms up). */
async function probeRate(ids: string[], op: (id: string, w: number) => Promise<void>, concurrency: number) {
  const sample = ids.length;
  const start = performance.now();
  const from = start + 1000;
  const end = from + 1000;
  let done = 0;
  let emptied = false;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (performance.now() < end) {
        const id = ids.pop();
        if (!id) {
          emptied = true;
          return;
        }
        await op(id, w);
        if (performance.now() >= from) done++;
      }
    }),
  );
  // The sample ran out before the probe ended: the rate is at least the sample over the time it took.
  return emptied ? sample / ((performance.now() - start) / 1000) : done;
}

/**
 * Sending needs suppliers that can receive orders and documents PEPPOL can carry: every supplier
 * gets an order contact and an electronic address, the organisation one too (once per run).
 */
async function makeSuppliersReachable(c: ScenarioContext): Promise<void> {
  await c.bench.session.query(
    `UPDATE suppliers SET contacts = '[{"name": "Orders desk", "email": "orders@supplier.example", "orderContact": true}]'::jsonb,
       electronic_address_scheme = '0088', electronic_address = '7300010000001'
     WHERE NOT contacts @> '[{"orderContact": true}]'::jsonb`,
  );
  await c.bench.session.query(
    `UPDATE settings SET electronic_address_scheme = '0088', electronic_address = '7300010000002'
     WHERE electronic_address IS NULL`,
  );
}

/** Approved orders to send, as many as the run needs (measured like the drafts of submit-approve). */
async function approvedQueue(
  c: ScenarioContext,
  run: { durationMs: number },
  probe: (ids: string[]) => Promise<number>,
): Promise<string[]> {
  const spec = SCALES[c.scale];
  const make = (count: number) =>
    createDrafts(c.bench.session, spec, { count, buyerId: c.state.buyer.id, status: 'approved' });
  const rate = await probe(await make(500));
  return make(Math.ceil(rate * ((run.durationMs + 1000) / 1000) * 3) + 300);
}

/**
 * Waits until every send the run recorded is prepared (its files rendered and kept, its e-mail
 * queued) and says at what pace the server did that after the last request.
 */
async function sendsPrepared(c: ScenarioContext): Promise<string> {
  const waiting = async () =>
    Number(
      (
        await c.bench.session.query<{ n: string }>(
          `SELECT count(*) AS n FROM dispatches WHERE status = 'preparing'`,
        )
      )[0]!.n,
    );
  const started = performance.now();
  const atEnd = await waiting();
  let left = atEnd;
  while (left > 0) {
    if (performance.now() - started > 300_000)
      return `${left} of ${atEnd} sends still not prepared after 300 s`;
    await new Promise((r) => setTimeout(r, 100));
    left = await waiting();
  }
  const seconds = (performance.now() - started) / 1000;
  if (atEnd === 0) return 'every send was prepared by the end of the run';
  return `${atEnd} sends waiting when the run ended, prepared ${seconds.toFixed(1)} s later (${Math.round(atEnd / seconds)}/s)`;
}

async function sendApi(c: ScenarioContext, id: string): Promise<void> {
  await c.client.send('POST', `${API}/purchase-orders/${id}/send`, {
    token: c.state.buyer.token,
    headers: { 'if-match': '"v4"' },
  });
}

/** The benchmark's receiver (and inspector): data sets made before receiving have none. */
function receiverOf(c: ScenarioContext): { id: string; token: string } {
  if (!c.state.receiver)
    throw new Error(
      'The data set was made before receiving: regenerate it (drop --keep) for the receiving scenarios.',
    );
  return c.state.receiver;
}

/**
 * 10-line orders sent to their supplier (`acknowledged`: also answered), enough for the run at the
 * probed rate; `after` turns them into what the operation takes (receipts of them …).
 */
async function sentQueue(
  c: ScenarioContext,
  run: { durationMs: number },
  probe: (ids: string[]) => Promise<number>,
  opts: { status?: 'sent' | 'acknowledged'; after?: (ids: string[]) => Promise<string[]> } = {},
): Promise<string[]> {
  const after = opts.after ?? (async (ids: string[]) => ids);
  const spec = SCALES[c.scale];
  const make = async (count: number) => {
    const ids = await createDrafts(c.bench.session, spec, {
      count,
      buyerId: c.state.buyer.id,
      status: 'approved',
    });
    await c.bench.session.query(
      `UPDATE purchase_orders SET status = $2, first_sent_at = now(), sent_revision = revision
       WHERE id = ANY($1::uuid[])`,
      [ids, opts.status ?? 'sent'],
    );
    return after(ids);
  };
  const rate = await probe(await make(500));
  return make(Math.ceil(rate * ((run.durationMs + 1000) / 1000) * 3) + 300);
}

/**
 * A receipt of one of each line of these orders whose goods all await inspection, written as the
 * receiving scenario's would be (one statement per batch): what the inspect scenario inspects.
 * Returns the receipts' ids.
 */
async function pendingReceipts(c: ScenarioContext, orderIds: string[]): Promise<string[]> {
  const receiver = receiverOf(c);
  const rows = await c.bench.session.query<{ id: string }>(
    `WITH r AS (
       INSERT INTO receipts (id, number, kind, purchase_order_id, purchase_order_number, supplier_id, department_id,
         received_on, recorded_by, recorded_at)
       SELECT gen_random_uuid(), 'GR-BENCH-' || o.id, 'receipt', o.id, o.number, o.supplier_id, o.department_id,
         current_date, $2, now()
       FROM purchase_orders o WHERE o.id = ANY($1::uuid[])
       RETURNING id, purchase_order_id),
     l AS (
       INSERT INTO receipt_lines (receipt_id, line_no, description, item_id, unit_code, quantity, inspection_required)
       SELECT r.id, pl.line_no, pl.description, pl.item_id, pl.unit_code, 1, true
       FROM r JOIN purchase_order_lines pl ON pl.purchase_order_id = r.purchase_order_id
       RETURNING receipt_id),
     q AS (
       UPDATE purchase_order_lines SET quantity_received = quantity_received + 1 WHERE purchase_order_id = ANY($1::uuid[])),
     o AS (
       UPDATE purchase_orders SET status = 'partially_received', received_from_status = 'sent', version = version + 1
       WHERE id = ANY($1::uuid[]))
     SELECT id::text FROM r`,
    [orderIds, receiver.id],
  );
  return rows.map((r) => r.id);
}

async function receiveApi(c: ScenarioContext, id: string): Promise<void> {
  await c.client.send('POST', `${API}/receipts`, {
    token: receiverOf(c).token,
    body: {
      purchaseOrderId: id,
      deliveryNote: `DN-${id.slice(-8)}`,
      lines: Array.from({ length: 10 }, (_, i) => ({ lineNo: i + 1, quantity: '1' })),
    },
    headers: { 'idempotency-key': randomUUID() },
  });
}

async function inspectApi(c: ScenarioContext, receiptId: string): Promise<void> {
  await c.client.send('POST', `${API}/receipts/${receiptId}/inspection`, {
    token: receiverOf(c).token,
    body: {
      lines: Array.from({ length: 10 }, (_, i) =>
        i === 0
          ? { lineNo: 1, quantityAccepted: '0', quantityRejected: '1', rejectionReason: 'damaged' }
          : { lineNo: i + 1, quantityAccepted: '1', quantityRejected: '0' },
      ),
    },
    headers: { 'idempotency-key': randomUUID() },
  });
}

async function shipApi(c: ScenarioContext, id: string): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  await c.client.send('POST', `${API}/purchase-orders/${id}/ship-notices`, {
    token: c.state.buyer.token,
    body: {
      despatchDate: today,
      expectedDeliveryDate: today,
      carrier: 'DHL',
      trackingNumber: `JD${id.slice(-12)}`,
      lines: [1, 2, 3].map((lineNo) => ({ lineNo, quantity: '1' })),
    },
  });
}

/**
 * The tracking board's rows at the data set's scale: the lines of a fifth of the orders, as if
 * they had been sent (the data set has no sends), written once with the tracking consumer's SELECT.
 */
async function ensureTrackingRows(c: ScenarioContext): Promise<number> {
  const count = async () =>
    Number(
      (await c.bench.session.query<{ n: string }>('SELECT count(*)::text AS n FROM delivery_tracking'))[0]!.n,
    );
  // Written once per data set; the rows other scenarios' sends and ship notices made do not count.
  const [written] = await c.bench.session.query<{ done: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM delivery_tracking d WHERE d.purchase_order_id =
       (SELECT id FROM purchase_orders WHERE (hashtext(id::text) % 5) = 0 ORDER BY created_at, id LIMIT 1)) AS done`,
  );
  if (written?.done) return count();
  await c.bench.session.query(
    `INSERT INTO delivery_tracking (purchase_order_id, line_no, order_number, supplier_id, buyer_id,
       department_id, description, unit_code, open_quantity, in_transit_quantity, needed_by, promised_date,
       expected_date, sort_date, sent_at, acknowledged, promised_late, expected_moved, updated_at)
     SELECT o.id, l.line_no, o.number, o.supplier_id, o.buyer_id, o.department_id, l.description, l.unit_code,
       l.quantity, 0, coalesce(l.needed_by, o.expected_delivery_date), NULL,
       coalesce(l.needed_by, o.expected_delivery_date),
       coalesce(l.needed_by, o.expected_delivery_date, DATE '9999-12-31'),
       o.created_at, (hashtext(o.id::text) & 1) = 0, false, false, now()
     FROM purchase_orders o JOIN purchase_order_lines l ON l.purchase_order_id = o.id
     WHERE (hashtext(o.id::text) % 5) = 0
     ON CONFLICT DO NOTHING`,
  );
  await c.bench.session.query('ANALYZE delivery_tracking');
  return count();
}

async function submitApproveApi(c: ScenarioContext, id: string, w: number): Promise<void> {
  const token = c.state.buyer.token;
  const submitted = await c.client.send('POST', `${API}/purchase-orders/${id}/submit`, {
    token,
    headers: { 'if-match': '"v1"' },
  });
  const etag = String(submitted.headers.etag);
  const approver = c.state.approvers[w % c.state.approvers.length]!;
  await c.client.send('POST', `${API}/purchase-orders/${id}/approve`, {
    token: approver.token,
    headers: { 'if-match': etag },
  });
}

function consume(queue: string[], op: (id: string, w: number) => Promise<void>): Op {
  return async (w) => {
    const id = queue.pop();
    if (!id) throw new Error('ran out of prepared drafts');
    await op(id, w);
  };
}

function limitActors(c: ScenarioContext) {
  return {
    buyer: { id: c.state.buyer.id, name: BUYER_NAME },
    approver: (w: number) => {
      const n = w % c.state.approvers.length;
      return { id: c.state.approvers[n]!.id, name: approverName(n) };
    },
  };
}

/** Follows next-page cursors from the first page, up to `pages` deep; returns the deepest cursor found. */
async function deepCursor(
  c: ScenarioContext,
  query: string,
  pages: number,
): Promise<{ cursor: string | null; depth: number }> {
  let cursor: string | null = null;
  let depth = 1;
  for (let page = 1; page < pages; page++) {
    const url: string = `${API}/purchase-orders?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { body }: { body: { nextCursor: string | null } } = await c.client.json('GET', url, {
      token: c.state.buyer.token,
    });
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
    depth = page + 1;
  }
  return { cursor, depth };
}

const DEEP_PAGES = 25;

/** The benchmark's accounts-payable clerk: data sets made before invoicing have none. */
function payablesOf(c: ScenarioContext): { id: string; token: string } {
  if (!c.state.payables)
    throw new Error(
      'The data set was made before invoicing: regenerate it (drop --keep) for the accounts-payable scenarios.',
    );
  return c.state.payables;
}

/** What a supplier would bill for one received 10-line order: every line in full at its net price. */
type OrderToBill = Omit<InvoiceRawInput, 'lines'> & {
  orderNumber: string;
  currency: string;
  lines: (InvoiceRawInput['lines'][number] & { unece: string })[];
  taxSubtotals: { taxCategory: string; taxRate: string; taxableAmount: string; taxAmount: string }[];
  net: string;
  tax: string;
};

let invoiceNo = 0;
/** A supplier's invoice number nobody used yet (across runs of a kept data set too). */
const supplierInvoiceNumber = () => `B${Date.now().toString(36)}-${invoiceNo++}`;

/** The received orders as invoices would bill them (prices net of the line discount, tax per rate). */
async function ordersToBill(c: ScenarioContext, ids: string[]): Promise<OrderToBill[]> {
  return c.bench.session.query<OrderToBill>(
    `SELECT o.id AS "orderId", o.number AS "orderNumber", o.currency,
       (SELECT json_agg(json_build_object('lineNo', l.line_no, 'quantity', l.quantity::text,
          'unitPrice', trim_scale(l.unit_price * (100 - l.discount_percent) / 100)::text,
          'netAmount', l.net_amount::text, 'taxRate', trim_scale(l.tax_rate)::text, 'taxCategory', l.tax_category,
          'unece', coalesce(u.unece_code, 'C62')) ORDER BY l.line_no)
        FROM purchase_order_lines l LEFT JOIN units u ON u.code = l.unit_code
        WHERE l.purchase_order_id = o.id) AS lines,
       (SELECT json_agg(json_build_object('taxCategory', t.tax_category, 'taxRate', trim_scale(t.tax_rate)::text,
          'taxableAmount', t.net::text, 'taxAmount', round(t.net * t.tax_rate / 100, 2)::text))
        FROM (SELECT tax_category, tax_rate, sum(net_amount) AS net FROM purchase_order_lines
              WHERE purchase_order_id = o.id GROUP BY tax_category, tax_rate) t) AS "taxSubtotals",
       (SELECT sum(net_amount)::text FROM purchase_order_lines WHERE purchase_order_id = o.id) AS net,
       (SELECT sum(round(t.net * t.tax_rate / 100, 2))::text
        FROM (SELECT tax_rate, sum(net_amount) AS net FROM purchase_order_lines
              WHERE purchase_order_id = o.id GROUP BY tax_category, tax_rate) t) AS tax
     FROM purchase_orders o WHERE o.id = ANY($1::uuid[])`,
    [ids],
  );
}

/** Received orders to invoice, enough for the run at the probed rate (as the other queues). */
async function billQueue(
  c: ScenarioContext,
  run: { durationMs: number },
  probe: (orders: OrderToBill[]) => Promise<number>,
): Promise<OrderToBill[]> {
  const spec = SCALES[c.scale];
  const receiver = receiverOf(c);
  await prepareAccountsPayable(c.bench.session);
  const make = async (count: number) =>
    ordersToBill(
      c,
      await createReceivedOrders(c.bench.session, spec, {
        count,
        buyerId: c.state.buyer.id,
        receiverId: receiver.id,
      }),
    );
  const rate = await probe(await make(300));
  return make(Math.ceil(rate * ((run.durationMs + 1000) / 1000) * 3) + 200);
}

function consumeOrders(queue: OrderToBill[], op: (o: OrderToBill, w: number) => Promise<void>): Op {
  return async (w) => {
    const order = queue.pop();
    if (!order) throw new Error('ran out of prepared received orders');
    await op(order, w);
  };
}

async function probeOrders(
  orders: OrderToBill[],
  op: (o: OrderToBill, w: number) => Promise<void>,
  concurrency: number,
): Promise<number> {
  const byId = new Map(orders.map((o) => [o.orderId, o]));
  return probeRate(
    orders.map((o) => o.orderId),
    (id, w) => op(byId.get(id)!, w),
    concurrency,
  );
}

/** The UBL invoice a supplier's system sends for the order: every line with its order line, in full. */
function ublFor(order: OrderToBill): string {
  const total = (Number(order.net) + Number(order.tax)).toFixed(2);
  return ublInvoice({
    flavour: 'ubl-2.1',
    id: supplierInvoiceNumber(),
    issueDate: new Date().toISOString().slice(0, 10),
    currency: order.currency,
    orderNumber: order.orderNumber,
    lines: order.lines.map((l) => ({
      orderLineId: String(l.lineNo),
      quantity: l.quantity,
      unitCode: l.unece,
      price: l.unitPrice,
      lineExtensionAmount: l.netAmount,
      taxCategory: l.taxCategory,
      taxRate: l.taxRate,
    })),
    taxSubtotals: order.taxSubtotals,
    taxAmount: order.tax,
    totals: {
      lineExtensionAmount: order.net,
      taxExclusiveAmount: order.net,
      taxInclusiveAmount: total,
      payableAmount: total,
    },
  });
}

async function importApi(c: ScenarioContext, order: OrderToBill): Promise<void> {
  await c.client.send('POST', `${API}/invoices/import`, {
    token: payablesOf(c).token,
    body: ublFor(order),
    headers: { 'content-type': 'application/xml', 'idempotency-key': randomUUID() },
  });
}

async function enterApi(c: ScenarioContext, order: OrderToBill): Promise<void> {
  await c.client.send('POST', `${API}/invoices`, {
    token: payablesOf(c).token,
    body: {
      purchaseOrderId: order.orderId,
      supplierInvoiceNumber: supplierInvoiceNumber(),
      issueDate: new Date().toISOString().slice(0, 10),
      lines: order.lines.map((l) => ({
        orderLineNo: l.lineNo,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
      })),
    },
    headers: { 'idempotency-key': randomUUID() },
  });
}

const PAYMENT_RUN_INVOICES = 1000;

/**
 * Batches of 1,000 invoices approved for payment, batch k due on its own day, so that the k-th
 * run (due by that day) pays exactly batch k: the invoices earlier runs left approved are removed
 * first, and enough batches are made for the run at the probed rate.
 */
async function paymentBatches(
  c: ScenarioContext,
  run: { durationMs: number },
  op: (dueBy: string) => Promise<void>,
): Promise<string[]> {
  const sql = c.bench.session;
  await prepareAccountsPayable(sql);
  await sql.query(
    `WITH gone AS (DELETE FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices
       WHERE number LIKE 'INV-BENCH-%' AND status = 'approved_for_payment') RETURNING invoice_id)
     DELETE FROM invoices WHERE id IN (SELECT invoice_id FROM gone)`,
  );
  const approverId = payablesOf(c).id;
  let day = 0;
  const make = async (count: number) => {
    const days: string[] = [];
    for (let k = 0; k < count; k++) {
      const dueDate = new Date(Date.UTC(2001, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
      await createApprovedInvoices(sql, { count: PAYMENT_RUN_INVOICES, dueDate, approverId });
      days.push(dueDate);
    }
    await sql.query('VACUUM (ANALYZE) invoices, invoice_lines, payment_runs, payment_run_lines, payments');
    return days;
  };
  // One run warms up, the next is timed: the rate of runs is what the queue is sized by.
  const probe = await make(2);
  await op(probe[0]!);
  const t0 = performance.now();
  await op(probe[1]!);
  const seconds = (performance.now() - t0) / 1000;
  const needed = Math.ceil(((run.durationMs + 1000) / 1000 / seconds) * 2) + 2;
  return make(needed);
}

async function paymentRunApi(c: ScenarioContext, dueBy: string): Promise<void> {
  const token = payablesOf(c).token;
  const today = new Date().toISOString().slice(0, 10);
  const { body: run } = await c.client.json<{ id: string; version: number; lines: unknown[] }>(
    'POST',
    `${API}/payment-runs`,
    { token, body: { paymentDate: today, dueBy } },
  );
  if (run.lines.length !== PAYMENT_RUN_INVOICES)
    throw new Error(`the run due by ${dueBy} has ${run.lines.length} lines, not ${PAYMENT_RUN_INVOICES}`);
  await c.client.send('POST', `${API}/payment-runs/${run.id}/confirm`, {
    token,
    body: {},
    headers: { 'if-match': `"v${run.version}"` },
  });
}

function consumeDays(days: string[], op: (dueBy: string) => Promise<void>): Op {
  return async () => {
    const day = days.shift();
    if (!day) throw new Error('ran out of prepared invoices to pay');
    await op(day);
  };
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'import-ubl-invoice-10-lines',
    async prepare(c, run) {
      const op = (o: OrderToBill) => importApi(c, o);
      const queue = await billQueue(c, run, (orders) => probeOrders(orders, op, run.concurrency));
      return {
        op: consumeOrders(queue, op),
        note: 'each op = a UBL 2.1 invoice of a received 10-line order (every line in full, a new supplier number): parsed and checked against the schema, its arithmetic checked, the order and its lines found, numbered, kept and matched three-way',
      };
    },
    async limit(c, pool, run) {
      const actor = { id: payablesOf(c).id, name: 'Bench Payables' };
      const op = (o: OrderToBill) => invoiceRaw(pool, actor, o, supplierInvoiceNumber(), 'ubl');
      const queue = await billQueue(c, run, (orders) => probeOrders(orders, op, run.concurrency));
      return { op: consumeOrders(queue, op) };
    },
  },
  {
    name: 'match',
    async prepare(c, run) {
      const op = (o: OrderToBill) => enterApi(c, o);
      const queue = await billQueue(c, run, (orders) => probeOrders(orders, op, run.concurrency));
      return {
        op: consumeOrders(queue, op),
        note: 'each op = POST /invoices of a received 10-line order, submitted: checked, numbered, kept and matched three-way (the order locked, what was accepted and billed read, each line consumed from its receipt line, the order’s and receipts’ billed quantities moved)',
      };
    },
    async limit(c, pool, run) {
      const actor = { id: payablesOf(c).id, name: 'Bench Payables' };
      const op = (o: OrderToBill) => invoiceRaw(pool, actor, o, supplierInvoiceNumber(), 'form');
      const queue = await billQueue(c, run, (orders) => probeOrders(orders, op, run.concurrency));
      return { op: consumeOrders(queue, op) };
    },
  },
  {
    name: 'payment-run-1000-invoices',
    // One clerk runs payments: two runs at once would propose the same invoices.
    concurrency: [1],
    async prepare(c, run) {
      const op = (dueBy: string) => paymentRunApi(c, dueBy);
      const days = await paymentBatches(c, run, op);
      return {
        op: consumeDays(days, op),
        note: `each op = POST /payment-runs (${PAYMENT_RUN_INVOICES} invoices approved for payment, due by a day, over every supplier) then POST /payment-runs/{id}/confirm: the invoices locked and scheduled, one payment per supplier and currency`,
      };
    },
    async limit(c, pool, run) {
      const actor = { id: payablesOf(c).id, name: 'Bench Payables' };
      const op = (dueBy: string) => paymentRunRaw(pool, actor, dueBy, PAYMENT_RUN_INVOICES);
      const days = await paymentBatches(c, run, op);
      return { op: consumeDays(days, op) };
    },
  },
  {
    name: 'create-po-10-lines',
    async prepare(c) {
      const body = createBody(c.fixtures);
      return {
        op: async () => {
          await c.client.send('POST', `${API}/purchase-orders`, {
            token: c.state.buyer.token,
            body,
            headers: { 'idempotency-key': randomUUID() },
          });
        },
      };
    },
    async limit(c, pool) {
      const input = createBody(c.fixtures);
      const { buyer } = limitActors(c);
      return { op: () => createOrderRaw(pool, buyer, input) };
    },
  },
  {
    name: 'submit-approve',
    async prepare(c, run) {
      const op = (id: string, w: number) => submitApproveApi(c, id, w);
      const queue = await draftQueue(c, run, (ids) => probeRate(ids, op, run.concurrency));
      return { op: consume(queue, op), note: 'each op = submit (buyer) + approve (approver)' };
    },
    async limit(c, pool, run) {
      const actors = limitActors(c);
      const op = (id: string, w: number) => submitApproveRaw(pool, actors.buyer, actors.approver(w), id);
      const queue = await draftQueue(c, run, (ids) => probeRate(ids, op, run.concurrency));
      return { op: consume(queue, op) };
    },
  },
  {
    name: 'send-po',
    async prepare(c, run) {
      await makeSuppliersReachable(c);
      const op = (id: string) => sendApi(c, id);
      const queue = await approvedQueue(c, run, (ids) => probeRate(ids, op, run.concurrency));
      return {
        op: consume(queue, op),
        note: 'each op = the send of a 10-line order recorded (supplier checked, document read and kept, order sent); its PDF, UBL Order and message are rendered after the answer, in a worker thread',
        ...(c.jobs ? { settle: () => sendsPrepared(c) } : {}),
      };
    },
  },
  {
    name: 'post-asn',
    async prepare(c, run) {
      const op = (id: string) => shipApi(c, id);
      const queue = await sentQueue(c, run, (ids) => probeRate(ids, op, run.concurrency), {
        status: 'acknowledged',
      });
      return {
        op: consume(queue, op),
        note: "each op = a 3-line ship notice (recorded by the buyer on the supplier's behalf): open quantities checked under the order's lock, numbered, kept, shipped quantities added",
      };
    },
  },
  {
    name: 'receive-10-lines',
    async prepare(c, run) {
      const op = (id: string) => receiveApi(c, id);
      const queue = await sentQueue(c, run, (ids) => probeRate(ids, op, run.concurrency));
      return {
        op: consume(queue, op),
        note: 'each op = a goods receipt of one of each line of a sent 10-line order: the order read, its open quantities and the tolerances checked, numbered, checked again under the order’s lock, kept, the order’s lines and state moved',
      };
    },
    async limit(c, pool, run) {
      const receiver = { id: receiverOf(c).id, name: 'Bench Receiver' };
      const op = (id: string) => receiveRaw(pool, receiver, id);
      const queue = await sentQueue(c, run, (ids) => probeRate(ids, op, run.concurrency));
      return { op: consume(queue, op) };
    },
  },
  {
    name: 'inspect',
    async prepare(c, run) {
      const op = (id: string) => inspectApi(c, id);
      const queue = await sentQueue(c, run, (ids) => probeRate(ids, op, run.concurrency), {
        after: (ids) => pendingReceipts(c, ids),
      });
      return {
        op: consume(queue, op),
        note: 'each op = the inspection of a 10-line receipt (9 accepted, 1 rejected as damaged): the order and the receipt’s lines locked, results kept, the order’s lines moved; answered with the receipt read again',
      };
    },
    async limit(c, pool, run) {
      const receiver = { id: receiverOf(c).id, name: 'Bench Receiver' };
      const op = (id: string) => inspectRaw(pool, receiver, id);
      const queue = await sentQueue(c, run, (ids) => probeRate(ids, op, run.concurrency), {
        after: (ids) => pendingReceipts(c, ids),
      });
      return { op: consume(queue, op) };
    },
  },
  {
    name: 'tracking-list',
    async prepare(c) {
      const rows = await ensureTrackingRows(c);
      const suppliers = [...new Set(c.fixtures.filters.map((f) => f.supplierId))];
      // What the board asks for: a page of lines and the counts per state above it.
      const queries = [
        'lines?limit=50',
        'counts',
        'lines?limit=50&state=late',
        'lines?limit=50&state=on_track',
        ...suppliers.flatMap((s) => [`lines?limit=50&supplierId=${s}`, `counts?supplierId=${s}`]),
      ];
      return {
        op: async () => {
          await c.client.send('GET', `${API}/tracking/${next(queries)}`, {
            token: c.state.buyer.token,
          });
        },
        note: `the tracking board: a first page of lines (all, late, on track, by supplier) or the counts per state (all, by supplier), over ${rows.toLocaleString('en')} open lines`,
      };
    },
  },
  {
    name: 'list-filter-first',
    async prepare(c) {
      const queries = c.fixtures.filters.map((f) => `limit=50&supplierId=${f.supplierId}&status=${f.status}`);
      return {
        op: async () => {
          await c.client.send('GET', `${API}/purchase-orders?${next(queries)}`, {
            token: c.state.buyer.token,
          });
        },
      };
    },
  },
  {
    name: 'list-filter-deep',
    async prepare(c) {
      // The filters that go deepest: at the large scale all reach DEEP_PAGES.
      const found: { url: string; depth: number }[] = [];
      for (const f of c.fixtures.filters) {
        const query = `limit=50&supplierId=${f.supplierId}&status=${f.status}`;
        const { cursor, depth } = await deepCursor(c, query, DEEP_PAGES);
        if (cursor)
          found.push({ url: `${API}/purchase-orders?${query}&cursor=${encodeURIComponent(cursor)}`, depth });
      }
      const depth = Math.max(0, ...found.map((f) => f.depth));
      const urls = found.filter((f) => f.depth === depth).map((f) => f.url);
      if (urls.length === 0) throw new Error('no filter has a second page');
      const note =
        depth >= DEEP_PAGES
          ? `page ${DEEP_PAGES} of ${urls.length} filters`
          : `page ${depth} of ${urls.length} filters (the deepest there is at this scale)`;
      return {
        op: async () => {
          await c.client.send('GET', next(urls), { token: c.state.buyer.token });
        },
        note,
      };
    },
  },
  {
    name: 'search-number-prefix',
    async prepare(c) {
      const prefixes = Array.from({ length: 9 }, (_, d) => `PO-${c.fixtures.lastYear}-00${d + 1}`);
      return {
        op: async () => {
          const q = encodeURIComponent(next(prefixes));
          await c.client.send('GET', `${API}/purchase-orders?limit=50&q=${q}`, {
            token: c.state.buyer.token,
          });
        },
        note: `q=PO-${c.fixtures.lastYear}-001 … -009`,
      };
    },
  },
  {
    name: 'search-supplier-fragment',
    async prepare(c) {
      return {
        op: async () => {
          const q = encodeURIComponent(next(SUPPLIER_FRAGMENTS));
          await c.client.send('GET', `${API}/purchase-orders?limit=50&q=${q}`, {
            token: c.state.buyer.token,
          });
        },
        note: `q=${SUPPLIER_FRAGMENTS.join(', ')}`,
      };
    },
  },
  {
    name: 'po-detail',
    async prepare(c) {
      const ids = c.fixtures.detailIds;
      if (ids.length === 0) throw new Error('no 10-line orders found in the sample');
      return {
        op: async () => {
          await c.client.send('GET', `${API}/purchase-orders/${next(ids)}`, { token: c.state.buyer.token });
        },
        note: `${ids.length} orders of 10 lines`,
      };
    },
  },
  {
    name: 'scorecard-supplier',
    async prepare(c) {
      // A data set kept from before scorecards gets its summary now.
      if ((await c.bench.session.query('SELECT 1 FROM supplier_score_months LIMIT 1')).length === 0)
        await generateScoreMonths(c.bench.session);
      const suppliers = await c.bench.session.query<{ id: string }>(
        `SELECT DISTINCT supplier_id::text AS id FROM supplier_score_months ORDER BY 1 LIMIT 500`,
      );
      const ids = suppliers.map((s) => s.id);
      return {
        op: async () => {
          await c.client.send('GET', `${API}/suppliers/${next(ids)}/scorecard?period=12m`, {
            token: c.state.buyer.token,
          });
        },
        note: `GET /suppliers/{id}/scorecard?period=12m over ${ids.length} suppliers: the 12 months' counters, the 12-month trend, the settings`,
      };
    },
  },
  {
    name: 'scorecards-category',
    async prepare(c) {
      const categories = await c.bench.session.query<{ id: string }>(
        `SELECT DISTINCT category_id::text AS id FROM supplier_score_months ORDER BY 1`,
      );
      if (categories.length === 0) throw new Error('no supplier scores in the data set');
      const ids = categories.map((s) => s.id);
      return {
        op: async () => {
          await c.client.send('GET', `${API}/scorecards?period=12m&categoryId=${next(ids)}&limit=50`, {
            token: c.state.buyer.token,
          });
        },
        note: `GET /scorecards?period=12m&categoryId=…&limit=50 over ${ids.length} categories: every supplier of the category scored and sorted, the first page`,
      };
    },
  },
  {
    name: 'spend-report',
    async available(c) {
      try {
        await c.client.send('GET', `${API}/reports/spend-by-supplier?year=${c.fixtures.lastYear}`, {
          token: c.state.buyer.token,
        });
        return null;
      } catch (err) {
        if (err instanceof HttpError && err.status === 404)
          return 'not available (GET /reports/spend-by-supplier answers 404)';
        throw err;
      }
    },
    async prepare(c) {
      const url = `${API}/reports/spend-by-supplier?year=${c.fixtures.lastYear}`;
      return {
        op: async () => {
          await c.client.send('GET', url, { token: c.state.buyer.token });
        },
        note: `year=${c.fixtures.lastYear}`,
      };
    },
  },
  {
    name: 'home',
    async available(c) {
      try {
        await c.client.send('GET', `${API}/home`, { token: c.state.buyer.token });
        return null;
      } catch (err) {
        if (err instanceof HttpError && err.status === 404) return 'not available (GET /home answers 404)';
        throw err;
      }
    },
    async prepare(c) {
      // The buyer's home (requisitions, workbench, purchasing, spend, states, cycle times) and an
      // approver's (the inbox) in turn.
      const tokens = [c.state.buyer.token, ...c.state.approvers.map((a) => a.token)];
      let i = 0;
      return {
        op: async () => {
          const token = i++ % 2 === 0 ? tokens[0]! : tokens[1 + ((i >> 1) % (tokens.length - 1))]!;
          await c.client.send('GET', `${API}/home`, { token });
        },
        note: 'buyer and approvers in turn',
      };
    },
  },
];
