import {
  CONSUMING_INVOICE_STATUSES,
  type InvoiceExceptionKind,
  type InvoiceKind,
  type InvoiceLineMatchStatus,
  type InvoiceStatus,
  type MatchType,
} from '../../domain/invoicing';
import { D, type Dec, normalize, roundTo } from '../shared/money';
import { allowanceOf } from '../shared/tolerance';

/**
 * Pure rules of supplier invoices: the supplier's number as it is compared, an invoice's own
 * arithmetic (EN 16931: lines → line extension → tax exclusive → tax → payable), and the match of
 * a line against its order line and what is available to invoice. No I/O; amounts and quantities
 * are decimal strings. docs/accounts-payable.md.
 */

const ZERO = new D(0);
const atLeastZero = (d: Dec): Dec => (d.lessThan(0) ? ZERO : d);
const text = (d: Dec): string => normalize(d.toFixed());
/** A money value of an exception: absolute, to 4 decimals. */
const worth = (d: Dec): string => text(d.abs().toDecimalPlaces(4));

// ── the supplier's invoice number ───────────────────────────────────────────

/**
 * The supplier's invoice number as duplicates are found by: upper case, without spaces or
 * punctuation, and each run of digits without its leading zeros ("inv 00123" and "INV-123" are one
 * number; "INV-1023" is another).
 */
export function supplierInvoiceKey(number: string): string {
  const bare = number.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  return bare.replace(/\d+/g, (run) => run.replace(/^0+(?=\d)/, ''));
}

/**
 * Whether two normalised numbers look like one mistyped: at most one character added, dropped,
 * changed or two neighbours swapped (Damerau–Levenshtein distance 1), for numbers of 4 characters
 * or more (shorter ones are too often genuinely close).
 */
export function similarKeys(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  const prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
    }
    prev2.splice(0, prev2.length, ...prev);
    prev = row;
  }
  return prev[b.length]! <= 1;
}

// ── an invoice's arithmetic ─────────────────────────────────────────────────

export type AllowanceChargeAmount = {
  charge: boolean;
  amount: string;
  taxCategory?: string | null;
  taxRate?: string | null;
};

export type ArithmeticLine = {
  quantity: string;
  /** Net price per `baseQuantity` units. */
  unitPrice: string;
  baseQuantity: string;
  allowancesCharges: readonly AllowanceChargeAmount[];
  taxCategory: string;
  taxRate: string;
};

export type ArithmeticDocument = {
  lines: readonly ArithmeticLine[];
  /** Header allowances and charges, each with its tax category and rate. */
  allowancesCharges: readonly AllowanceChargeAmount[];
  prepaidAmount?: string | null;
  roundingAmount?: string | null;
};

export type ComputedSubtotal = {
  taxCategory: string;
  taxRate: string;
  taxableAmount: string;
  /** Taxable × rate, rounded once for the category (EN 16931). */
  taxAmount: string;
  /** The same rounded per line and added up: what a supplier that rounds per line states. */
  taxAmountByLine: string;
};

export type ComputedTotals = {
  lineNetAmounts: string[];
  lineExtensionAmount: string;
  allowanceTotal: string;
  chargeTotal: string;
  taxExclusiveAmount: string;
  taxSubtotals: ComputedSubtotal[];
  taxAmount: string;
  taxInclusiveAmount: string;
  prepaidAmount: string;
  roundingAmount: string;
  payableAmount: string;
};

/** A line's net amount: quantity × price ÷ base quantity + charges − allowances, rounded to the currency. */
export function lineNetAmount(line: ArithmeticLine, minorUnits: number): string {
  let net = D(line.quantity).times(line.unitPrice).div(line.baseQuantity);
  for (const ac of line.allowancesCharges) net = ac.charge ? net.plus(ac.amount) : net.minus(ac.amount);
  return roundTo(net, minorUnits);
}

const bandKey = (category: string, rate: string) => `${category}|${text(D(rate))}`;

