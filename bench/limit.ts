import { createHash, randomUUID } from 'node:crypto';
import { documentSequenceName } from '../src/core/organisation/rules';
import { creationChanges } from '../src/core/purchase-orders/purchase-order';
import type { OrderRow } from '../src/core/purchase-orders/repository';
import { type Changes, entryHash } from '../src/core/shared/audit';
import { documentTotals } from '../src/core/shared/document-totals';
import { newId } from '../src/core/shared/ids';
import type { Sql, SqlPool } from './db';

/**
 * The raw-SQL limit: the writes of "create a 10-line PO" and "submit + approve" as hand-written
 * SQL, one transaction per request the API would get, no HTTP and no ORM. It writes what the API
 * writes: the idempotency key and its stored response, the number from the purchase-order
 * sequence of the year, the header and its lines, the status changes, and an audit entry with its
 * content hash (no lock: the sealer links entries after commit). It reads only what those writes
 * need (supplier and item defaults, the locked order, whether an approval policy is enabled).
 */

type Actor = { id: string; name: string };

type AuditEntry = { actor: Actor; entityType?: string; entityId: string; action: string; changes: Changes };

/** Audit entries as recordAudit gathers them: one INSERT, each hashed here, nothing else read or locked. */
async function appendAudits(sql: Sql, entries: AuditEntry[]): Promise<void> {
  const rows = entries.map((entry) => {
    const fields = {
      at: new Date(),
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      entityType: entry.entityType ?? 'purchase_order',
      entityId: entry.entityId,
      action: entry.action,
      changes: JSON.parse(JSON.stringify(entry.changes)) as Changes,
      reason: null,
    };
    return { ...fields, hash: entryHash(fields) };
  });
  await sql.query(
    `INSERT INTO audit_log (at, actor_id, actor_name, entity_type, entity_id, action, changes, reason, hash)
     SELECT v.at, v.actor_id, v.actor_name, v.entity_type, v.entity_id, v.action, v.changes, NULL, v.hash
     FROM jsonb_to_recordset($1::jsonb) AS v(at timestamptz, actor_id uuid, actor_name text, entity_type text,
       entity_id text, action text, changes jsonb, hash text)`,
    [
      JSON.stringify(
        rows.map((r) => ({
          at: r.at,
          actor_id: r.actorId,
          actor_name: r.actorName,
          entity_type: r.entityType,
          entity_id: r.entityId,
          action: r.action,
          changes: r.changes,
          hash: r.hash,
        })),
      ),
    ],
  );
}

/** Appends an audit entry as recordAudit does: one INSERT, hashed here, nothing else read or locked. */
function appendAudit(sql: Sql, entry: AuditEntry): Promise<void> {
  return appendAudits(sql, [entry]);
}

/** Sequences known to exist: the first create of a year makes its sequence outside the timed transaction. */
const sequences = new Set<string>();

async function ensureSequence(pool: SqlPool, name: string): Promise<void> {
  if (sequences.has(name)) return;
  await pool.transaction((sql) => sql.query(`CREATE SEQUENCE IF NOT EXISTS ${name} AS bigint`));
  sequences.add(name);
}

export type CreateInput = {
  supplierId: string;
  lines: { itemId: string; quantity: string; unitPrice: string }[];
};

