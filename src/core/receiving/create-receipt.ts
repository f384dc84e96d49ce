import { RECEIVABLE_ORDER_STATUSES } from '../../domain/receiving';
import * as catalog from '../catalog';
import * as dispatch from '../dispatch';
import * as organisation from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import { type Actor, can } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError, type FieldError, FieldErrors } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { newId } from '../shared/ids';
import { D, normalize } from '../shared/money';
import { type Receipt, toReceipt } from './receipt';
import { recordReceivingChange } from './record-change';
import * as repo from './repository';
import { checkReceipt, expectedQuantity, receiptDelta } from './rules';

type OrderLine = purchaseOrders.ReceivingView['lines'][number];

export type ReceiptLineInput = {
  lineNo: number;
  /** What arrived; a service line may instead give `amount` or `percentComplete` (one of the three). */
  quantity?: string | null;
  /** A service delivered for this amount (net, in the order's currency): the quantity it pays for. */
  amount?: string | null;
  /** A service this far complete in all (0–100 % of the line): what it adds to what was confirmed. */
  percentComplete?: string | null;
  /** The unit the quantity is in, when not the order line's (it must convert to it). */
  unitCode?: string | null;
  lotNumber?: string | null;
  serialNumbers?: string[] | null;
};

export type ReceiptInput = {
  purchaseOrderId: string;
  /** The ship notice the goods came with. */
  shipNoticeId?: string | null;
  /** Today when not given; never in the future. */
  receivedOn?: string | null;
  deliveryNote?: string | null;
  storageLocation?: string | null;
  note?: string | null;
  lines: ReceiptLineInput[];
};

/** A line of the input matched to its order line, with its quantity in the line's unit. */
type Checked = {
  input: ReceiptLineInput;
  line: OrderLine;
  path: string;
  quantity: string;
  allowance: string;
  explanation: string;
  inspectionRequired: boolean;
  /** A service confirmed by amount or percentage: what was entered. */
  confirmedAmount: string | null;
  confirmedPercent: string | null;
};

/** 409 unless goods can be received against the order in its state. */
export function throwIfNotReceivable(order: { number: string; status: string }): void {
  if (!(RECEIVABLE_ORDER_STATUSES as readonly string[]).includes(order.status)) {
    throw AppError.conflict(
      `${order.number} is in status "${order.status}": goods can be received only against an order that was sent and is not yet fully received.`,
      { currentStatus: order.status },
    );
  }
}

const trimmed = (s: string | null | undefined): string | null => s?.trim() || null;

/**
 * Checks a receipt against the order as read: the date, the ship notice, each line's quantity,
 * unit and over-receipt limit; every problem at once (422). Returns the lines in the order line's
 * unit with what the tolerance allows.
 */
