import type {
  CreatePurchaseOrderRequest,
  OrderAddress,
  PurchaseOrder,
  UpdatePurchaseOrderRequest,
} from '@contracts/purchase-orders';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { isAmountInput } from '@/lib/document-totals';
import type { TaxCategory } from '@/lib/tax-categories';

/**
 * The order editor's values mirror the request body (same names and nesting), so an error for
 * "lines[3].unitPrice" or "shipTo.city" lands on that input. Blank text means "not given".
 */
export type AddressValues = {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};

export type OrderLineValues = {
  uid: string;
  /** The line this one replaces on an edit; null for a new line. */
  lineNo: number | null;
  itemId: string | null;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  /** '' : the item's category when it fits the rate, else the rate's own (above 0 S, 0 Z). */
  taxCategory: TaxCategory | '';
  neededBy: string | null;
  /** Kept as it is (the grid does not show it). */
  costCentreId: string | null;
  /** Set while the unit price is the one the price list gave (so a new quantity re-prices it). */
  priceFromList: boolean;
  /** Why no price was found, shown under the line; not sent. */
  priceNote: string;
};

export type PurchaseOrderFormValues = {
  supplierId: string | null;
  currency: string;
  paymentTermsNetDays: number | string;
  incoterms: string | null;
  incotermsPlace: string;
  shipTo: AddressValues;
  billTo: AddressValues;
  departmentId: string | null;
  costCentreId: string | null;
  orderDate: string | null;
  expectedDeliveryDate: string | null;
  notes: string;
  terms: string;
  /** Why the order changes (a change order records it with the revision). */
  reason: string;
  lines: OrderLineValues[];
};

let uidCounter = 0;
const newUid = () => `po-line-${++uidCounter}`;

export function emptyOrderLine(defaults: { neededBy?: string | null } = {}): OrderLineValues {
  return {
    uid: newUid(),
    lineNo: null,
    itemId: null,
    description: '',
    quantity: '1',
    unitCode: '',
    unitPrice: '',
    discountPercent: '',
    taxRate: '',
    taxCategory: '',
    neededBy: defaults.neededBy ?? null,
    costCentreId: null,
    priceFromList: false,
    priceNote: '',
  };
}

const blankAddress = (): AddressValues => ({
  line1: '',
  line2: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
});

function addressValues(a: Partial<OrderAddress> | null | undefined): AddressValues {
  if (!a) return blankAddress();
  return {
    line1: a.line1 ?? '',
    line2: a.line2 ?? '',
    city: a.city ?? '',
    region: a.region ?? '',
    postalCode: a.postalCode ?? '',
    country: a.country ?? '',
  };
}

export type OrderDefaults = {
  orderDate: string;
  /** The organisation's address: where goods go and invoices are sent unless the order says otherwise. */
  address: Partial<OrderAddress> | null;
  currency: string;
};

