import { type ReadInvoice, type ReadInvoiceLine, readInvoiceDocument } from '../../documents/invoice-ubl';
import { readUbl } from '../../documents/ubl-reader';
import * as catalog from '../catalog';
import * as discussion from '../discussion';
import * as purchaseOrders from '../purchase-orders';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError, type FieldError } from '../shared/errors';
import { D, DECIMAL_RE, normalize } from '../shared/money';
import { documentProblems, readUblOrThrow } from '../shared/ubl-import';
import * as suppliers from '../suppliers';
import {
  type AllowanceChargeInput,
  createInvoice,
  type InvoiceInput,
  type InvoiceLineInput,
} from './create-invoice';
import type { Invoice } from './invoice';
import * as repo from './repository';
import { supplierInvoiceKey } from './rules';

const CREDIT_NOTE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';

/** Upper case letters and digits only: tax ids and endpoint ids compared as people write them. */
const bare = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * Imports a supplier's UBL Invoice or CreditNote (2.0, 2.1 or 2.4, any namespace prefixes): read
 * and checked against the OASIS schema, its order found by `cac:OrderReference/cbc:ID` (our order
 * number; an order the actor cannot see — another supplier's, for a supplier's user — reads as
 * unknown), each line's order line by `cac:OrderLineReference/cbc:LineID`; quantities converted from
 * their UN/ECE unit to the order line's. A seller whose tax id or electronic address differs from
 * the order's supplier is refused. Lines that name no order line are proposed by item (our SKU,
 * `cac:BuyersItemIdentification`) and price, and the invoice is kept as a draft for accounts payable
 * to confirm (submit). Everything else is as for an invoice entered by hand — the document's own
 * arithmetic to the cent, duplicates, the match —; every problem is a 422 at its place in the
 * document, and nothing is stored.
 */