async function checkReceiptInput(
  ctx: Ctx,
  order: purchaseOrders.ReceivingView,
  input: ReceiptInput,
  today: string,
  opts: { receivesGoods: boolean },
): Promise<{ lines: Checked[]; shipNotice: dispatch.ShipNotice | null }> {
  const errors = new FieldErrors();
  if (input.receivedOn && input.receivedOn > today)
    errors.add('receivedOn', `must not be after today (${today})`);
  if (input.lines.length === 0) errors.add('lines', 'must name at least one line received');
  const byNo = new Map(order.lines.map((l) => [l.lineNo, l]));
  const named = new Set<number>();
  const matched: { input: ReceiptLineInput; line: OrderLine; path: string }[] = [];
  for (const [i, l] of input.lines.entries()) {
    const path = `lines[${i}]`;
    const line = byNo.get(l.lineNo);
    if (!line) errors.add(`${path}.lineNo`, `is not a line of ${order.number}`);
    else if (named.has(l.lineNo)) errors.add(`${path}.lineNo`, `names line ${l.lineNo} a second time`);
    else {
      named.add(l.lineNo);
      matched.push({ input: l, line, path });
    }
  }
  const itemIds = matched.flatMap((m) => (m.line.itemId ? [m.line.itemId] : []));
  const [shipNotice, traits] = await Promise.all([
    input.shipNoticeId ? dispatch.findShipNotice(ctx, { id: input.shipNoticeId }) : null,
    catalog.receivingTraitsOf(ctx, {
      itemIds,
      unitCodes: matched.flatMap((m) => [m.line.unitCode, ...(m.input.unitCode ? [m.input.unitCode] : [])]),
    }),
  ]);
  if (input.shipNoticeId && shipNotice?.purchaseOrderId !== order.id) {
    errors.add('shipNoticeId', `is not a ship notice of ${order.number}`);
  }
  const tolerances = await organisation.effectiveTolerancesOf(ctx, {
    supplierId: order.supplierId,
    lines: matched.map((m) => ({
      itemId: m.line.itemId,
      categoryId: m.line.itemId ? (traits.items.get(m.line.itemId)?.categoryId ?? null) : null,
    })),
  });
  const checked: Checked[] = [];
  for (const [i, m] of matched.entries()) {
    const { input: l, line, path } = m;
    const service = line.itemId ? (traits.items.get(line.itemId)?.service ?? false) : false;
    const given = [l.quantity, l.amount, l.percentComplete].filter((v) => v !== undefined && v !== null);
    if (given.length !== 1) {
      errors.add(
        `${path}.quantity`,
        service
          ? 'give one of quantity, amount or percentComplete for a service line'
          : 'is required: the quantity received',
      );
      continue;
    }
    if (!service && (l.amount != null || l.percentComplete != null)) {
      errors.add(
        `${path}.${l.amount != null ? 'amount' : 'percentComplete'}`,
        `is for service lines; line ${line.lineNo} is goods: give the quantity received`,
      );
      continue;
    }
    if (!service && !opts.receivesGoods) {
      errors.add(
        `${path}.lineNo`,
        `line ${line.lineNo} is goods: the dock receives it (a receiver); you may confirm service lines`,
      );
      continue;
    }
    const confirmed = service ? serviceQuantity(line, l, path, errors) : null;
    if (service && !confirmed) continue;
    if (!confirmed && D(l.quantity!).lte(0)) {
      errors.add(`${path}.quantity`, 'must be more than 0');
      continue;
    }
    let quantity = confirmed?.quantity ?? normalize(l.quantity!);
    // An amount or a percentage comes to the line's own unit.
    const unit = l.quantity != null ? (l.unitCode ?? line.unitCode) : line.unitCode;
    if (unit !== line.unitCode) {
      if (!traits.unitDecimals.has(unit)) {
        errors.add(`${path}.unitCode`, `is not a unit: ${unit}`);
        continue;
      }
      try {
        quantity = normalize(
          await catalog.convertBetweenUnits(ctx, { quantity, fromUnit: unit, toUnit: line.unitCode }),
        );
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'validation')) throw err;
        errors.add(
          `${path}.unitCode`,
          `does not convert to ${line.unitName}, the unit of line ${line.lineNo}`,
        );
        continue;
      }
    }
    const places = traits.unitDecimals.get(line.unitCode) ?? 0;
    // A service may be part done: 2.5 of 10 days, 37.5 % of a job; goods come in the unit's steps.
    if (!service && !catalog.quantityFitsUnit(quantity, { decimals: places })) {
      errors.add(
        `${path}.quantity`,
        places === 0
          ? `must come to a whole number of ${line.unitName} (it is ${quantity})`
          : `may have at most ${places} decimals in ${line.unitName} (it is ${quantity})`,
      );
      continue;
    }
    const overReceipt = tolerances[i]!.overReceipt;
    const allowance = organisation.allowanceOf(overReceipt, expectedQuantity(line));
    const check = checkReceipt(line, quantity, allowance);
    if (check.exceeds) {
      errors.add(
        `${path}.quantity`,
        overReceiptProblem(line, quantity, check, allowance, overReceipt.explanation),
      );
      continue;
    }
    if (l.serialNumbers && l.serialNumbers.length > 0 && D(quantity).lt(l.serialNumbers.length)) {
      errors.add(
        `${path}.serialNumbers`,
        `lists ${l.serialNumbers.length} serial numbers for ${quantity} received`,
      );
    }
    if (l.serialNumbers && new Set(l.serialNumbers).size !== l.serialNumbers.length) {
      errors.add(`${path}.serialNumbers`, 'lists a serial number twice');
    }
    checked.push({
      input: l,
      line,
      path,
      quantity,
      allowance,
      explanation: overReceipt.explanation,
      inspectionRequired: line.itemId ? (traits.items.get(line.itemId)?.inspectionRequired ?? false) : false,
      confirmedAmount: confirmed?.amount ?? null,
      confirmedPercent: confirmed?.percent ?? null,
    });
  }
  errors.throwIfAny();
  return { lines: checked, shipNotice };
}

