import type { Address, Contact } from '../../db/schema';
import type { ReturnKind } from '../../domain/approvals';
import type { PaymentTermsBasis } from '../../domain/payment-terms';
import type { Incoterm, PurchaseOrderStatus } from '../../domain/purchase-orders';
import type { SupplierStatus } from '../../domain/suppliers';
import { defaultTaxCategory, type TaxCategory } from '../../domain/tax-categories';
import { documentTotals, type TaxBreakdown } from '../shared/document-totals';
import { normalize, roundTo } from '../shared/money';
import type {
  LineDetailRow,
  LineInsert,
  OrderDetailRow,
  OrderListRow,
  OrderRow,
  SourceDetailRow,
} from './repository';
import {
  type LineProgress,
  lineProgress,
  type OrderProgress,
  type OrderSnapshot,
  orderProgress,
} from './rules';

/** A purchase order as the core hands it out: everything a reader or a printed order needs. */

export type Warning = { code: string; message: string };

export type Returned = {
  kind: ReturnKind;
  reason: string | null;
  byUserId: string | null;
  byName: string | null;
  at: Date;
};

export type LineSource = {
  requisitionLineId: string;
  quantity: string;
  requisitionId: string;
  requisitionNumber: string;
  requisitionLineNo: number;
};

export type PurchaseOrderLine = {
  id: string;
  lineNo: number;
  itemId: string | null;
  sku: string | null;
  description: string;
  quantity: string;
  unitCode: string;
  unitName: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  taxCategory: TaxCategory;
  netAmount: string;
  taxAmount: string;
  totalAmount: string;
  neededBy: string | null;
  /** The delivery date the supplier promised; null: not yet. */
  promisedDate: string | null;
  costCentreId: string | null;
  /** Received less reversals; accepted and rejected of it at inspection (or accepted on receipt). */
  quantityReceived: string;
  quantityAccepted: string;
  quantityRejected: string;
  quantityBilled: string;
  /** What the supplier's ship notices say it shipped; shipped beyond received is in transit. */
  quantityShipped: string;
  /** Rejected goods sent back by returns to supplier; of it, what is to be credited (no longer expected). */
  quantityReturned: string;
  quantityCredited: string;
  /** No longer expected: short-closed, and returned for credit. */
  quantityShortClosed: string;
  shortCloseReason: string | null;
  /** Its item is a service: confirmed by amount or percentage of completion, not received at the dock. */
  service: boolean;
  progress: LineProgress;
  sources: LineSource[];
};

export type PurchaseOrderTotals = {
  subtotal: string;
  tax: string;
  total: string;
  byTaxRate: TaxBreakdown[];
};