/**
 * What an invoice's figures come to from its lines and header allowances and charges: line net
 * amounts, the sum of lines, tax exclusive, one tax subtotal per category and rate (in the order
 * first met), tax, tax inclusive and payable.
 */
export function computeInvoiceTotals(doc: ArithmeticDocument, minorUnits: number): ComputedTotals {
  const lineNetAmounts = doc.lines.map((l) => lineNetAmount(l, minorUnits));
  const bands = new Map<string, { category: string; rate: string; taxable: Dec; byLine: Dec }>();
  const band = (category: string, rate: string) => {
    const key = bandKey(category, rate);
    let b = bands.get(key);
    if (!b) {
      b = { category, rate: text(D(rate)), taxable: ZERO, byLine: ZERO };
      bands.set(key, b);
    }
    return b;
  };
  let lineExtension = ZERO;
  doc.lines.forEach((l, i) => {
    const net = D(lineNetAmounts[i]!);
    lineExtension = lineExtension.plus(net);
    const b = band(l.taxCategory, l.taxRate);
    b.taxable = b.taxable.plus(net);
    b.byLine = b.byLine.plus(roundTo(net.times(l.taxRate).div(100), minorUnits));
  });
  let allowances = ZERO;
  let charges = ZERO;
  for (const ac of doc.allowancesCharges) {
    const amount = D(ac.amount);
    if (ac.charge) charges = charges.plus(amount);
    else allowances = allowances.plus(amount);
    const rate = ac.taxRate ?? '0';
    const b = band(ac.taxCategory ?? 'S', rate);
    const signed = ac.charge ? amount : amount.negated();
    b.taxable = b.taxable.plus(signed);
    b.byLine = b.byLine.plus(roundTo(signed.times(rate).div(100), minorUnits));
  }
  const taxSubtotals = [...bands.values()].map((b) => ({
    taxCategory: b.category,
    taxRate: b.rate,
    taxableAmount: roundTo(b.taxable, minorUnits),
    taxAmount: roundTo(b.taxable.times(b.rate).div(100), minorUnits),
    taxAmountByLine: roundTo(b.byLine, minorUnits),
  }));
  const taxExclusive = lineExtension.minus(allowances).plus(charges);
  const tax = taxSubtotals.reduce((s, b) => s.plus(b.taxAmount), ZERO);
  const taxInclusive = taxExclusive.plus(tax);
  const prepaid = D(doc.prepaidAmount ?? '0');
  const rounding = D(doc.roundingAmount ?? '0');
  return {
    lineNetAmounts,
    lineExtensionAmount: roundTo(lineExtension, minorUnits),
    allowanceTotal: roundTo(allowances, minorUnits),
    chargeTotal: roundTo(charges, minorUnits),
    taxExclusiveAmount: roundTo(taxExclusive, minorUnits),
    taxSubtotals,
    taxAmount: roundTo(tax, minorUnits),
    taxInclusiveAmount: roundTo(taxInclusive, minorUnits),
    prepaidAmount: roundTo(prepaid, minorUnits),
    roundingAmount: roundTo(rounding, minorUnits),
    payableAmount: roundTo(taxInclusive.minus(prepaid).plus(rounding), minorUnits),
  };
}

/** Figures a document states about itself; any left out is not checked (it is computed). */
export type StatedTotals = {
  lineNetAmounts?: (string | null | undefined)[];
  lineExtensionAmount?: string | null;
  allowanceTotal?: string | null;
  chargeTotal?: string | null;
  taxExclusiveAmount?: string | null;
  taxSubtotals?: { taxCategory: string; taxRate: string; taxableAmount: string; taxAmount: string }[] | null;
  taxAmount?: string | null;
  taxInclusiveAmount?: string | null;
  payableAmount?: string | null;
};

type TotalField =
  | 'lineExtensionAmount'
  | 'allowanceTotal'
  | 'chargeTotal'
  | 'taxExclusiveAmount'
  | 'taxAmount'
  | 'taxInclusiveAmount'
  | 'payableAmount';

