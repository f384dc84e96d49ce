import { PURCHASE_ORDER_STATUS_LABELS, type PurchaseOrderStatus } from '@contracts/purchase-orders';

export { PURCHASE_ORDER_STATUS_LABELS };

export const PURCHASE_ORDER_STATUS_COLORS: Record<PurchaseOrderStatus, string> = {
  draft: 'gray',
  pending_approval: 'yellow',
  approved: 'teal',
  sent: 'blue',
  acknowledged: 'cyan',
  partially_received: 'indigo',
  received: 'green',
  closed: 'dark',
  cancelled: 'red',
  on_hold: 'orange',
};

export const INCOTERM_NAMES: Record<string, string> = {
  EXW: 'Ex Works',
  FCA: 'Free Carrier',
  CPT: 'Carriage Paid To',
  CIP: 'Carriage and Insurance Paid To',
  DAP: 'Delivered at Place',
  DPU: 'Delivered at Place Unloaded',
  DDP: 'Delivered Duty Paid',
  FAS: 'Free Alongside Ship',
  FOB: 'Free on Board',
  CFR: 'Cost and Freight',
  CIF: 'Cost, Insurance and Freight',
};

/** "Net 30", "Net 30, 2% within 10 days", "Due on receipt". */
export function describeOrderTerms(o: {
  paymentTermsNetDays: number;
  earlyPaymentDiscountPercent: string | null;
  earlyPaymentDiscountDays: number | null;
}): string {
  const net = o.paymentTermsNetDays === 0 ? 'Due on receipt' : `Net ${o.paymentTermsNetDays}`;
  const pct = o.earlyPaymentDiscountPercent;
  if (!pct || o.earlyPaymentDiscountDays === null || /^0*(\.0*)?$/.test(pct)) return net;
  return `${net}, ${pct.replace(/\.?0+$/, '')}% within ${o.earlyPaymentDiscountDays} days`;
}