export type PurchaseOrder = {
  id: string;
  number: string;
  revision: number;
  status: PurchaseOrderStatus;
  heldFromStatus: PurchaseOrderStatus | null;
  supplierId: string;
  supplierName: string;
  supplier: {
    id: string;
    code: string;
    legalName: string;
    taxId: string | null;
    address: Address | null;
    /** The first contact: who the order is addressed to. */
    contact: Contact | null;
    status: SupplierStatus;
    /** The language of the documents it is sent (src/domain/languages.ts); null: English. */
    language: string | null;
  };
  currency: string;
  /** Digits after the decimal point of the currency (amounts are rounded to them). */
  minorUnits: number;
  exchangeRate: string;
  exchangeRateDate: string;
  baseCurrency: string;
  paymentTermsNetDays: number;
  earlyPaymentDiscountPercent: string | null;
  earlyPaymentDiscountDays: number | null;
  paymentTermsBasis: PaymentTermsBasis;
  incoterms: Incoterm | null;
  incotermsPlace: string | null;
  shipTo: Address | null;
  billTo: Address | null;
  buyerId: string;
  buyer: { id: string; name: string; email: string };
  departmentId: string | null;
  department: { code: string; name: string } | null;
  costCentreId: string | null;
  costCentre: { code: string; name: string } | null;
  orderDate: string;
  expectedDeliveryDate: string | null;
  notes: string;
  terms: string;
  totals: PurchaseOrderTotals;
  totalBase: string;
  progress: OrderProgress;
  lines: PurchaseOrderLine[];
  holdReason: string | null;
  cancelReason: string | null;
  closeReason: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  /** When it was first sent to the supplier, and the latest revision sent; null: never sent. */
  firstSentAt: Date | null;
  sentRevision: number | null;
  approvedBy: string | null;
  approvedByName: string | null;
  /** Why a draft came back from approval (rejected, or changes requested); null once submitted again. */
  returned: Returned | null;
  createdBy: string | null;
  warnings: Warning[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** One row of the order list: the header without lines. */
export type PurchaseOrderSummary = {
  id: string;
  number: string;
  revision: number;
  status: PurchaseOrderStatus;
  supplierId: string;
  supplierName: string;
  currency: string;
  total: string;
  totalBase: string;
  orderDate: string;
  expectedDeliveryDate: string | null;
  buyerId: string;
  departmentId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

const nullableDecimal = (v: string | null) => (v === null ? null : normalize(v));

/** The address an order is sent to: the supplier's billing address, else its first. */
function supplierAddress(addresses: Address[]): Address | null {
  return addresses.find((a) => a.kind === 'billing') ?? addresses[0] ?? null;
}

/** The supplier was graded below the warning grade when the order was submitted: its approvers see why. */
export function gradeWarnings(
  warning: { grade: string; score: string; warnBelowGrade: string } | null,
  legalName: string,
): Warning[] {
  if (!warning) return [];
  return [
    {
      code: 'supplier_grade_low',
      message: `Supplier ${legalName} was graded ${warning.grade} (score ${warning.score} over the last 12 months) when this order was submitted, below the warning grade ${warning.warnBelowGrade}.`,
    },
  ];
}

export function supplierWarnings(status: SupplierStatus, legalName: string): Warning[] {
  if (status === 'on_hold')
    return [
      { code: 'supplier_on_hold', message: `Supplier ${legalName} is on hold; check before ordering.` },
    ];
  if (status === 'blocked')
    return [
      { code: 'supplier_blocked', message: `Supplier ${legalName} is blocked; this order cannot proceed.` },
    ];
  return [];
}

export function toPurchaseOrder(
  row: OrderDetailRow,
  lineRows: LineDetailRow[],
  sourceRows: SourceDetailRow[],
): PurchaseOrder {
  const minor = row.minorUnits;
  const totals = documentTotals(lineRows, minor);
  const sourcesByLine = new Map<string, LineSource[]>();
  for (const s of sourceRows) {
    const list = sourcesByLine.get(s.purchaseOrderLineId) ?? [];
    list.push({
      requisitionLineId: s.requisitionLineId,
      quantity: normalize(s.quantity),
      requisitionId: s.requisitionId,
      requisitionNumber: s.requisitionNumber,
      requisitionLineNo: s.requisitionLineNo,
    });
    sourcesByLine.set(s.purchaseOrderLineId, list);
  }
  const lines: PurchaseOrderLine[] = lineRows.map((l, i) => ({
    id: l.id,
    lineNo: l.lineNo,
    itemId: l.itemId,
    sku: l.sku,
    description: l.description,
    quantity: normalize(l.quantity),
    unitCode: l.unitCode,
    unitName: l.unitName,
    unitPrice: normalize(l.unitPrice),
    discountPercent: normalize(l.discountPercent),
    taxRate: normalize(l.taxRate),
    taxCategory: l.taxCategory,
    netAmount: totals.lines[i]!.net,
    taxAmount: totals.lines[i]!.tax,
    totalAmount: totals.lines[i]!.total,
    neededBy: l.neededBy,
    promisedDate: l.promisedDate,
    costCentreId: l.costCentreId,
    quantityReceived: normalize(l.quantityReceived),
    quantityAccepted: normalize(l.quantityAccepted),
    quantityRejected: normalize(l.quantityRejected),
    quantityBilled: normalize(l.quantityBilled),
    quantityShipped: normalize(l.quantityShipped),
    quantityReturned: normalize(l.quantityReturned),
    quantityCredited: normalize(l.quantityCredited),
    quantityShortClosed: normalize(l.quantityShortClosed),
    shortCloseReason: l.shortCloseReason,
    service: l.service ?? false,
    progress: lineProgress(l),
    sources: sourcesByLine.get(l.id) ?? [],
  }));
  return {
    id: row.id,
    number: row.number,
    revision: row.revision,
    ...stateOf(row),
    supplierId: row.supplierId,
    supplierName: row.supplier.legalName,
    supplier: {
      id: row.supplierId,
      code: row.supplier.code,
      legalName: row.supplier.legalName,
      taxId: row.supplier.taxId,
      address: supplierAddress(row.supplier.addresses),
      contact: row.supplier.contacts[0] ?? null,
      status: row.supplier.status,
      language: row.supplier.language,
    },
    currency: row.currency,
    minorUnits: row.minorUnits,
    exchangeRate: normalize(row.exchangeRate),
    exchangeRateDate: row.exchangeRateDate,
    baseCurrency: row.baseCurrency,
    paymentTermsNetDays: row.paymentTermsNetDays,
    earlyPaymentDiscountPercent: nullableDecimal(row.earlyPaymentDiscountPercent),
    earlyPaymentDiscountDays: row.earlyPaymentDiscountDays,
    paymentTermsBasis: row.paymentTermsBasis,
    incoterms: row.incoterms ?? null,
    incotermsPlace: row.incotermsPlace,
    shipTo: row.shipTo ?? null,
    billTo: row.billTo ?? null,
    buyerId: row.buyerId,
    buyer: { id: row.buyerId, name: row.buyer.name, email: row.buyer.email },
    departmentId: row.departmentId,
    department: row.department,
    costCentreId: row.costCentreId,
    costCentre: row.costCentre,
    orderDate: row.orderDate,
    expectedDeliveryDate: row.expectedDeliveryDate,
    notes: row.notes,
    terms: row.terms,
    totals: { subtotal: totals.subtotal, tax: totals.tax, total: totals.total, byTaxRate: totals.byTaxRate },
    totalBase: roundTo(row.totalBase, row.baseMinorUnits),
    progress: orderProgress(lineRows),
    lines,
    approvedBy: row.approvedBy,
    approvedByName: row.approvedByName,
    returned:
      row.returnKind && row.returnedAt
        ? {
            kind: row.returnKind,
            reason: row.returnReason,
            byUserId: row.returnedBy,
            byName: row.returnedByName,
            at: row.returnedAt,
          }
        : null,
    createdBy: row.createdBy,
    warnings: [
      ...supplierWarnings(row.supplier.status, row.supplier.legalName),
      ...gradeWarnings(row.supplierGradeWarning, row.supplier.legalName),
    ],
    createdAt: row.createdAt,
  };
}

export function toSummary(row: OrderListRow): PurchaseOrderSummary {
  return {
    id: row.id,
    number: row.number,
    revision: row.revision,
    status: row.status,
    supplierId: row.supplierId,
    supplierName: row.supplierName,
    currency: row.currency,
    total: roundTo(row.total, row.minorUnits),
    totalBase: roundTo(row.totalBase, row.baseMinorUnits),
    orderDate: row.orderDate,
    expectedDeliveryDate: row.expectedDeliveryDate,
    buyerId: row.buyerId,
    departmentId: row.departmentId,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The header fields a revision records and diffs (decimals canonical, so "10.00" equals "10"). */
export const SNAPSHOT_HEADER_FIELDS = [
  'supplierId',
  'currency',
  'exchangeRate',
  'exchangeRateDate',
  'paymentTermsNetDays',
  'earlyPaymentDiscountPercent',
  'earlyPaymentDiscountDays',
  'paymentTermsBasis',
  'incoterms',
  'incotermsPlace',
  'shipTo',
  'billTo',
  'buyerId',
  'departmentId',
  'costCentreId',
  'orderDate',
  'expectedDeliveryDate',
  'notes',
  'terms',
  'subtotal',
  'taxTotal',
  'total',
  'totalBase',
] as const satisfies readonly (keyof OrderRow)[];

const DECIMAL_HEADER_FIELDS = new Set([
  'exchangeRate',
  'earlyPaymentDiscountPercent',
  'subtotal',
  'taxTotal',
  'total',
  'totalBase',
]);

/** What a line contributes to a revision snapshot. */
export type SnapshotLine = {
  lineNo: number;
  itemId: string | null;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  taxCategory: TaxCategory;
  netAmount: string;
  taxAmount: string;
  neededBy: string | null;
  costCentreId: string | null;
  quantityShortClosed: string;
  sources: { requisitionLineId: string; quantity: string }[];
};

export function snapshotLine(
  line: Pick<LineInsert, keyof Omit<SnapshotLine, 'sources'>>,
  sources: { requisitionLineId: string; quantity: string }[],
): SnapshotLine {
  return {
    lineNo: line.lineNo,
    itemId: line.itemId ?? null,
    description: line.description,
    quantity: normalize(line.quantity),
    unitCode: line.unitCode,
    unitPrice: normalize(line.unitPrice),
    discountPercent: normalize(line.discountPercent ?? '0'),
    taxRate: normalize(line.taxRate),
    taxCategory: line.taxCategory ?? defaultTaxCategory(line.taxRate),
    netAmount: normalize(line.netAmount),
    taxAmount: normalize(line.taxAmount),
    neededBy: line.neededBy ?? null,
    costCentreId: line.costCentreId ?? null,
    quantityShortClosed: normalize(line.quantityShortClosed ?? '0'),
    sources: [...sources]
      .map((s) => ({ requisitionLineId: s.requisitionLineId, quantity: normalize(s.quantity) }))
      .sort((a, b) => (a.requisitionLineId < b.requisitionLineId ? -1 : 1)),
  };
}

export function snapshotOf(
  header: Pick<OrderRow, (typeof SNAPSHOT_HEADER_FIELDS)[number]>,
  lines: SnapshotLine[],
): OrderSnapshot {
  const h: OrderSnapshot['header'] = {};
  for (const f of SNAPSHOT_HEADER_FIELDS) {
    const v = header[f];
    h[f] =
      v === null || v === undefined
        ? null
        : DECIMAL_HEADER_FIELDS.has(f)
          ? normalize(String(v))
          : (v as OrderSnapshot['header'][string]);
  }
  return { header: h, lines: lines.map((l) => ({ ...l })) };
}

/** Audit-trail fields of a newly created order (the lines are counted; the revision snapshots hold them). */
export function creationChanges(
  order: Pick<OrderRow, 'number' | 'status' | (typeof SNAPSHOT_HEADER_FIELDS)[number]>,
  lineCount: number,
) {
  const changes: Record<string, { before: unknown; after: unknown }> = {
    number: { before: null, after: order.number },
    status: { before: null, after: order.status },
    lineCount: { before: null, after: lineCount },
  };
  const snapshot = snapshotOf(order, []);
  for (const [k, v] of Object.entries(snapshot.header)) {
    if (v !== null && v !== '') changes[k] = { before: null, after: v };
  }
  return changes;
}

/**
 * The columns of an order's row that its transitions write: status, hold, reasons, the dates of
 * each step, the sent revision, version.
 */
function stateOf(row: OrderRow) {
  return {
    status: row.status,
    heldFromStatus: row.heldFromStatus,
    holdReason: row.holdReason,
    cancelReason: row.cancelReason,
    closeReason: row.closeReason,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    firstSentAt: row.firstSentAt,
    sentRevision: row.sentRevision,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/**
 * The order with the state columns of its row as a transition wrote them (stateOf): the answer of
 * a transition that changes nothing else, built from the order read at the version it locked
 * instead of read again.
 */
export function withWrittenState(order: PurchaseOrder, row: OrderRow): PurchaseOrder {
  return { ...order, ...stateOf(row) };
}