/** Where an arithmetic problem is: a logical field the caller maps to its own path (JSON or XML). */
export type ArithmeticProblem = {
  field:
    | { kind: 'line'; index: number }
    | { kind: 'subtotal'; index: number; part: 'taxableAmount' | 'taxAmount' }
    | { kind: 'subtotals' }
    | { kind: TotalField };
  message: string;
};

const same = (a: string, b: string) => D(a).equals(b);

/**
 * Every place where what a document states disagrees with its own figures, to the cent of its
 * currency. Each total is checked against the figures the document states below it (so one wrong
 * line is one problem, not five). A category's tax may be rounded once for the category or per
 * line and added up: either is the document's rounding.
 */
export function checkStatedTotals(
  computed: ComputedTotals,
  stated: StatedTotals,
  currency: string,
): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = [];
  const money = (v: string) => `${v} ${currency}`;
  const lineNets = computed.lineNetAmounts.map((net, i) => stated.lineNetAmounts?.[i] ?? net);
  computed.lineNetAmounts.forEach((net, i) => {
    const s = stated.lineNetAmounts?.[i];
    if (s != null && !same(s, net)) {
      problems.push({
        field: { kind: 'line', index: i },
        message: `states ${money(s)}, but quantity × price ÷ base quantity + charges − allowances is ${money(net)}`,
      });
    }
  });
  const lineExtension = lineNets.reduce((sum, n) => sum.plus(n), ZERO).toFixed();
  const check = (
    kind: TotalField,
    value: string | null | undefined,
    expected: string,
    why: string,
  ): string => {
    if (value == null) return expected;
    if (!same(value, expected)) {
      problems.push({
        field: { kind },
        message: `states ${money(value)}, but ${why} is ${money(normalizeMoney(expected, computed.payableAmount))}`,
      });
    }
    return value;
  };
  const le = check('lineExtensionAmount', stated.lineExtensionAmount, lineExtension, 'the sum of the lines');
  const allowances = check(
    'allowanceTotal',
    stated.allowanceTotal,
    computed.allowanceTotal,
    'the sum of the document’s allowances',
  );
  const charges = check(
    'chargeTotal',
    stated.chargeTotal,
    computed.chargeTotal,
    'the sum of the document’s charges',
  );
  const taxExclusive = check(
    'taxExclusiveAmount',
    stated.taxExclusiveAmount,
    D(le).minus(allowances).plus(charges).toFixed(),
    'the sum of lines − allowances + charges',
  );
  let taxFromSubtotals: Dec = ZERO;
  if (stated.taxSubtotals) {
    const byKey = new Map(computed.taxSubtotals.map((b) => [bandKey(b.taxCategory, b.taxRate), b]));
    const seen = new Set<string>();
    stated.taxSubtotals.forEach((s, index) => {
      const key = bandKey(s.taxCategory, s.taxRate);
      seen.add(key);
      taxFromSubtotals = taxFromSubtotals.plus(s.taxAmount);
      const c = byKey.get(key);
      if (!c) {
        problems.push({
          field: { kind: 'subtotal', index, part: 'taxableAmount' },
          message: `is for category ${s.taxCategory} at ${text(D(s.taxRate))} %, which no line, allowance or charge has`,
        });
        return;
      }
      if (!same(s.taxableAmount, c.taxableAmount)) {
        problems.push({
          field: { kind: 'subtotal', index, part: 'taxableAmount' },
          message: `states ${money(s.taxableAmount)} taxable at ${s.taxCategory} ${c.taxRate} %, but the lines, allowances and charges in it come to ${money(c.taxableAmount)}`,
        });
      }
      const taxable = D(s.taxableAmount);
      const once = roundTo(taxable.times(c.taxRate).div(100), decimalsOf(c.taxAmount));
      if (!same(s.taxAmount, once) && !same(s.taxAmount, c.taxAmountByLine)) {
        problems.push({
          field: { kind: 'subtotal', index, part: 'taxAmount' },
          message: `states ${money(s.taxAmount)} tax, but ${s.taxableAmount} × ${c.taxRate} % is ${money(once)}`,
        });
      }
    });
    const missing = computed.taxSubtotals.filter((c) => !seen.has(bandKey(c.taxCategory, c.taxRate)));
    if (missing.length > 0) {
      problems.push({
        field: { kind: 'subtotals' },
        message: `lack a subtotal for ${missing.map((m) => `category ${m.taxCategory} at ${m.taxRate} %`).join(', ')}, which lines, allowances or charges have`,
      });
    }
  } else {
    taxFromSubtotals = D(computed.taxAmount);
  }
  const tax = check(
    'taxAmount',
    stated.taxAmount,
    taxFromSubtotals.toFixed(),
    'the sum of the tax subtotals',
  );
  const taxInclusive = check(
    'taxInclusiveAmount',
    stated.taxInclusiveAmount,
    D(taxExclusive).plus(tax).toFixed(),
    'tax exclusive + tax',
  );
  check(
    'payableAmount',
    stated.payableAmount,
    D(taxInclusive).minus(computed.prepaidAmount).plus(computed.roundingAmount).toFixed(),
    'tax inclusive − prepaid + rounding',
  );
  return problems;
}

