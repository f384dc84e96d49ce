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

/** Appends an audit entry as recordAudit does: one INSERT, hashed here, nothing else read or locked. */
async function appendAudit(
  sql: Sql,
  entry: { actor: Actor; entityId: string; action: string; changes: Changes },
): Promise<void> {
  const fields = {
    at: new Date(),
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    entityType: 'purchase_order',
    entityId: entry.entityId,
    action: entry.action,
    changes: JSON.parse(JSON.stringify(entry.changes)) as Changes,
    reason: null,
  };
  await sql.query(
    `INSERT INTO audit_log (at, actor_id, actor_name, entity_type, entity_id, action, changes, reason, hash)
     VALUES ($1, $2, $3, 'purchase_order', $4, $5, $6, NULL, $7)`,
    [
      fields.at,
      fields.actorId,
      fields.actorName,
      fields.entityId,
      fields.action,
      JSON.stringify(fields.changes),
      entryHash(fields),
    ],
  );
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
