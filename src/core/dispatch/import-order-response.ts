import { type ReadOrderResponse, readOrderResponse } from '../../documents/order-response-ubl';
import { readUbl } from '../../documents/ubl-reader';
import type { LineDecision } from '../../domain/dispatch';
import * as catalog from '../catalog';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import type { FieldError } from '../shared/errors';
import { D } from '../shared/money';
import { documentProblems, locateInDocument, readUblOrThrow } from '../shared/ubl-import';
import {
  type ResponseLineInput,
  type SupplierResponse,
  type SupplierResponseInput,
  submitSupplierResponse,
} from './supplier-response';

/** UNCL 1229 line status codes read as a decision: 5 accepted, 3 changed, 7 not accepted. */
const LINE_STATUS_DECISIONS: Record<string, LineDecision> = { '5': 'accept', '3': 'change', '7': 'reject' };

type Mapped = { input: SupplierResponseInput; paths: string[] };

/**
 * The document's answer as the portal's: one answer per order line. Lines the document does not
 * name take the response code's meaning (AP and CA: accepted as ordered; RE: rejected).
 */
async function mapAnswer(
  ctx: Ctx,
  order: purchaseOrders.PurchaseOrder,
  read: ReadOrderResponse,
): Promise<Mapped> {
  const root = '/OrderResponse';
  const problems: FieldError[] = [];
  if (read.orderNumber !== order.number) {
    problems.push({
      path: `${root}/cac:OrderReference/cbc:ID`,
      message: read.orderNumber
        ? `is ${read.orderNumber}, not this order's number ${order.number}`
        : `is missing: it must be this order's number ${order.number}`,
    });
  }
  const code = read.code.toUpperCase();
  if (code === 'AB') {
    problems.push({
      path: `${root}/cbc:OrderResponseCode`,
      message: 'is AB (message acknowledgement), which answers no line: send AP, RE or CA',
    });
  } else if (!['AP', 'RE', 'CA'].includes(code)) {
    problems.push({
      path: `${root}/cbc:OrderResponseCode`,
      message: `is "${read.code}": OpenPO reads AP (accepted), RE (rejected) and CA (accepted with changes)`,
    });
  }
  const byNo = new Map(order.lines.map((l) => [l.lineNo, l]));
  const answered = new Map<number, { line: ResponseLineInput; path: string }>();
  for (const l of read.lines) {
    const lineNo = l.lineId && /^\d{1,6}$/.test(l.lineId) ? Number(l.lineId) : null;
    const line = lineNo === null ? undefined : byNo.get(lineNo);
    if (!line || lineNo === null) {
      problems.push({
        path: `${l.path}/cac:OrderLineReference/cbc:LineID`,
        message: l.lineId
          ? `is ${l.lineId}, not a line of ${order.number} (lines ${order.lines.map((x) => x.lineNo).join(', ')})`
          : 'is missing: name the order line answered',
      });
      continue;
    }
    if (answered.has(lineNo)) {
      problems.push({
        path: `${l.path}/cac:OrderLineReference/cbc:LineID`,
        message: `answers line ${lineNo} a second time`,
      });
      continue;
    }
    let quantity: string | null = null;
    if (l.quantity) {
      const q = l.quantity;
      if (!/^\d+(\.\d+)?$/.test(q.value)) {
        problems.push({
          path: `${l.path}/cac:LineItem/cbc:Quantity`,
          message: `is "${q.value}", not a quantity`,
        });
      } else if (q.unitCode) {
        quantity = await catalog.convertFromUneceUnit(ctx, {
          quantity: q.value,
          uneceCode: q.unitCode,
          toUnit: line.unitCode,
        });
        if (quantity === null) {
          problems.push({
            path: `${l.path}/cac:LineItem/cbc:Quantity/@unitCode`,
            message: `is ${q.unitCode}, which does not convert to the line's unit ${line.unitCode}`,
          });
        }
      } else {
        quantity = q.value;
      }
    }
    let unitPrice: string | null = null;
    if (l.price) {
      if (l.price.currency && l.price.currency !== order.currency) {
        problems.push({
          path: `${l.path}/cac:LineItem/cac:Price/cbc:PriceAmount/@currencyID`,
          message: `is ${l.price.currency}, not the order's currency ${order.currency}`,
        });
      } else if (!/^\d+(\.\d+)?$/.test(l.price.value)) {
        problems.push({
          path: `${l.path}/cac:LineItem/cac:Price/cbc:PriceAmount`,
          message: `is "${l.price.value}", not a price`,
        });
      } else {
        unitPrice = l.price.value;
      }
    }
    const promisedDate = l.promisedDate ? l.promisedDate.slice(0, 10) : null;
    let decision: LineDecision | undefined;
    if (l.statusCode) {
      decision = LINE_STATUS_DECISIONS[l.statusCode];
      if (!decision) {
        problems.push({
          path: `${l.path}/cac:LineItem/cbc:LineStatusCode`,
          message: `is "${l.statusCode}": OpenPO reads 5 (accepted), 3 (changed) and 7 (not accepted)`,
        });
        continue;
      }
    } else if (code === 'RE') {
      decision = 'reject';
    } else {
      // No status: a line that differs from the order proposes a change, else accepts it.
      const differs =
        (quantity !== null && !D(quantity).eq(line.quantity)) ||
        (unitPrice !== null && !D(unitPrice).eq(line.unitPrice)) ||
        (promisedDate !== null && promisedDate !== (line.neededBy ?? order.expectedDeliveryDate));
      decision = differs ? 'change' : 'accept';
    }
    answered.set(lineNo, {
      path: l.path,
      line: {
        lineNo,
        decision,
        promisedDate,
        // An accepted line's quantity and price are the order's; a document repeating them is fine.
        quantity: decision === 'change' ? quantity : null,
        unitPrice: decision === 'change' ? unitPrice : null,
        reason: l.note ?? (decision === 'reject' ? (read.note ?? 'Not accepted') : null),
      },
    });
  }
  if (problems.length > 0) {
    throw documentProblems(
      `The Order Response cannot be read as an answer to ${order.number}: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`}.`,
      problems,
    );
  }
  const lines: ResponseLineInput[] = [];
  const paths: string[] = [];
  for (const line of order.lines) {
    const a = answered.get(line.lineNo);
    if (a) {
      lines.push(a.line);
      paths.push(a.path);
    } else {
      lines.push({
        lineNo: line.lineNo,
        decision: code === 'RE' ? 'reject' : 'accept',
        reason: code === 'RE' ? (read.note ?? 'Not accepted') : null,
      });
      paths.push(`${root}/cbc:OrderResponseCode`);
    }
  }
  return { input: { orderRevision: order.revision, note: read.note, lines }, paths };
}

/** Where an answer field is in an Order Response line. */
const FIELD_PATHS: Record<string, string> = {
  lineNo: '/cac:OrderLineReference/cbc:LineID',
  decision: '/cac:LineItem/cbc:LineStatusCode',
  promisedDate: '/cac:LineItem/cac:Delivery/cac:PromisedDeliveryPeriod',
  quantity: '/cac:LineItem/cbc:Quantity',
  unitPrice: '/cac:LineItem/cac:Price/cbc:PriceAmount',
  reason: '/cac:LineItem/cbc:Note',
};

/**
 * A supplier's answer sent as a UBL OrderResponse (2.0 to 2.4; PEPPOL BIS T76 or not): read,
 * checked against the OASIS schema, mapped onto the portal's per-line answer and submitted as one
 * (same rules, same outcome: acknowledged, or a proposal for the buyer). Posted by the supplier's
 * user (an API token) or recorded by the buyer from what the supplier e-mailed. 422 lists every
 * problem with its place in the document (a line, or a path such as `/OrderResponse/cac:OrderLine
 * [2]/cac:OrderLineReference/cbc:LineID`); nothing changes. The document is kept byte for byte.
 */
export async function importOrderResponse(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; body: Buffer },
): Promise<SupplierResponse> {
  // 404 first: a document for an order the caller may not see is not read at all.
  const order = await purchaseOrders.getPurchaseOrder(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  const root = await readUblOrThrow(() => readUbl(opts.body, 'OrderResponse'));
  const { input, paths } = await mapAnswer(ctx, order, readOrderResponse(root));
  return submitSupplierResponse(ctx, {
    actor: opts.actor,
    purchaseOrderId: order.id,
    input,
    source: 'ubl',
    document: opts.body,
    locate: locateInDocument({ root: '/OrderResponse', linePaths: paths, lineFields: FIELD_PATHS }),
  });
}