function decimalsOf(amount: string): number {
  const dot = amount.indexOf('.');
  return dot < 0 ? 0 : amount.length - dot - 1;
}

/** `value` written with as many decimals as `like` (the currency's). */
function normalizeMoney(value: string, like: string): string {
  return roundTo(value, decimalsOf(like));
}

// ── the match ───────────────────────────────────────────────────────────────

/** A tolerance as the match applies it (organisation.effectiveTolerancesOf). */
export type MatchTolerance = { percent: string | null; absolute: string | null; explanation: string };

/** An order line as the match sees it, with what is left to invoice on it. */
export type OrderLineForMatch = {
  lineNo: number;
  unitCode: string;
  /** Net price per unit of the line: unit price after the order's discount. */
  netUnitPrice: string;
  taxCategory: string;
  taxRate: string;
  matchType: MatchType;
  /** Ordered less short-closed. */
  expected: string;
  /** Accepted at receipt or inspection. */
  accepted: string;
  /** What consuming invoices took of it so far (the ledger's sum, credit notes netted). */
  consumed: string;
};

/** An invoice line as the match sees it: in the order line's unit and price. */
export type InvoiceLineForMatch = {
  lineNo: number;
  orderLineNo: number | null;
  /** In the order line's unit; negative gives back (a credit note's lines, a negative invoice line). */
  quantity: string;
  /** Net price per order unit: the line's net amount ÷ its quantity in the order's unit. */
  unitPrice: string;
  taxCategory: string;
  taxRate: string;
};

export type LineMatch = {
  lineNo: number;
  orderLineNo: number | null;
  status: InvoiceLineMatchStatus;
  matchType: MatchType | null;
  /** Per unit above (+) or below (−) the order's net price. */
  priceVariance: string | null;
  /** Beyond what was available to invoice (+), in the order line's unit; 0 within it. */
  quantityVariance: string | null;
  /** What the line may take from what is available now (never more than is available). */
  fromAvailable: string;
  /** What it bills beyond what is available (a variance, consumed only when within tolerance or accepted). */
  beyondAvailable: string;
  /** Each with what accepting it would pay beyond the order, in the invoice's currency (never negative). */
  exceptions: { kind: InvoiceExceptionKind; message: string; amount: string }[];
  explanation: string;
};

const percentOf = (part: Dec, whole: Dec): string =>
  whole.isZero() ? '∞' : text(part.times(100).div(whole.abs()).toDecimalPlaces(1));