export function initialOrderValues(
  order: PurchaseOrder | undefined,
  defaults: OrderDefaults,
): PurchaseOrderFormValues {
  if (!order) {
    return {
      supplierId: null,
      currency: defaults.currency,
      paymentTermsNetDays: 30,
      incoterms: null,
      incotermsPlace: '',
      shipTo: addressValues(defaults.address),
      billTo: addressValues(defaults.address),
      departmentId: null,
      costCentreId: null,
      orderDate: defaults.orderDate,
      expectedDeliveryDate: null,
      notes: '',
      terms: '',
      reason: '',
      lines: [emptyOrderLine()],
    };
  }
  return {
    supplierId: order.supplierId,
    currency: order.currency,
    paymentTermsNetDays: order.paymentTermsNetDays,
    incoterms: order.incoterms,
    incotermsPlace: order.incotermsPlace ?? '',
    shipTo: addressValues(order.shipTo),
    billTo: addressValues(order.billTo),
    departmentId: order.departmentId,
    costCentreId: order.costCentreId,
    orderDate: order.orderDate,
    expectedDeliveryDate: order.expectedDeliveryDate,
    notes: order.notes,
    terms: order.terms,
    reason: '',
    lines: order.lines.map((l) => ({
      uid: newUid(),
      lineNo: l.lineNo,
      itemId: l.itemId,
      description: l.description,
      quantity: l.quantity,
      unitCode: l.unitCode,
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent === '0' ? '' : l.discountPercent,
      taxRate: l.taxRate,
      taxCategory: l.taxCategory,
      neededBy: l.neededBy,
      costCentreId: l.costCentreId,
      priceFromList: false,
      priceNote: '',
    })),
  };
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

function addressRequest(a: AddressValues): OrderAddress | null {
  const filled = Object.values(a).some((v) => v.trim() !== '');
  if (!filled) return null;
  return {
    line1: a.line1.trim(),
    line2: opt(a.line2),
    city: a.city.trim(),
    region: opt(a.region),
    postalCode: opt(a.postalCode),
    country: a.country.trim().toUpperCase(),
  };
}

function header(v: PurchaseOrderFormValues) {
  return {
    supplierId: v.supplierId ?? '',
    currency: v.currency,
    paymentTermsNetDays: v.paymentTermsNetDays === '' ? Number.NaN : Number(v.paymentTermsNetDays),
    incoterms: (v.incoterms || null) as CreatePurchaseOrderRequest['incoterms'],
    incotermsPlace: opt(v.incotermsPlace) ?? null,
    shipTo: addressRequest(v.shipTo),
    billTo: addressRequest(v.billTo),
    departmentId: v.departmentId,
    costCentreId: v.costCentreId,
    orderDate: v.orderDate ?? '',
    expectedDeliveryDate: v.expectedDeliveryDate || null,
    notes: v.notes,
    terms: v.terms,
  };
}

function lineRequest(l: OrderLineValues) {
  return {
    itemId: l.itemId,
    description: opt(l.description),
    quantity: l.quantity.trim(),
    unitCode: l.unitCode || undefined,
    unitPrice: l.unitPrice.trim(),
    discountPercent: opt(l.discountPercent),
    taxRate: opt(l.taxRate),
    taxCategory: l.taxCategory || undefined,
    neededBy: l.neededBy || null,
    costCentreId: l.costCentreId,
  };
}

export function toCreateOrderRequest(v: PurchaseOrderFormValues): CreatePurchaseOrderRequest {
  return { ...header(v), lines: v.lines.map(lineRequest) };
}

export function toUpdateOrderRequest(v: PurchaseOrderFormValues): UpdatePurchaseOrderRequest {
  return {
    ...header(v),
    lines: v.lines.map((l) => ({ ...(l.lineNo !== null ? { lineNo: l.lineNo } : {}), ...lineRequest(l) })),
    ...(opt(v.reason) ? { reason: opt(v.reason) } : {}),
  };
}

/** What the contract cannot say about the editor: blanks that would otherwise read as format errors. */
export function orderFormErrors(i18n: I18n, v: PurchaseOrderFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.supplierId) errors.supplierId = i18n._(msg`Choose a supplier`);
  if (!v.currency) errors.currency = i18n._(msg`Choose a currency`);
  if (v.paymentTermsNetDays === '') errors.paymentTermsNetDays = i18n._(msg`Is required`);
  if (!v.orderDate) errors.orderDate = i18n._(msg`Give the order date`);
  if (v.incotermsPlace.trim() && !v.incoterms)
    errors.incoterms = i18n._(msg`Choose the rule the place belongs to`);
  v.lines.forEach((l, i) => {
    if (!l.itemId && !l.description.trim())
      errors[`lines.${i}.description`] = i18n._(msg`Describe it, or pick an item`);
    if (!l.itemId && !l.unitCode) errors[`lines.${i}.unitCode`] = i18n._(msg`Choose a unit`);
    if (!l.itemId && !l.taxRate.trim()) errors[`lines.${i}.taxRate`] = i18n._(msg`Enter the tax rate`);
    if (l.quantity.trim() === '') errors[`lines.${i}.quantity`] = i18n._(msg`Enter a quantity`);
    if (l.unitPrice.trim() === '') errors[`lines.${i}.unitPrice`] = i18n._(msg`Enter a price`);
  });
  return errors;
}

/** The lines that take part in the live totals: those whose numbers are complete. */
export function totalsLines(lines: OrderLineValues[]) {
  return lines
    .filter(
      (l) =>
        isAmountInput(l.quantity) &&
        isAmountInput(l.unitPrice) &&
        (l.taxRate.trim() === '' || isAmountInput(l.taxRate)) &&
        (l.discountPercent.trim() === '' || isAmountInput(l.discountPercent)),
    )
    .map((l) => ({
      quantity: l.quantity.trim(),
      unitPrice: l.unitPrice.trim(),
      discountPercent: l.discountPercent.trim() || '0',
      taxRate: l.taxRate.trim() || '0',
      taxCategory: l.taxCategory || null,
    }));
}