/** One "create a 10-line PO" as the limit does it. */
export async function createOrderRaw(pool: SqlPool, actor: Actor, input: CreateInput): Promise<void> {
  const key = randomUUID();
  const body = JSON.stringify(input);
  const sequence = documentSequenceName('purchase_order', new Date().getUTCFullYear());
  await ensureSequence(pool, sequence);
  await pool.transaction(async (sql) => {
    await sql.query(
      `INSERT INTO idempotency_keys (principal, key, method, path, request_hash)
       VALUES ($1, $2, 'POST', '/api/v1/purchase-orders', $3)`,
      [actor.id, key, createHash('sha256').update(body).digest('hex')],
    );
    const [supplier] = await sql.query<{
      currency: string;
      terms: number;
      items: { id: string; name: string; unit_code: string; tax: string }[];
    }>(
      `SELECT s.default_currency AS currency, s.payment_terms_net_days AS terms,
         (SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'unit_code', i.unit_code,
            'tax', i.default_tax_rate::text)) FROM items i WHERE i.id = ANY($2::uuid[])) AS items
       FROM suppliers s WHERE s.id = $1 AND s.status <> 'blocked'`,
      [input.supplierId, input.lines.map((l) => l.itemId)],
    );
    if (!supplier) throw new Error('supplier not found');
    const byId = new Map(supplier.items.map((i) => [i.id, i]));
    const now = new Date();
    const orderDate = now.toISOString().slice(0, 10);
    const year = now.getUTCFullYear();
    const lines = input.lines.map((l, n) => {
      const item = byId.get(l.itemId)!;
      return { ...l, lineNo: n + 1, id: newId(now.getTime()), item, taxRate: item.tax, discountPercent: '0' };
    });
    const totals = documentTotals(lines, 2);
    const [seq] = await sql.query<{ value: string }>('SELECT nextval($1::regclass)::text AS value', [
      sequence,
    ]);
    const counter = seq!.value;
    const number = `PO-${year}-${counter.padStart(5, '0')}`;
    const id = newId(now.getTime());
    await sql.query(
      `INSERT INTO purchase_orders (id, number, status, supplier_id, currency, exchange_rate, exchange_rate_date,
         payment_terms_net_days, buyer_id, order_date, subtotal, tax_total, total, total_base, created_by,
         created_at, updated_at)
       VALUES ($1, $2, 'draft', $3, $4, 1, $5, $6, $7, $5, $8, $9, $10, $10, $7, $11, $11)`,
      [
        id,
        number,
        input.supplierId,
        supplier.currency,
        orderDate,
        supplier.terms,
        actor.id,
        totals.subtotal,
        totals.tax,
        totals.total,
        now,
      ],
    );
    await sql.query(
      `INSERT INTO purchase_order_lines (id, purchase_order_id, line_no, item_id, description, quantity, unit_code,
         unit_price, discount_percent, tax_rate, tax_category, net_amount, tax_amount)
       SELECT l.id, $1, l.line_no, l.item_id, l.description, l.quantity, l.unit_code, l.unit_price, 0, l.tax_rate,
         CASE WHEN l.tax_rate = 0 THEN 'Z' ELSE 'S' END, l.net_amount, l.tax_amount
       FROM unnest($2::uuid[], $3::int[], $4::uuid[], $5::text[], $6::numeric[], $7::text[], $8::numeric[],
         $9::numeric[], $10::numeric[], $11::numeric[])
         AS l(id, line_no, item_id, description, quantity, unit_code, unit_price, tax_rate, net_amount, tax_amount)`,
      [
        id,
        lines.map((l) => l.id),
        lines.map((l) => l.lineNo),
        lines.map((l) => l.itemId),
        lines.map((l) => l.item.name),
        lines.map((l) => l.quantity),
        lines.map((l) => l.item.unit_code),
        lines.map((l) => l.unitPrice),
        lines.map((l) => l.taxRate),
        totals.lines.map((t) => t.net),
        totals.lines.map((t) => t.tax),
      ],
    );
    const order = {
      id,
      number,
      status: 'draft',
      supplierId: input.supplierId,
      currency: supplier.currency,
      exchangeRate: '1',
      exchangeRateDate: orderDate,
      paymentTermsNetDays: supplier.terms,
      buyerId: actor.id,
      orderDate,
      subtotal: totals.subtotal,
      taxTotal: totals.tax,
      total: totals.total,
      totalBase: totals.total,
      notes: '',
      terms: '',
    } as unknown as OrderRow;
    await appendAudit(sql, {
      actor,
      entityId: id,
      action: 'create',
      changes: creationChanges(order, lines.length),
    });
    await sql.query(
      `UPDATE idempotency_keys SET status_code = 201, response_body = $3, response_headers = $4
       WHERE principal = $1 AND key = $2`,
      [actor.id, key, JSON.stringify({ id, number }), JSON.stringify({ etag: '"v1"' })],
    );
  });
}

type Locked = { id: string; version: number; status: string; buyer_id: string; created_by: string | null };

async function lockOrder(sql: Sql, id: string, version: number, status: string): Promise<Locked> {
  const [order] = await sql.query<Locked & { total_base: string }>(
    'SELECT id, version, status, buyer_id, created_by, total_base FROM purchase_orders WHERE id = $1 FOR UPDATE',
    [id],
  );
  if (!order) throw new Error(`order ${id} not found`);
  if (order.version !== version)
    throw new Error(`order ${id} is at version ${order.version}, not ${version}`);
  if (order.status !== status) throw new Error(`order ${id} is ${order.status}, not ${status}`);
  return order;
}