/**
 * Matches an invoice's lines against their order lines, in line order, each taking from what is
 * left after the lines before it (two lines may bill one order line):
 *
 * - price: the invoice's net price per order unit against the order's net price; above it by more
 *   than the price tolerance (percent of the order's price and/or an absolute amount per unit) is
 *   an exception; below it is recorded and passes;
 * - quantity: against what is available — accepted less already invoiced (three-way), or ordered
 *   less already invoiced (two-way). Beyond it within the quantity tolerance (of what was
 *   available) passes; beyond it, but not beyond what the order still expects, waits for the goods
 *   (`awaiting_receipt`, three-way only); beyond that is an exception. A line that gives back
 *   (negative) may give back at most what was invoiced;
 * - tax: a category or rate other than the order line's is an exception;
 * - a line naming no order line (or one the order lacks) is an exception.
 *
 * `accepted` lists the exceptions a person accepted (kind and line): they pass.
 */
export function matchLines(
  lines: readonly InvoiceLineForMatch[],
  orderLines: ReadonlyMap<number, OrderLineForMatch>,
  tolerances: ReadonlyMap<number, { price: MatchTolerance; quantity: MatchTolerance }>,
  opts: {
    currency: string;
    unitName: (code: string) => string;
    accepted?: readonly { kind: InvoiceExceptionKind; lineNo: number | null }[];
  },
): LineMatch[] {
  const consumedSoFar = new Map<number, Dec>();
  const isAccepted = (kind: InvoiceExceptionKind, lineNo: number) =>
    (opts.accepted ?? []).some((a) => a.kind === kind && a.lineNo === lineNo);
  return lines.map((line): LineMatch => {
    const order = line.orderLineNo === null ? undefined : orderLines.get(line.orderLineNo);
    if (!order) {
      const message =
        line.orderLineNo === null
          ? `line ${line.lineNo} names no line of the order`
          : `line ${line.lineNo} bills order line ${line.orderLineNo}, which the order does not have`;
      const accepted = isAccepted('not_on_order', line.lineNo);
      return {
        lineNo: line.lineNo,
        orderLineNo: line.orderLineNo,
        status: accepted ? 'matched' : 'exception',
        matchType: null,
        priceVariance: null,
        quantityVariance: null,
        fromAvailable: '0',
        beyondAvailable: '0',
        exceptions: accepted
          ? []
          : [{ kind: 'not_on_order', message, amount: worth(D(line.quantity).times(line.unitPrice)) }],
        explanation: message,
      };
    }
    const tol = tolerances.get(line.lineNo)!;
    const unit = opts.unitName(order.unitCode);
    const q = D(line.quantity);
    const price = D(line.unitPrice);
    const orderPrice = D(order.netUnitPrice);
    const basis = D(order.matchType === 'three_way' ? order.accepted : order.expected);
    const already = consumedSoFar.get(order.lineNo) ?? ZERO;
    const consumed = D(order.consumed).plus(already);
    const available = basis.minus(consumed);
    const exceptions: LineMatch['exceptions'] = [];
    const problems: string[] = [];

    const priceVariance = price.minus(orderPrice);
    const priceAllowed = D(allowanceOf(tol.price, order.netUnitPrice));
    const priceWords = `${signed(priceVariance)} (${percentOf(priceVariance, orderPrice)} %, tolerance ${describeTolerance(tol.price, opts.currency)})`;
    if (q.greaterThan(0) && priceVariance.greaterThan(priceAllowed) && !isAccepted('price', line.lineNo)) {
      exceptions.push({ kind: 'price', message: '', amount: worth(priceVariance.times(q)) });
      problems.push(`price ${priceWords}`);
    }
    if (
      (line.taxCategory !== order.taxCategory || !D(line.taxRate).equals(order.taxRate)) &&
      !isAccepted('tax_rate', line.lineNo)
    ) {
      const taxDifference = q.times(price).times(D(line.taxRate).minus(order.taxRate)).div(100);
      exceptions.push({ kind: 'tax_rate', message: '', amount: worth(taxDifference) });
      problems.push(
        `tax ${line.taxCategory} ${text(D(line.taxRate))} %, the order says ${order.taxCategory} ${text(D(order.taxRate))} %`,
      );
    }

    let status: InvoiceLineMatchStatus = 'matched';
    let fromAvailable = ZERO;
    let beyond = ZERO;
    let quantityVariance = ZERO;
    const basisWords =
      order.matchType === 'three_way'
        ? `accepted ${text(D(order.accepted))}, invoiced before ${text(consumed)}`
        : `ordered ${text(D(order.expected))} (two-way), invoiced before ${text(consumed)}`;
    if (q.greaterThanOrEqualTo(0)) {
      fromAvailable = D.min(q, atLeastZero(available));
      beyond = q.minus(fromAvailable);
      if (beyond.greaterThan(0)) {
        quantityVariance = beyond;
        const allowedQ = D(allowanceOf(tol.quantity, atLeastZero(available).toFixed()));
        const words = `quantity +${text(beyond)} (${percentOf(beyond, atLeastZero(available))} %, tolerance ${describeTolerance(tol.quantity, unit)})`;
        const stillExpected = D(order.expected).minus(consumed);
        if (beyond.lessThanOrEqualTo(allowedQ) || isAccepted('quantity', line.lineNo)) {
          // Within tolerance (or accepted): it is consumed as a variance.
        } else if (order.matchType === 'three_way' && q.lessThanOrEqualTo(stillExpected)) {
          status = 'awaiting_receipt';
          problems.push(`${text(beyond)} ${unit} not received and accepted yet`);
        } else {
          exceptions.push({ kind: 'quantity', message: '', amount: worth(beyond.times(price)) });
          problems.push(words);
        }
      }
    } else {
      // Giving back: at most what was invoiced on the line.
      const back = q.negated();
      const givable = atLeastZero(consumed);
      fromAvailable = q;
      if (back.greaterThan(givable) && !isAccepted('quantity', line.lineNo)) {
        quantityVariance = back.minus(givable).negated();
        exceptions.push({ kind: 'quantity', message: '', amount: worth(quantityVariance.times(price)) });
        problems.push(`gives back ${text(back)} ${unit}, but only ${text(givable)} ${unit} were invoiced`);
      }
    }
    if (exceptions.length > 0) status = 'exception';
    consumedSoFar.set(order.lineNo, already.plus(status === 'matched' ? q : fromAvailable));
    // The invoice's line; the order line it bills too when their numbers differ.
    const which =
      order.lineNo === line.lineNo
        ? `line ${line.lineNo}`
        : `line ${line.lineNo} (order line ${order.lineNo})`;
    const head = `${which}: invoiced ${text(q)} ${unit} at ${money(price)} ${opts.currency}, ${basisWords} ${unit} at ${money(orderPrice)} ${opts.currency}`;
    const explanation = problems.length > 0 ? `${head}: ${problems.join(', ')}` : `${head}: within tolerance`;
    for (const e of exceptions) e.message = explanation;
    return {
      lineNo: line.lineNo,
      orderLineNo: order.lineNo,
      status,
      matchType: order.matchType,
      priceVariance: text(priceVariance),
      quantityVariance: text(quantityVariance),
      fromAvailable: text(fromAvailable),
      beyondAvailable: text(beyond),
      exceptions,
      explanation,
    };
  });
}