export async function importUblInvoice(
  ctx: Ctx,
  opts: {
    actor: Actor;
    body: Buffer;
    source?: 'ubl' | 'portal';
    /** Where the files the document embeds (its PDF) are kept as the invoice's attachments. */
    files?: { store: discussion.FileStore; maxBytes: number };
  },
): Promise<Invoice> {
  const text = opts.body.toString('utf8');
  const credit = text.includes(CREDIT_NOTE_NS) && /<(?:[\w-]+:)?CreditNote[\s>]/.test(text);
  const root = await readUblOrThrow(() => readUbl(opts.body, credit ? 'CreditNote' : 'Invoice'));
  const doc = readInvoiceDocument(root, credit ? 'credit_note' : 'invoice');
  const problems: FieldError[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });

  const number = doc.orderNumber?.value ?? null;
  const orderId = number
    ? await purchaseOrders.findVisiblePurchaseOrderId(ctx, { actor: opts.actor, number })
    : null;
  if (!number) problem(doc.orderNumberPath, 'is missing: name our order number the invoice is for');
  else if (!orderId)
    problem(doc.orderNumber!.path, `is ${number}: no order with this number is yours to invoice`);
  const order = orderId
    ? await purchaseOrders.getInvoicingView(ctx, { actor: opts.actor, id: orderId })
    : null;
  if (order) await checkSeller(ctx, doc, order.supplierId, problem);
  if (!doc.id) problem(`${doc.root}/cbc:ID`, 'is missing: the invoice’s own number');
  if (doc.lines.length === 0)
    problem(doc.root, `has no ${credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine'}`);

  const proposals: string[] = [];
  const lines: InvoiceLineInput[] = [];
  const linePaths: ReadInvoiceLine[] = [];
  if (order) {
    // The order's items (their SKUs) only serve to propose order lines the document does not name.
    const skus = doc.lines.some((l) => !l.orderLineId)
      ? await catalog.getItemsByIds(ctx, { ids: order.lines.flatMap((l) => (l.itemId ? [l.itemId] : [])) })
      : new Map<string, { sku: string }>();
    for (const l of doc.lines) {
      const read = await readLine(ctx, l, { order, items: skus, credit, problem });
      if (!read) continue;
      if (read.proposed)
        proposals.push(`line ${l.id ?? lines.length + 1} → order line ${read.line.orderLineNo}`);
      lines.push(read.line);
      linePaths.push(l);
    }
  }
  const acs = allowanceCharges(doc.allowancesCharges, problem, true);
  const decimalAt = (v: { value: string; path: string } | null): string | null => {
    if (!v) return null;
    if (!DECIMAL_RE.test(v.value)) {
      problem(v.path, `is "${v.value}", not an amount`);
      return null;
    }
    return normalize(v.value);
  };
  const totals = {
    lineExtensionAmount: decimalAt(doc.totals.lineExtensionAmount),
    taxExclusiveAmount: decimalAt(doc.totals.taxExclusiveAmount),
    taxInclusiveAmount: decimalAt(doc.totals.taxInclusiveAmount),
    allowanceTotal: decimalAt(doc.totals.allowanceTotal),
    chargeTotal: decimalAt(doc.totals.chargeTotal),
    payableAmount: decimalAt(doc.totals.payableAmount),
    taxAmount: decimalAt(doc.taxAmount),
    taxSubtotals: doc.taxSubtotals.map((s) => ({
      taxCategory: s.taxCategory?.value ?? 'S',
      taxRate: decimalAt(s.taxRate) ?? '0',
      taxableAmount: decimalAt(s.taxableAmount) ?? '0',
      taxAmount: decimalAt(s.taxAmount) ?? '0',
    })),
  };
  if (problems.length > 0 || !order) {
    throw documentProblems(
      `The ${credit ? 'credit note' : 'invoice'} cannot be imported: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`}.`,
      problems,
    );
  }
  let creditsInvoiceId: string | null = null;
  if (credit && doc.creditedInvoiceNumber) {
    creditsInvoiceId =
      (await repo.findBySupplierKey(ctx.db, order.supplierId, supplierInvoiceKey(doc.creditedInvoiceNumber)))
        ?.id ?? null;
  }
  const note = [
    doc.note,
    doc.paymentTermsNote ? `Terms stated: ${doc.paymentTermsNote}` : null,
    proposals.length > 0
      ? `Order lines proposed by item and price (the document names none): ${proposals.join(', ')}. Check them and submit.`
      : null,
  ]
    .filter(Boolean)
    .join('\n');
  const input: InvoiceInput = {
    kind: doc.kind,
    purchaseOrderId: order.id,
    supplierInvoiceNumber: doc.id!.value,
    issueDate: doc.issueDate?.value.slice(0, 10) ?? '',
    taxPointDate: doc.taxPointDate?.value.slice(0, 10) ?? null,
    currency: doc.currency?.value ?? null,
    lines,
    allowancesCharges: acs,
    prepaidAmount: decimalAt(doc.totals.prepaidAmount),
    roundingAmount: decimalAt(doc.totals.roundingAmount),
    totals,
    bankAccount: doc.payee
      ? {
          iban: doc.payee.iban?.value ?? null,
          bic: doc.payee.bic?.value ?? null,
          accountName: doc.payee.accountName,
        }
      : null,
    note: note ? note.slice(0, 2000) : null,
    creditsInvoiceId,
    submit: proposals.length === 0,
  };
  const monetary = `${doc.root}/cac:LegalMonetaryTotal`;
  const fields: Record<string, string> = {
    supplierInvoiceNumber: `${doc.root}/cbc:ID`,
    issueDate: doc.issueDate?.path ?? `${doc.root}/cbc:IssueDate`,
    taxPointDate: doc.taxPointDate?.path ?? `${doc.root}/cbc:TaxPointDate`,
    currency: doc.currency?.path ?? `${doc.root}/cbc:DocumentCurrencyCode`,
    purchaseOrderId: doc.orderNumberPath,
    lines: doc.root,
    'bankAccount.iban': doc.payee?.iban?.path ?? doc.root,
    'bankAccount.bic': doc.payee?.bic?.path ?? doc.root,
    'totals.lineExtensionAmount': `${monetary}/cbc:LineExtensionAmount`,
    'totals.taxExclusiveAmount': `${monetary}/cbc:TaxExclusiveAmount`,
    'totals.taxInclusiveAmount': `${monetary}/cbc:TaxInclusiveAmount`,
    'totals.allowanceTotal': `${monetary}/cbc:AllowanceTotalAmount`,
    'totals.chargeTotal': `${monetary}/cbc:ChargeTotalAmount`,
    'totals.payableAmount': `${monetary}/cbc:PayableAmount`,
    'totals.taxAmount': doc.taxAmount?.path ?? `${doc.root}/cac:TaxTotal`,
    'totals.taxSubtotals': `${doc.root}/cac:TaxTotal`,
    prepaidAmount: `${monetary}/cbc:PrepaidAmount`,
    roundingAmount: `${monetary}/cbc:PayableRoundingAmount`,
  };
  const LINE_FIELDS: Record<string, string> = {
    orderLineNo: '/cac:OrderLineReference/cbc:LineID',
    quantity: credit ? '/cbc:CreditedQuantity' : '/cbc:InvoicedQuantity',
    unitCode: credit ? '/cbc:CreditedQuantity/@unitCode' : '/cbc:InvoicedQuantity/@unitCode',
    unitPrice: '/cac:Price/cbc:PriceAmount',
    baseQuantity: '/cac:Price/cbc:BaseQuantity',
    netAmount: '/cbc:LineExtensionAmount',
    taxCategory: '/cac:Item/cac:ClassifiedTaxCategory/cbc:ID',
    taxRate: '/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent',
  };
  const invoice = await createInvoice(ctx, {
    actor: opts.actor,
    input,
    source: opts.source ?? 'ubl',
    locate: (path) => {
      const line = /^lines\[(\d+)\](?:\.(\w+))?/.exec(path);
      if (line)
        return `${linePaths[Number(line[1])]?.path ?? doc.root}${line[2] ? (LINE_FIELDS[line[2]] ?? '') : ''}`;
      const sub = /^totals\.taxSubtotals\[(\d+)\]\.(\w+)$/.exec(path);
      if (sub) {
        const s = doc.taxSubtotals[Number(sub[1])];
        return `${s?.path ?? `${doc.root}/cac:TaxTotal`}/cbc:${sub[2] === 'taxableAmount' ? 'TaxableAmount' : 'TaxAmount'}`;
      }
      const ac = /^allowancesCharges\[(\d+)\]/.exec(path);
      if (ac) return doc.allowancesCharges[Number(ac[1])]?.path ?? doc.root;
      return fields[path] ?? doc.root;
    },
  });
  if (opts.files && can(opts.actor, 'invoices:read')) {
    await attachEmbeddedFiles(ctx, { actor: opts.actor, invoice, files: doc.embeddedFiles, ...opts.files });
  }
  return invoice;
}

/**
 * The files a document embeds (in PEPPOL usually the invoice as a PDF) become the invoice's
 * attachments, after it is stored: one of a kind that cannot be attached, or too large, is left
 * out (the invoice stands without it); the others are kept as if AP had attached them.
 */
async function attachEmbeddedFiles(
  ctx: Ctx,
  opts: {
    actor: Actor;
    invoice: Invoice;
    files: ReadInvoice['embeddedFiles'];
    store: discussion.FileStore;
    maxBytes: number;
  },
): Promise<void> {
  for (const file of opts.files) {
    try {
      await discussion.addAttachment(ctx, {
        actor: opts.actor,
        document: { type: 'invoice', id: opts.invoice.id },
        fileName: file.fileName,
        bytes: Buffer.from(file.base64, 'base64'),
        maxBytes: opts.maxBytes,
        store: opts.store,
      });
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'validation')) throw err;
    }
  }
}

/** The seller must be the order's supplier: where both say a tax id or electronic address, they agree. */
async function checkSeller(
  ctx: Ctx,
  doc: ReadInvoice,
  supplierId: string,
  problem: (path: string, message: string) => void,
): Promise<void> {
  const supplier = await suppliers.getSupplier(ctx, { id: supplierId });
  const taxId = supplier.taxId ? bare(supplier.taxId) : null;
  if (taxId && doc.seller.taxIds.length > 0 && !doc.seller.taxIds.some((t) => bare(t) === taxId)) {
    problem(
      `${doc.seller.path}/cac:PartyTaxScheme/cbc:CompanyID`,
      `is ${doc.seller.taxIds.join(', ')}: the order’s supplier ${supplier.legalName} has the tax id ${supplier.taxId}`,
    );
  }
  const address = supplier.electronicAddress ? bare(supplier.electronicAddress.id) : null;
  if (address && doc.seller.endpointId && bare(doc.seller.endpointId) !== address) {
    problem(
      `${doc.seller.path}/cbc:EndpointID`,
      `is ${doc.seller.endpointId}: the order’s supplier ${supplier.legalName} has the electronic address ${supplier.electronicAddress!.scheme}:${supplier.electronicAddress!.id}`,
    );
  }
}

/** One document line as an invoice line: its order line named or proposed, its quantity in the order line's unit. */
async function readLine(
  ctx: Ctx,
  l: ReadInvoiceLine,
  opts: {
    order: purchaseOrders.InvoicingView;
    items: Map<string, { sku: string }>;
    credit: boolean;
    problem: (path: string, message: string) => void;
  },
): Promise<{ line: InvoiceLineInput; proposed: boolean } | null> {
  const { order, items, problem } = opts;
  let ok = true;
  const need = (v: { value: string; path: string } | null, path: string, what: string): string | null => {
    if (!v) {
      problem(path, `is missing: ${what}`);
      ok = false;
      return null;
    }
    if (!DECIMAL_RE.test(v.value)) {
      problem(v.path, `is "${v.value}", not a number`);
      ok = false;
      return null;
    }
    return normalize(v.value);
  };
  const quantityPath = `${l.path}/cbc:${opts.credit ? 'CreditedQuantity' : 'InvoicedQuantity'}`;
  const quantity = need(
    l.quantity ? { value: l.quantity.value, path: l.quantity.path } : null,
    quantityPath,
    'the quantity billed',
  );
  const price = need(l.price, `${l.path}/cac:Price/cbc:PriceAmount`, 'the price');
  const baseQuantity = l.baseQuantity ? need(l.baseQuantity, l.baseQuantity.path, '') : '1';
  const net = l.lineExtensionAmount ? need(l.lineExtensionAmount, l.lineExtensionAmount.path, '') : null;
  const rate = l.taxRate ? need(l.taxRate, l.taxRate.path, '') : null;
  const acs = allowanceCharges(l.allowancesCharges, problem, false);
  if (!ok || !quantity || !price || !baseQuantity || !acs) return null;

  let orderLineNo: number | null = null;
  let proposed = false;
  if (l.orderLineId) {
    const no = /^\d{1,6}$/.test(l.orderLineId.value) ? Number(l.orderLineId.value) : null;
    if (no === null || !order.lines.some((x) => x.lineNo === no)) {
      problem(
        l.orderLineId.path,
        `is ${l.orderLineId.value}, not a line of ${order.number} (lines ${order.lines.map((x) => x.lineNo).join(', ')})`,
      );
      return null;
    }
    orderLineNo = no;
  } else {
    orderLineNo = proposeOrderLine(l, price, baseQuantity, order, items);
    proposed = orderLineNo !== null;
  }
  const orderLine = order.lines.find((x) => x.lineNo === orderLineNo);
  // The line keeps the document's quantity, price and unit (a stored unit with its UN/ECE code that
  // converts to the order line's): the invoice's own arithmetic is the document's, and the match
  // brings it to the order line's unit.
  let unitCode: string | null = orderLine?.unitCode ?? null;
  if (orderLine && l.quantity?.unitCode) {
    const unit = await catalog.resolveUneceUnit(ctx, {
      quantity,
      uneceCode: l.quantity.unitCode,
      toUnit: orderLine.unitCode,
    });
    if (!unit) {
      problem(
        `${l.quantity.path}/@unitCode`,
        `is ${l.quantity.unitCode}, which does not convert to ${orderLine.unitName}, the unit of order line ${orderLine.lineNo}`,
      );
      return null;
    }
    unitCode = unit.unitCode;
  }
  return {
    line: {
      orderLineNo,
      supplierLineId: l.id,
      description: l.name ?? l.description,
      quantity,
      unitCode,
      unitPrice: price,
      baseQuantity,
      allowancesCharges: acs,
      taxCategory: l.taxCategory?.value ?? null,
      taxRate: rate,
      netAmount: net,
    },
    proposed,
  };
}

/**
 * The order line a line that names none most likely bills: the one whose item is the document's
 * buyer's item id (our SKU), else the one at the same net unit price, else the one with the same
 * name. Null when none fits (the line is then not on the order: an exception).
 */
function proposeOrderLine(
  l: ReadInvoiceLine,
  price: string,
  baseQuantity: string,
  order: purchaseOrders.InvoicingView,
  items: Map<string, { sku: string }>,
): number | null {
  const bySku = l.buyersItemId
    ? order.lines.find(
        (x) => x.itemId && items.get(x.itemId)?.sku.toUpperCase() === l.buyersItemId!.toUpperCase(),
      )
    : undefined;
  if (bySku) return bySku.lineNo;
  const unitPrice = D(price).div(baseQuantity);
  const byPrice = order.lines.filter((x) =>
    D(x.unitPrice)
      .times(D(100).minus(x.discountPercent))
      .div(100)
      .toDecimalPlaces(4)
      .equals(unitPrice.toDecimalPlaces(4)),
  );
  if (byPrice.length === 1) return byPrice[0]!.lineNo;
  const name = (l.name ?? l.description ?? '').trim().toLowerCase();
  const byName = name ? order.lines.find((x) => x.description.trim().toLowerCase() === name) : undefined;
  return byName?.lineNo ?? byPrice[0]?.lineNo ?? null;
}

function allowanceCharges(
  list: ReadInvoice['allowancesCharges'],
  problem: (path: string, message: string) => void,
  header: boolean,
): AllowanceChargeInput[] | null {
  let ok = true;
  const out: AllowanceChargeInput[] = [];
  for (const ac of list) {
    if (ac.charge !== 'true' && ac.charge !== 'false') {
      problem(`${ac.path}/cbc:ChargeIndicator`, 'must be true (a charge) or false (an allowance)');
      ok = false;
      continue;
    }
    if (!ac.amount || !DECIMAL_RE.test(ac.amount)) {
      problem(`${ac.path}/cbc:Amount`, ac.amount ? `is "${ac.amount}", not an amount` : 'is missing');
      ok = false;
      continue;
    }
    out.push({
      charge: ac.charge === 'true',
      amount: normalize(ac.amount),
      reason: ac.reason,
      reasonCode: ac.reasonCode,
      ...(header
        ? {
            taxCategory: ac.taxCategory,
            taxRate: ac.taxRate && DECIMAL_RE.test(ac.taxRate) ? normalize(ac.taxRate) : null,
          }
        : {}),
    });
  }
  return ok ? out : null;
}