/** One "submit + approve" as the limit does it: two transactions, as the API gets two requests. */
export async function submitApproveRaw(
  pool: SqlPool,
  buyer: Actor,
  approver: Actor,
  id: string,
): Promise<void> {
  await pool.transaction(async (sql) => {
    await lockOrder(sql, id, 1, 'draft');
    const [policy] = await sql.query(
      `SELECT id FROM approval_policies WHERE document_type = 'purchase_order' AND enabled`,
    );
    if (policy) throw new Error('the limit assumes no approval policy is enabled');
    const now = new Date();
    await sql.query(
      `UPDATE purchase_orders SET status = 'pending_approval', submitted_at = $2, updated_at = $2,
         version = version + 1 WHERE id = $1 AND version = 1`,
      [id, now],
    );
    await appendAudit(sql, {
      actor: buyer,
      entityId: id,
      action: 'submit',
      changes: { status: { before: 'draft', after: 'pending_approval' } },
    });
  });
  await pool.transaction(async (sql) => {
    const order = await lockOrder(sql, id, 2, 'pending_approval');
    if (order.buyer_id === approver.id || order.created_by === approver.id) {
      throw new Error('nobody approves their own order');
    }
    const now = new Date();
    await sql.query(
      `UPDATE purchase_orders SET status = 'approved', approved_at = $2, approved_by = $3,
         approved_total_base = total_base, updated_at = $2, version = version + 1 WHERE id = $1 AND version = 2`,
      [id, now, approver.id],
    );
    await appendAudit(sql, {
      actor: approver,
      entityId: id,
      action: 'approve',
      changes: {
        status: { before: 'pending_approval', after: 'approved' },
        approvedBy: { before: null, after: approver.id },
      },
    });
  });
}

/** Keeps an idempotency key and its answer as the API does, around `work`. */
async function idempotent(
  sql: Sql,
  actor: Actor,
  path: string,
  body: unknown,
  work: () => Promise<{ status: number; answer: unknown }>,
): Promise<void> {
  const key = randomUUID();
  await sql.query(
    `INSERT INTO idempotency_keys (principal, key, method, path, request_hash) VALUES ($1, $2, 'POST', $3, $4)`,
    [actor.id, key, path, createHash('sha256').update(JSON.stringify(body)).digest('hex')],
  );
  const { status, answer } = await work();
  await sql.query(
    `UPDATE idempotency_keys SET status_code = $3, response_body = $4, response_headers = '{}'
     WHERE principal = $1 AND key = $2`,
    [actor.id, key, status, JSON.stringify(answer)],
  );
}

/**
 * One "receive 10 lines" as the limit does it: the order locked, its lines and their items'
 * inspection flags read, each line's open quantity checked, a GR number, the receipt and its lines,
 * the order lines' quantities and the order's state, an audit entry.
 */