function signed(d: Dec): string {
  return d.greaterThanOrEqualTo(0) ? `+${money(d)}` : money(d);
}

/** A price as people read it: at least 2 decimals, more only when the price has them. */
function money(d: Dec): string {
  const t = text(d);
  const dot = t.indexOf('.');
  return dot < 0 || t.length - dot - 1 < 2 ? d.toFixed(2) : t;
}

function describeTolerance(t: { percent: string | null; absolute: string | null }, unit: string): string {
  const parts = [
    t.percent !== null ? `${text(D(t.percent))} %` : null,
    t.absolute !== null ? `${text(D(t.absolute))} ${unit}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? 'none' : parts.join(' or ');
}

/**
 * Where an invoice stands after its match: an exception when any line or header check is one;
 * otherwise waiting for goods when a line is; otherwise matched.
 */
export function matchOutcome(
  lines: readonly Pick<LineMatch, 'status'>[],
  headerExceptions: readonly unknown[],
): Extract<InvoiceStatus, 'matched' | 'matching' | 'exception'> {
  if (headerExceptions.length > 0 || lines.some((l) => l.status === 'exception')) return 'exception';
  if (lines.some((l) => l.status === 'awaiting_receipt')) return 'matching';
  return 'matched';
}

// ── the ledger ──────────────────────────────────────────────────────────────

/** A receipt line's accepted quantity not yet invoiced, oldest receipt first. */
export type FreeReceiptLine = { receiptId: string; lineNo: number; free: string };

/** A receipt line's invoiced quantity, newest receipt first (what a give-back takes from). */
export type InvoicedReceiptLine = { receiptId: string; lineNo: number; invoiced: string };

export type LedgerEntry = {
  receiptId: string | null;
  receiptLineNo: number | null;
  variance: boolean;
  quantity: string;
};

/**
 * What a matched line writes to the ledger. Taking (q > 0): `fromAvailable` from the receipt
 * lines' free quantity, oldest first (three-way), or one entry against the order (two-way); what it
 * bills beyond that as a variance entry. Giving back (q < 0): from outstanding variance first,
 * then from receipt lines newest first (three-way), or against the order (two-way).
 */
export function ledgerEntries(
  match: Pick<LineMatch, 'matchType' | 'fromAvailable' | 'beyondAvailable'>,
  receipts: { free: readonly FreeReceiptLine[]; invoiced: readonly InvoicedReceiptLine[]; variance: string },
): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  const from = D(match.fromAvailable);
  if (match.matchType !== 'three_way') {
    if (!from.isZero())
      entries.push({ receiptId: null, receiptLineNo: null, variance: false, quantity: text(from) });
  } else if (from.greaterThan(0)) {
    let left = from;
    for (const r of receipts.free) {
      if (left.isZero()) break;
      const take = D.min(left, D(r.free));
      if (take.lessThanOrEqualTo(0)) continue;
      entries.push({
        receiptId: r.receiptId,
        receiptLineNo: r.lineNo,
        variance: false,
        quantity: text(take),
      });
      left = left.minus(take);
    }
    if (left.greaterThan(0)) {
      entries.push({ receiptId: null, receiptLineNo: null, variance: true, quantity: text(left) });
    }
  } else if (from.lessThan(0)) {
    let left = from.negated();
    const variance = D.min(left, atLeastZero(D(receipts.variance)));
    if (variance.greaterThan(0)) {
      entries.push({
        receiptId: null,
        receiptLineNo: null,
        variance: true,
        quantity: text(variance.negated()),
      });
      left = left.minus(variance);
    }
    for (const r of receipts.invoiced) {
      if (left.isZero()) break;
      const give = D.min(left, D(r.invoiced));
      if (give.lessThanOrEqualTo(0)) continue;
      entries.push({
        receiptId: r.receiptId,
        receiptLineNo: r.lineNo,
        variance: false,
        quantity: text(give.negated()),
      });
      left = left.minus(give);
    }
    if (left.greaterThan(0)) {
      entries.push({ receiptId: null, receiptLineNo: null, variance: true, quantity: text(left.negated()) });
    }
  }
  const beyond = D(match.beyondAvailable);
  if (beyond.greaterThan(0)) {
    entries.push({ receiptId: null, receiptLineNo: null, variance: true, quantity: text(beyond) });
  }
  return entries;
}

// ── the state machine ───────────────────────────────────────────────────────

export const INVOICE_TRANSITIONS = [
  'submit',
  'rematch',
  'accept',
  'request_credit_note',
  'approve',
  'hold',
  'release',
  'reject',
  'cancel',
  'approve_variance',
  'reject_variance',
] as const;
export type InvoiceTransition = (typeof INVOICE_TRANSITIONS)[number];

/**
 * From which statuses each transition may start. The match decides where `submit`, `rematch` and
 * `accept` end (matched, matching or exception); `release` returns to where the hold began.
 */
const FROM: Record<InvoiceTransition, readonly InvoiceStatus[]> = {
  submit: ['draft'],
  rematch: ['matching', 'exception'],
  accept: ['exception'],
  request_credit_note: ['exception'],
  approve: ['matched'],
  hold: ['draft', 'matching', 'matched', 'exception', 'approved_for_payment'],
  release: ['on_hold'],
  reject: ['matching', 'matched', 'exception', 'approved_for_payment', 'on_hold'],
  cancel: ['draft', 'matching', 'matched', 'exception', 'approved_for_payment', 'on_hold'],
  // Deciding on a variance acceptance routed for approval: the invoice waits as an exception.
  approve_variance: ['exception'],
  reject_variance: ['exception'],
};

const TO: Partial<Record<InvoiceTransition, InvoiceStatus>> = {
  approve: 'approved_for_payment',
  hold: 'on_hold',
  reject: 'rejected',
  cancel: 'cancelled',
};

export function invoiceTransitionAllowed(status: InvoiceStatus, transition: InvoiceTransition): boolean {
  return FROM[transition].includes(status);
}

/**
 * The status a transition leads to, or null when the match decides (submit, rematch, accept) or the
 * transition keeps the status (request_credit_note). Throws nothing: the caller checks
 * `invoiceTransitionAllowed` first.
 */
export function invoiceTransitionTarget(
  row: { status: InvoiceStatus; heldFromStatus: InvoiceStatus | null },
  transition: InvoiceTransition,
): InvoiceStatus | null {
  if (transition === 'release') return row.heldFromStatus ?? 'exception';
  return TO[transition] ?? null;
}

/**
 * Hold, reject and cancel need a reason; so does accepting a variance (why it is right to pay it)
 * and rejecting a variance acceptance routed for approval (what accounts payable does next).
 */
export function invoiceReasonRequired(transition: InvoiceTransition): boolean {
  return (
    transition === 'hold' ||
    transition === 'reject' ||
    transition === 'cancel' ||
    transition === 'accept' ||
    transition === 'reject_variance'
  );
}

/**
 * The amount of the variances being accepted, in the invoice's currency and in base currency (at
 * the invoice's rate): the sum of what each exception is worth. An exception recorded before its
 * amount was kept counts with the whole payable amount, so it is never accepted unrouted by mistake.
 */
export function varianceAmountOf(invoice: {
  exceptions: readonly { amount?: string }[];
  payableAmount: string;
  exchangeRate: string;
}): { amount: string; amountBase: string } {
  const amount = invoice.exceptions.reduce(
    (sum, e) => sum.plus(D(e.amount ?? invoice.payableAmount).abs()),
    D(0),
  );
  return {
    amount: text(amount.toDecimalPlaces(4)),
    amountBase: text(amount.times(invoice.exchangeRate).toDecimalPlaces(4)),
  };
}

/** Whether an invoice in this status has consumed what it bills in the match ledger. */
export function consumesInLedger(status: InvoiceStatus): boolean {
  return (CONSUMING_INVOICE_STATUSES as readonly InvoiceStatus[]).includes(status);
}

/** An invoice's actual spend in base currency: its payable amount, negative for a credit note. */
export function actualSpendOf(invoice: { kind: InvoiceKind; payableAmountBase: string }): string {
  const amount = new D(invoice.payableAmountBase);
  return (invoice.kind === 'credit_note' ? amount.negated() : amount).toFixed();
}
