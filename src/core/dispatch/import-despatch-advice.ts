import { readDespatchAdvice } from '../../documents/despatch-advice-ubl';
import { readUbl } from '../../documents/ubl-reader';
import * as catalog from '../catalog';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import type { FieldError } from '../shared/errors';
import { D, normalize } from '../shared/money';
import { documentProblems, locateInDocument, readUblOrThrow } from '../shared/ubl-import';
import { createShipNotice, type ShipNotice } from './ship-notices';

const QUANTITY_RE = /^\d{1,12}(\.\d{1,6})?$/;

/**
 * A ship notice sent as a UBL DespatchAdvice (2.0 to 2.4, any namespace prefixes): read, checked
 * against the OASIS schema, its order found by `cac:OrderReference/cbc:ID` (our order number) and
 * its lines by `cac:OrderLineReference/cbc:LineID` (our line numbers; several despatch lines of one
 * order line add up), quantities converted from their UN/ECE unit to the line's. Then the same
 * rules as any ship notice (open quantity and tolerance). 422 lists every problem with its place in
 * the document — an order that is unknown, another supplier's or not sent reads the same —; nothing
 * changes. The document is kept byte for byte.
 */
export async function importDespatchAdvice(
  ctx: Ctx,
  opts: { actor: Actor; body: Buffer },
): Promise<ShipNotice> {
  const root = await readUblOrThrow(() => readUbl(opts.body, 'DespatchAdvice'));
  const read = readDespatchAdvice(root);
  const problems: FieldError[] = [];
  const number = read.orderNumber ?? read.lines.find((l) => l.orderNumber)?.orderNumber ?? null;
  const orderId = number
    ? await purchaseOrders.findVisiblePurchaseOrderId(ctx, { actor: opts.actor, number })
    : null;
  if (!number) {
    problems.push({ path: read.orderNumberPath, message: 'is missing: name the order shipped against' });
  } else if (!orderId) {
    problems.push({
      path: read.orderNumber
        ? read.orderNumberPath
        : `${read.lines[0]!.path}/cac:OrderLineReference/cac:OrderReference/cbc:ID`,
      message: `is ${number}: no order with this number was sent to you`,
    });
  }
  const order = orderId
    ? await purchaseOrders.getPurchaseOrder(ctx, { actor: opts.actor, id: orderId })
    : null;
  const byNo = new Map(order?.lines.map((l) => [l.lineNo, l]) ?? []);

  // Several despatch lines of one order line (packed apart, batches) add up.
  const shipped = new Map<number, { quantity: string; path: string }>();
  for (const l of read.lines) {
    if (l.orderNumber && number && l.orderNumber !== number) {
      problems.push({
        path: `${l.path}/cac:OrderLineReference/cac:OrderReference/cbc:ID`,
        message: `is ${l.orderNumber}: a ship notice is for one order (${number})`,
      });
      continue;
    }
    const lineNo = l.lineId && /^\d{1,6}$/.test(l.lineId) ? Number(l.lineId) : null;
    const line = lineNo === null ? undefined : byNo.get(lineNo);
    if (lineNo === null || (order && !line)) {
      problems.push({
        path: `${l.path}/cac:OrderLineReference/cbc:LineID`,
        message: l.lineId
          ? `is ${l.lineId}, not a line of ${order?.number ?? number} (lines ${order?.lines.map((x) => x.lineNo).join(', ')})`
          : 'is missing: name the order line shipped',
      });
      continue;
    }
    if (!l.quantity || !QUANTITY_RE.test(l.quantity.value)) {
      problems.push({
        path: `${l.path}/cbc:DeliveredQuantity`,
        message: l.quantity
          ? `is "${l.quantity.value}", not a quantity`
          : 'is missing: say how much was shipped',
      });
      continue;
    }
    if (D(l.quantity.value).eq(0)) continue; // listed, nothing shipped (a backorder)
    if (!line) continue;
    let quantity = l.quantity.value;
    if (l.quantity.unitCode) {
      const converted = await catalog.convertFromUneceUnit(ctx, {
        quantity,
        uneceCode: l.quantity.unitCode,
        toUnit: line.unitCode,
      });
      if (converted === null) {
        problems.push({
          path: `${l.path}/cbc:DeliveredQuantity/@unitCode`,
          message: `is ${l.quantity.unitCode}, which does not convert to line ${lineNo}'s unit ${line.unitCode}`,
        });
        continue;
      }
      quantity = converted;
    }
    const before = shipped.get(lineNo);
    shipped.set(lineNo, {
      quantity: normalize(
        D(before?.quantity ?? '0')
          .plus(quantity)
          .toFixed(),
      ),
      path: before?.path ?? l.path,
    });
  }
  let packages: number | null = null;
  if (read.packages) {
    if (/^\d{1,6}(\.0+)?$/.test(read.packages.value)) packages = Number.parseInt(read.packages.value, 10);
    else
      problems.push({
        path: read.packages.path,
        message: `is "${read.packages.value}", not a whole number of packages`,
      });
  }
  if (problems.length > 0 || !order) {
    throw documentProblems(
      `The Despatch Advice cannot be read as a ship notice: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`}.`,
      problems,
    );
  }
  const lines = [...shipped.entries()].map(([lineNo, s]) => ({ lineNo, quantity: s.quantity }));
  const paths = [...shipped.values()].map((s) => s.path);
  return createShipNotice(ctx, {
    actor: opts.actor,
    purchaseOrderId: order.id,
    source: 'ubl',
    document: opts.body,
    input: {
      despatchDate: read.despatchDate ?? ctx.clock.now().toISOString().slice(0, 10),
      expectedDeliveryDate: read.expectedDeliveryDate,
      carrier: read.carrier?.slice(0, 200) ?? null,
      trackingNumber: read.trackingNumber?.slice(0, 200) ?? null,
      packages,
      note: read.note?.slice(0, 2000) ?? null,
      supplierReference: read.id?.slice(0, 200) ?? null,
      lines,
    },
    locate: locateInDocument({
      root: '/DespatchAdvice',
      linePaths: paths,
      lineFields: { lineNo: '/cac:OrderLineReference/cbc:LineID', quantity: '/cbc:DeliveredQuantity' },
      fields: {
        lines: '/DespatchAdvice',
        expectedDeliveryDate: '/DespatchAdvice/cac:Shipment/cac:Delivery/cac:EstimatedDeliveryPeriod',
      },
    }),
  });
}