export async function receiveRaw(pool: SqlPool, actor: Actor, orderId: string): Promise<void> {
  const sequence = documentSequenceName('goods_receipt', new Date().getUTCFullYear());
  await ensureSequence(pool, sequence);
  await pool.transaction(async (sql) => {
    await idempotent(sql, actor, '/api/v1/receipts', { orderId }, async () => {
      const [order] = await sql.query<{
        number: string;
        status: string;
        department_id: string | null;
        supplier_id: string;
      }>(`SELECT number, status, department_id, supplier_id FROM purchase_orders WHERE id = $1 FOR UPDATE`, [
        orderId,
      ]);
      if (!order || !['sent', 'acknowledged', 'partially_received'].includes(order.status))
        throw new Error(`order ${orderId} cannot be received`);
      const lines = await sql.query<{
        line_no: number;
        open: string;
        description: string;
        item_id: string;
        unit_code: string;
        inspect: boolean;
      }>(
        `SELECT l.line_no, (l.quantity - l.quantity_short_closed - (l.quantity_received - l.quantity_rejected))::text AS open,
           l.description, l.item_id, l.unit_code, coalesce(i.inspection_required or c.inspection_required, false) AS inspect
         FROM purchase_order_lines l LEFT JOIN items i ON i.id = l.item_id LEFT JOIN item_categories c ON c.id = i.category_id
         WHERE l.purchase_order_id = $1 ORDER BY l.line_no`,
        [orderId],
      );
      if (lines.some((l) => Number(l.open) < 1))
        throw new Error(`order ${orderId} has a line with nothing open`);
      const [seq] = await sql.query<{ value: string }>('SELECT nextval($1::regclass)::text AS value', [
        sequence,
      ]);
      const now = new Date();
      const id = newId(now.getTime());
      const number = `GR-${now.getUTCFullYear()}-${seq!.value.padStart(5, '0')}`;
      await sql.query(
        `INSERT INTO receipts (id, number, kind, purchase_order_id, purchase_order_number, supplier_id, department_id,
           received_on, recorded_by, recorded_at)
         VALUES ($1, $2, 'receipt', $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          number,
          orderId,
          order.number,
          order.supplier_id,
          order.department_id,
          now.toISOString().slice(0, 10),
          actor.id,
          now,
        ],
      );
      await sql.query(
        `INSERT INTO receipt_lines (receipt_id, line_no, description, item_id, unit_code, quantity, inspection_required,
           quantity_accepted)
         SELECT $1, l.line_no, l.description, l.item_id, l.unit_code, 1, l.inspect, CASE WHEN l.inspect THEN 0 ELSE 1 END
         FROM unnest($2::int[], $3::text[], $4::uuid[], $5::text[], $6::boolean[])
           AS l(line_no, description, item_id, unit_code, inspect)`,
        [
          id,
          lines.map((l) => l.line_no),
          lines.map((l) => l.description),
          lines.map((l) => l.item_id),
          lines.map((l) => l.unit_code),
          lines.map((l) => l.inspect),
        ],
      );
      await sql.query(
        `UPDATE purchase_order_lines SET quantity_received = quantity_received + 1,
           quantity_accepted = quantity_accepted + CASE WHEN $2 THEN 0 ELSE 1 END
         WHERE purchase_order_id = $1`,
        [orderId, lines.every((l) => !l.inspect)],
      );
      if (order.status !== 'partially_received') {
        await sql.query(
          `UPDATE purchase_orders SET status = 'partially_received', received_from_status = status,
             version = version + 1, updated_at = $2 WHERE id = $1`,
          [orderId, now],
        );
      }
      await appendAudit(sql, {
        actor,
        entityId: orderId,
        action: 'goods_receipt',
        changes: {
          receipt: {
            before: null,
            after: `${number}: ${lines.map((l) => `line ${l.line_no} × 1 ${l.unit_code}`).join(', ')}`,
          },
        },
      });
      return { status: 201, answer: { id, number } };
    });
  });
}

/**
 * One "inspect 10 lines" as the limit does it: the receipt read, the order and the receipt's lines
 * locked, what awaits inspection checked, the results kept, the sums of the receipt and order
 * lines added to, an audit entry.
 */
export async function inspectRaw(pool: SqlPool, actor: Actor, receiptId: string): Promise<void> {
  await pool.transaction(async (sql) => {
    await idempotent(sql, actor, `/api/v1/receipts/${receiptId}/inspection`, { receiptId }, async () => {
      const [receipt] = await sql.query<{ purchase_order_id: string; number: string }>(
        'SELECT purchase_order_id, number FROM receipts WHERE id = $1',
        [receiptId],
      );
      if (!receipt) throw new Error(`receipt ${receiptId} not found`);
      await sql.query('SELECT id FROM purchase_orders WHERE id = $1 FOR UPDATE', [receipt.purchase_order_id]);
      const lines = await sql.query<{ line_no: number; pending: string }>(
        `SELECT line_no, (quantity - quantity_reversed - quantity_accepted - quantity_rejected)::text AS pending
         FROM receipt_lines WHERE receipt_id = $1 ORDER BY line_no FOR UPDATE`,
        [receiptId],
      );
      if (lines.some((l) => Number(l.pending) < 1))
        throw new Error(`receipt ${receiptId} has nothing to inspect`);
      const now = new Date();
      await sql.query(
        `INSERT INTO inspections (id, receipt_id, line_no, purchase_order_id, quantity_accepted, quantity_rejected,
           rejection_reason, inspected_by, inspected_at)
         SELECT gen_random_uuid(), $1, l.line_no, $2, CASE WHEN l.line_no = 1 THEN 0 ELSE 1 END,
           CASE WHEN l.line_no = 1 THEN 1 ELSE 0 END, CASE WHEN l.line_no = 1 THEN 'damaged' END, $3, $4
         FROM unnest($5::int[]) AS l(line_no)`,
        [receiptId, receipt.purchase_order_id, actor.id, now, lines.map((l) => l.line_no)],
      );
      await sql.query(
        `UPDATE receipt_lines SET quantity_accepted = quantity_accepted + CASE WHEN line_no = 1 THEN 0 ELSE 1 END,
           quantity_rejected = quantity_rejected + CASE WHEN line_no = 1 THEN 1 ELSE 0 END
         WHERE receipt_id = $1`,
        [receiptId],
      );
      await sql.query(
        `UPDATE purchase_order_lines SET quantity_accepted = quantity_accepted + CASE WHEN line_no = 1 THEN 0 ELSE 1 END,
           quantity_rejected = quantity_rejected + CASE WHEN line_no = 1 THEN 1 ELSE 0 END
         WHERE purchase_order_id = $1`,
        [receipt.purchase_order_id],
      );
      await appendAudit(sql, {
        actor,
        entityId: receipt.purchase_order_id,
        action: 'inspection',
        changes: { inspection: { before: null, after: `${receipt.number}: ${lines.length} lines` } },
      });
      return { status: 200, answer: { id: receiptId } };
    });
  });
}

/** An invoice of every line of a received order in full, as the invoicing limits write it. */
export type InvoiceRawInput = {
  orderId: string;
  lines: {
    lineNo: number;
    quantity: string;
    unitPrice: string;
    netAmount: string;
    taxRate: string;
    taxCategory: string;
  }[];
};

/**
 * One invoice entered (or imported) and matched, as the limit does it: the idempotency key and
 * answer, the order locked, its lines with what their receipts accepted and not yet invoiced read
 * (one statement), the supplier's number checked for a duplicate, an INV number, the invoice and
 * its lines as matched, a ledger entry per line from its receipt line, the receipt lines' and order
 * lines' billed quantities, the order's state when it is billed in full, an event and an audit
 * entry. No XML, no tolerances: the database's own cost of what the API writes.
 */
export async function invoiceRaw(
  pool: SqlPool,
  actor: Actor,
  input: InvoiceRawInput,
  supplierNumber: string,
  source: 'form' | 'ubl',
): Promise<void> {
  const sequence = documentSequenceName('invoice', new Date().getUTCFullYear());
  await ensureSequence(pool, sequence);
  await pool.transaction(async (sql) => {
    await idempotent(sql, actor, '/api/v1/invoices', { orderId: input.orderId, supplierNumber }, async () => {
      const [order] = await sql.query<{
        number: string;
        supplier_id: string;
        department_id: string | null;
        currency: string;
        exchange_rate: string;
        terms: number;
        open: { line_no: number; receipt_id: string; receipt_line_no: number; available: string }[];
      }>(
        `SELECT o.number, o.supplier_id, o.department_id, o.currency, o.exchange_rate::text, o.payment_terms_net_days AS terms,
           (SELECT json_agg(json_build_object('line_no', rl.line_no, 'receipt_id', rl.receipt_id,
              'receipt_line_no', rl.line_no, 'available', (rl.quantity_accepted - rl.quantity_invoiced)::text))
            FROM receipts r JOIN receipt_lines rl ON rl.receipt_id = r.id
            WHERE r.purchase_order_id = o.id AND rl.quantity_accepted > rl.quantity_invoiced) AS open
         FROM purchase_orders o WHERE o.id = $1 AND o.status IN ('partially_received', 'received') FOR UPDATE OF o`,
        [input.orderId],
      );
      if (!order) throw new Error(`order ${input.orderId} cannot be invoiced`);
      const key = supplierNumber.toLowerCase().replace(/[^a-z0-9]/g, '');
      const [dup] = await sql.query(
        `SELECT id FROM invoices WHERE supplier_id = $1 AND supplier_invoice_key = $2
           AND status NOT IN ('rejected', 'cancelled')`,
        [order.supplier_id, key],
      );
      if (dup) throw new Error(`supplier number ${supplierNumber} exists`);
      const receiptLine = new Map((order.open ?? []).map((o) => [o.line_no, o]));
      for (const l of input.lines) {
        const open = receiptLine.get(l.lineNo);
        if (!open || Number(open.available) < Number(l.quantity))
          throw new Error(`order ${input.orderId} line ${l.lineNo} has nothing accepted to bill`);
      }
      const [seq] = await sql.query<{ value: string }>('SELECT nextval($1::regclass)::text AS value', [
        sequence,
      ]);
      const now = new Date();
      const today = now.toISOString().slice(0, 10);
      const id = newId(now.getTime());
      const number = `INV-${now.getUTCFullYear()}-${seq!.value.padStart(5, '0')}`;
      let net = 0;
      let tax = 0;
      for (const l of input.lines) {
        net += Number(l.netAmount);
        tax += Math.round(Number(l.netAmount) * Number(l.taxRate)) / 100;
      }
      const payable = (net + tax).toFixed(2);
      await sql.query(
        `INSERT INTO invoices (id, number, kind, status, source, supplier_id, supplier_invoice_number,
           supplier_invoice_key, purchase_order_id, purchase_order_number, department_id, issue_date, received_on,
           currency, exchange_rate, exchange_rate_date, line_extension_amount, tax_exclusive_amount, tax_amount,
           tax_inclusive_amount, payable_amount, payable_amount_base, payment_terms_net_days, payment_terms_basis,
           due_date, matched_at, created_by, created_at, updated_at)
         VALUES ($1, $2, 'invoice', 'matched', $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, $10, $13, $13, $14,
           $15, $15, round($15::numeric * $12::numeric, 2), $16::smallint, 'invoice_date', $10::date + $16::smallint, $17, $18, $17,
           $17)`,
        [
          id,
          number,
          source,
          order.supplier_id,
          supplierNumber,
          key,
          input.orderId,
          order.number,
          order.department_id,
          today,
          order.currency,
          order.exchange_rate,
          net.toFixed(2),
          tax.toFixed(2),
          payable,
          order.terms,
          now,
          actor.id,
        ],
      );
      const lineNos = input.lines.map((l) => l.lineNo);
      const quantities = input.lines.map((l) => l.quantity);
      await sql.query(
        `INSERT INTO invoice_lines (invoice_id, line_no, order_line_no, description, quantity, unit_code, unit_price,
           net_amount, tax_category, tax_rate, order_unit_quantity, order_unit_price, match_type, match_status,
           price_variance, quantity_variance)
         SELECT $1, v.line_no, v.line_no, pl.description, v.quantity, pl.unit_code, v.price, v.net, v.category,
           v.rate, v.quantity, v.price, 'three_way', 'matched', 0, 0
         FROM unnest($2::int[], $3::numeric[], $4::numeric[], $5::numeric[], $6::text[], $7::numeric[])
           AS v(line_no, quantity, price, net, category, rate)
         JOIN purchase_order_lines pl ON pl.purchase_order_id = $8 AND pl.line_no = v.line_no`,
        [
          id,
          lineNos,
          quantities,
          input.lines.map((l) => l.unitPrice),
          input.lines.map((l) => l.netAmount),
          input.lines.map((l) => l.taxCategory),
          input.lines.map((l) => l.taxRate),
          input.orderId,
        ],
      );
      await sql.query(
        `INSERT INTO invoice_matches (invoice_id, invoice_line_no, purchase_order_id, order_line_no, receipt_id,
           receipt_line_no, quantity, amount, recorded_at)
         SELECT $1, v.line_no, $2, v.line_no, v.receipt_id, v.line_no, v.quantity, v.net, $6
         FROM unnest($3::int[], $4::numeric[], $5::numeric[], $7::uuid[]) AS v(line_no, quantity, net, receipt_id)`,
        [
          id,
          input.orderId,
          lineNos,
          quantities,
          input.lines.map((l) => l.netAmount),
          now,
          input.lines.map((l) => receiptLine.get(l.lineNo)!.receipt_id),
        ],
      );
      await sql.query(
        `UPDATE receipt_lines rl SET quantity_invoiced = rl.quantity_invoiced + v.quantity
         FROM unnest($1::uuid[], $2::int[], $3::numeric[]) AS v(receipt_id, line_no, quantity)
         WHERE rl.receipt_id = v.receipt_id AND rl.line_no = v.line_no`,
        [input.lines.map((l) => receiptLine.get(l.lineNo)!.receipt_id), lineNos, quantities],
      );
      const [billed] = await sql.query<{ settled: boolean }>(
        `WITH u AS (
           UPDATE purchase_order_lines l SET quantity_billed = l.quantity_billed + v.quantity
           FROM unnest($2::int[], $3::numeric[]) AS v(line_no, quantity)
           WHERE l.purchase_order_id = $1 AND l.line_no = v.line_no
           RETURNING l.quantity, l.quantity_billed)
         SELECT bool_and(quantity_billed >= quantity) AS settled FROM u`,
        [input.orderId, lineNos, quantities],
      );
      await sql.query(
        `UPDATE purchase_orders SET status = CASE WHEN $2 THEN 'closed' ELSE status END,
           version = version + 1, updated_at = $3 WHERE id = $1`,
        [input.orderId, Boolean(billed?.settled), now],
      );
      await sql.query(
        `INSERT INTO events (id, type, subject_type, subject_id, actor_id, payload, occurred_at)
         VALUES ($1, 'invoice.matched', 'invoice', $2, $3, $4, $5)`,
        [
          randomUUID(),
          id,
          actor.id,
          JSON.stringify({ id, number, status: 'matched', payableAmount: payable }),
          now,
        ],
      );
      await appendAudit(sql, {
        actor,
        entityType: 'invoice',
        entityId: id,
        action: 'create',
        changes: {
          status: { before: null, after: 'matched' },
          lines: { before: null, after: input.lines.length },
        },
      });
      return { status: 201, answer: { id, number } };
    });
  });
}

/**
 * One payment run proposed and confirmed, as the limit does it, in two transactions as the API's
 * two requests: the invoices due by `dueBy` read (with their credit notes, as the proposal reads
 * them), a PAY number, the run and its lines (one statement), an audit entry; then the run locked,
 * its invoices locked, the paying account and the suppliers' accounts read, one payment per
 * supplier and currency (one statement), the lines assigned to them, the invoices scheduled (one
 * statement), an event and an audit entry per invoice (one statement each) and the run's.
 */
export async function paymentRunRaw(
  pool: SqlPool,
  actor: Actor,
  dueBy: string,
  expected: number,
): Promise<void> {
  const year = new Date().getUTCFullYear();
  const sequence = documentSequenceName('payment_run', year);
  await ensureSequence(pool, sequence);
  const id = newId(Date.now());
  const number = await pool.transaction(async (sql) => {
    const [seq] = await sql.query<{ value: string }>('SELECT nextval($1::regclass)::text AS value', [
      sequence,
    ]);
    const runNumber = `PAY-${year}-${seq!.value.padStart(5, '0')}`;
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    await sql.query(
      `INSERT INTO payment_runs (id, number, status, payment_date, due_by, next_run_date, created_by, created_at, updated_at)
       VALUES ($1, $2, 'draft', $3, $4, $3::date + 7, $5, $6, $6)`,
      [id, runNumber, today, dueBy, actor.id, now],
    );
    const [lines] = await sql.query<{ n: string }>(
      `WITH payable AS (
         SELECT id, supplier_id, currency, payable_amount - amount_paid - discount_taken AS open, due_date, seq
         FROM invoices
         WHERE status = 'approved_for_payment' AND kind = 'invoice'
           AND (due_date <= $2 OR (discount_date IS NOT NULL AND discount_date < $2::date + 7))
         UNION ALL
         SELECT c.id, c.supplier_id, c.currency, -(c.payable_amount - c.amount_paid - c.discount_taken), c.due_date, c.seq
         FROM invoices c WHERE c.status = 'approved_for_payment' AND c.kind = 'credit_note'
           AND (c.supplier_id, c.currency) IN (SELECT supplier_id, currency FROM invoices
             WHERE status = 'approved_for_payment' AND kind = 'invoice' AND due_date <= $2)),
       ins AS (
         INSERT INTO payment_run_lines (payment_run_id, line_no, invoice_id, supplier_id, currency, status, open_amount,
           amount, reason)
         SELECT $1, row_number() OVER (ORDER BY due_date, seq), id, supplier_id, currency, 'proposed', abs(open), open,
           'due'
         FROM payable RETURNING 1)
       SELECT count(*)::text AS n FROM ins`,
      [id, dueBy],
    );
    if (Number(lines!.n) !== expected) throw new Error(`the run due by ${dueBy} has ${lines!.n} lines`);
    await appendAudit(sql, {
      actor,
      entityType: 'payment_run',
      entityId: id,
      action: 'create',
      changes: { status: { before: null, after: 'draft' }, lines: { before: null, after: expected } },
    });
    return runNumber;
  });
  await pool.transaction(async (sql) => {
    const [run] = await sql.query<{ status: string }>(
      'SELECT status FROM payment_runs WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (run?.status !== 'draft') throw new Error(`payment run ${id} is not a draft`);
    const invoices = await sql.query<{ id: string; number: string; status: string }>(
      `SELECT i.id, i.number, i.status FROM invoices i
       WHERE i.id IN (SELECT invoice_id FROM payment_run_lines WHERE payment_run_id = $1)
       ORDER BY i.id FOR UPDATE OF i`,
      [id],
    );
    if (invoices.some((i) => i.status !== 'approved_for_payment'))
      throw new Error(`payment run ${id} has an invoice no longer approved for payment`);
    const [accounts] = await sql.query<{ debtor: unknown; missing: string }>(
      `SELECT (SELECT payment_account FROM settings WHERE id = 1) AS debtor,
         (SELECT count(*) FROM suppliers s WHERE s.id IN (SELECT supplier_id FROM payment_run_lines
            WHERE payment_run_id = $1) AND s.bank_details->>'iban' IS NULL)::text AS missing`,
      [id],
    );
    if (!accounts?.debtor || accounts.missing !== '0')
      throw new Error('an account to pay from or to is missing');
    const now = new Date();
    await sql.query(
      `WITH g AS (
         SELECT l.supplier_id, l.currency, sum(l.amount) AS amount, sum(l.discount_amount) AS discount,
           sum(l.amount * i.payable_amount_base / nullif(i.payable_amount, 0)) AS booked,
           string_agg(i.supplier_invoice_number, ' ' ORDER BY l.line_no) AS remittance,
           row_number() OVER (ORDER BY l.supplier_id, l.currency) AS n
         FROM payment_run_lines l JOIN invoices i ON i.id = l.invoice_id
         WHERE l.payment_run_id = $1 GROUP BY l.supplier_id, l.currency),
       p AS (
         INSERT INTO payments (id, payment_run_id, number, status, method, supplier_id, currency, amount,
           discount_amount, amount_base, invoiced_amount_base, exchange_rate, creditor_account, remittance, updated_at)
         SELECT gen_random_uuid(), $1, $2 || '-' || lpad(g.n::text, 3, '0'), 'scheduled',
           CASE WHEN g.currency = 'EUR' THEN 'sepa_credit_transfer' ELSE 'bank_transfer' END, g.supplier_id,
           g.currency, g.amount, g.discount, round(g.amount * coalesce(r.rate, 1), 2), round(g.booked, 2),
           coalesce(r.rate, 1),
           jsonb_build_object('accountName', s.bank_details->>'accountName', 'iban', s.bank_details->>'iban',
             'bic', NULL, 'accountNumber', NULL, 'bankName', NULL),
           left(g.remittance, 140), $3
         FROM g JOIN suppliers s ON s.id = g.supplier_id
         LEFT JOIN LATERAL (SELECT rate FROM exchange_rates x WHERE x.currency = g.currency
           AND x.valid_on <= current_date ORDER BY x.valid_on DESC LIMIT 1) r ON true
         RETURNING id, supplier_id, currency)
       UPDATE payment_run_lines l SET status = 'scheduled', payment_id = p.id
       FROM p WHERE l.payment_run_id = $1 AND l.supplier_id = p.supplier_id AND l.currency = p.currency`,
      [id, number, now],
    );
    await sql.query(
      `UPDATE invoices i SET status = 'scheduled', version = i.version + 1, updated_at = $2
       FROM payment_run_lines l WHERE l.payment_run_id = $1 AND l.invoice_id = i.id`,
      [id, now],
    );
    await sql.query(
      `INSERT INTO events (id, type, subject_type, subject_id, actor_id, payload, occurred_at)
       SELECT gen_random_uuid(), 'invoice.scheduled', 'invoice', v.id, $2, jsonb_build_object('id', v.id,
         'number', v.number, 'status', 'scheduled', 'paymentRun', $3::text), $4
       FROM unnest($1::text[], $5::text[]) AS v(id, number)`,
      [invoices.map((i) => i.id), actor.id, number, now, invoices.map((i) => i.number)],
    );
    await appendAudits(
      sql,
      invoices.map((i) => ({
        actor,
        entityType: 'invoice',
        entityId: i.id,
        action: 'schedule',
        changes: {
          status: { before: 'approved_for_payment', after: 'scheduled' },
          paymentRun: { before: null, after: number },
        },
      })),
    );
    await sql.query(
      `UPDATE payment_runs SET status = 'confirmed', confirmed_by = $2, confirmed_at = $3,
         debtor_account = (SELECT payment_account FROM settings WHERE id = 1), version = version + 1, updated_at = $3
       WHERE id = $1`,
      [id, actor.id, now],
    );
    await appendAudit(sql, {
      actor,
      entityType: 'payment_run',
      entityId: id,
      action: 'confirm',
      changes: { status: { before: 'draft', after: 'confirmed' } },
    });
  });
}