/**
 * The quantity a service line's confirmation comes to: for an amount, what it pays for at the
 * line's net unit price; for a percentage of completion (of the line, in all), what it adds to
 * what was confirmed so far. Quantity itself may be given too (days, hours). Null after an error.
 */
function serviceQuantity(
  line: OrderLine,
  l: ReceiptLineInput,
  path: string,
  errors: FieldErrors,
): { quantity: string; amount: string | null; percent: string | null } | null {
  if (l.quantity != null) return { quantity: normalize(l.quantity), amount: null, percent: null };
  if (l.amount != null) {
    if (D(l.amount).lte(0)) {
      errors.add(`${path}.amount`, 'must be more than 0');
      return null;
    }
    if (D(line.netAmount).lte(0) || D(line.quantity).lte(0)) {
      errors.add(
        `${path}.amount`,
        `cannot be priced: line ${line.lineNo} has no amount; give percentComplete`,
      );
      return null;
    }
    const quantity = D(l.amount).times(line.quantity).div(line.netAmount).toDecimalPlaces(6, D.ROUND_HALF_UP);
    if (quantity.lte(0)) {
      errors.add(`${path}.amount`, 'is too small to count');
      return null;
    }
    return { quantity: normalize(quantity.toFixed()), amount: normalize(l.amount), percent: null };
  }
  const percent = D(l.percentComplete!);
  if (percent.lte(0) || percent.gt(100)) {
    errors.add(`${path}.percentComplete`, 'must be more than 0 and at most 100');
    return null;
  }
  const expected = D(expectedQuantity(line));
  const covered = D(line.quantityReceived).minus(line.quantityRejected);
  const quantity = expected.times(percent).div(100).minus(covered).toDecimalPlaces(6, D.ROUND_HALF_UP);
  if (quantity.lte(0)) {
    const done = expected.gt(0) ? covered.times(100).div(expected).toDecimalPlaces(2, D.ROUND_DOWN) : D(100);
    errors.add(
      `${path}.percentComplete`,
      `is not more than line ${line.lineNo} was confirmed complete already: ${normalize(done.toFixed())} %`,
    );
    return null;
  }
  return { quantity: normalize(quantity.toFixed()), amount: null, percent: normalize(percent.toFixed()) };
}

/** Why a quantity is beyond the over-receipt limit, naming the line, what is open and the limit. */
function overReceiptProblem(
  line: OrderLine,
  quantity: string,
  check: { open: string; limit: string },
  allowance: string,
  explanation: string,
): string {
  const unit = line.unitName;
  const tolerance = D(allowance).gt(0)
    ? `the over-receipt tolerance allows ${allowance} ${unit} above the ${expectedQuantity(line)} ordered (${explanation})`
    : `no over-receipt is allowed (${explanation})`;
  return `${quantity} ${unit} is more than line ${line.lineNo} may still receive: ${check.open} ${unit} open, at most ${check.limit} ${unit} with the tolerance — ${tolerance}`;
}

/**
 * A goods receipt (GR-YYYY-NNNNN) against one order in `sent`, `acknowledged` or
 * `partially_received`: per line the quantity that arrived (in the line's unit or one that
 * converts), lot and serial numbers; from a ship notice or from the order. A line beyond its
 * over-receipt limit (the tolerance policy: docs/receiving.md) is a 422 naming the line, its open
 * quantity and the limit, and nothing is recorded; within the tolerance the excess is flagged.
 * Goods of an item (or category) that needs inspection await it; others are accepted at once. The
 * order's lines and state follow (partially received / received from accepted quantity).
 *
 * The order is read and checked first (422s), then locked and its quantities checked again: when
 * another receipt took the open quantity meanwhile, the answer is a 409 with the new open quantity.
 */
export async function createReceipt(ctx: Ctx, opts: { actor: Actor; input: ReceiptInput }): Promise<Receipt> {
  const { actor, input } = opts;
  const recordedBy = actor.userId;
  if (!recordedBy) throw AppError.forbidden('Goods are received by a user.');
  const order = await purchaseOrders.getReceivingView(ctx, { actor, id: input.purchaseOrderId });
  throwIfNotReceivable(order);
  const now = ctx.clock.now();
  const today = isoDate(now);
  // Receivers take in goods; a requester or buyer (receiving:confirm) confirms services only.
  const { lines } = await checkReceiptInput(ctx, order, input, today, {
    receivesGoods: can(actor, 'receiving:write'),
  });
  const settings = await organisation.getSettings(ctx);
  const number = await organisation.allocateDocumentNumber(ctx.db, {
    documentType: 'goods_receipt',
    date: now,
    numberFormats: settings.numberFormats,
  });
  const receipt = await inTransaction(ctx, async (tx) => {
    const state = await purchaseOrders.lockReceivingState(tx, order.id);
    throwIfNotReceivable(state);
    const fresh = new Map(state.lines.map((l) => [l.lineNo, l]));
    const taken: FieldError[] = [];
    const rows = lines.map((c) => {
      const now = fresh.get(c.line.lineNo);
      if (!now) {
        taken.push({ path: `${c.path}.lineNo`, message: `line ${c.line.lineNo} is no longer on the order` });
        return { c, over: '0' };
      }
      const check = checkReceipt(now, c.quantity, c.allowance);
      if (check.exceeds) {
        taken.push({
          path: `${c.path}.quantity`,
          message: `line ${c.line.lineNo} has ${check.open} ${c.line.unitName} open now (at most ${check.limit} with the tolerance)`,
        });
      }
      return { c, over: check.over };
    });
    if (taken.length > 0) {
      throw new AppError(
        'conflict',
        `Goods were received against ${order.number} meanwhile: ${taken.map((e) => e.message).join('; ')}. Check what arrived and enter it again.`,
        { errors: taken },
      );
    }
    const row: repo.ReceiptInsert = {
      id: newId(now.getTime()),
      number,
      kind: 'receipt',
      purchaseOrderId: order.id,
      purchaseOrderNumber: order.number,
      supplierId: order.supplierId,
      departmentId: order.departmentId,
      shipNoticeId: input.shipNoticeId ?? null,
      reversesReceiptId: null,
      receivedOn: input.receivedOn ?? today,
      deliveryNote: trimmed(input.deliveryNote),
      storageLocation: trimmed(input.storageLocation),
      note: trimmed(input.note),
      reason: null,
      recordedBy,
      recordedAt: now,
    };
    const lineRows: repo.ReceiptLineRow[] = rows.map((r) => {
      const { c, over } = r;
      const entered = c.input.quantity != null && c.input.unitCode && c.input.unitCode !== c.line.unitCode;
      return {
        receiptId: row.id,
        lineNo: c.line.lineNo,
        description: c.line.description,
        itemId: c.line.itemId,
        unitCode: c.line.unitCode,
        quantity: c.quantity,
        enteredQuantity: entered ? normalize(c.input.quantity!) : null,
        enteredUnitCode: entered ? c.input.unitCode! : null,
        lotNumber: trimmed(c.input.lotNumber),
        serialNumbers: c.input.serialNumbers?.length ? c.input.serialNumbers.map((s) => s.trim()) : null,
        inspectionRequired: c.inspectionRequired,
        overReceived: over,
        quantityReversed: '0',
        quantityAccepted: c.inspectionRequired ? '0' : c.quantity,
        quantityRejected: '0',
        quantityReturned: '0',
        quantityInvoiced: '0',
        confirmedAmount: c.confirmedAmount,
        confirmedPercent: c.confirmedPercent,
      };
    });
    await repo.insertReceipt(tx.db, row, lineRows);
    const moved = await purchaseOrders.recordReceiving(tx, {
      actor,
      state,
      deltas: lines.map((c) => receiptDelta(c.line.lineNo, c.quantity, c.inspectionRequired)),
    });
    const summary = `${number}: ${lines
      .map(
        (c) =>
          `line ${c.line.lineNo} × ${c.quantity} ${c.line.unitCode}${c.inspectionRequired ? ' (to inspect)' : ''}`,
      )
      .join(', ')}`;
    const full = { ...row, seq: 0 } as repo.ReceiptRow;
    const answer = toReceipt(full, lineRows, [], new Map([[recordedBy, actor.name]]));
    await recordReceivingChange(tx, {
      actor,
      receipt: full,
      moved,
      action: 'goods_receipt',
      changes: { receipt: { before: null, after: summary } },
      event: 'goods_received',
      payload: {
        buyerId: order.buyerId,
        overReceived: answer.overReceived,
        pendingInspection: answer.pendingInspection,
        lines: answer.lines.map((l) => ({
          lineNo: l.lineNo,
          quantity: l.quantity,
          overReceived: l.overReceived,
          inspectionRequired: l.inspectionRequired,
        })),
      },
    });
    return answer;
  });
  return receipt;
}
