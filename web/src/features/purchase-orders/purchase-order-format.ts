import type { PurchaseOrderStatus } from '@contracts/purchase-orders';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';

/** The statuses' names, in the order of an order's life (the web app's own, translated). */
export const PURCHASE_ORDER_STATUS_LABELS: Record<PurchaseOrderStatus, MessageDescriptor> = {
  draft: msg`Draft`,
  pending_approval: msg`Awaiting approval`,
  approved: msg`Approved`,
  sent: msg`Sent`,
  acknowledged: msg`Acknowledged`,
  partially_received: msg`Partially received`,
  received: msg`Received`,
  closed: msg`Closed`,
  cancelled: msg`Cancelled`,
  on_hold: msg`On hold`,
};

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

export const INCOTERM_NAMES: Record<string, MessageDescriptor> = {
  EXW: msg`Ex Works`,
  FCA: msg`Free Carrier`,
  CPT: msg`Carriage Paid To`,
  CIP: msg`Carriage and Insurance Paid To`,
  DAP: msg`Delivered at Place`,
  DPU: msg`Delivered at Place Unloaded`,
  DDP: msg`Delivered Duty Paid`,
  FAS: msg`Free Alongside Ship`,
  FOB: msg`Free on Board`,
  CFR: msg`Cost and Freight`,
  CIF: msg`Cost, Insurance and Freight`,
};

/** An Incoterms rule's name in the current language (the code itself when it is unknown). */
export function incotermName(i18n: I18n, code: string): string {
  const name = INCOTERM_NAMES[code];
  return name ? i18n._(name) : code;
}

/** "Net 30", "Net 30, 2% within 10 days", "Due on receipt". */
export function describeOrderTerms(
  i18n: I18n,
  o: {
    paymentTermsNetDays: number;
    earlyPaymentDiscountPercent: string | null;
    earlyPaymentDiscountDays: number | null;
  },
): string {
  const netDays = o.paymentTermsNetDays;
  const pct = o.earlyPaymentDiscountPercent;
  const days = o.earlyPaymentDiscountDays;
  if (!pct || days === null || /^0*(\.0*)?$/.test(pct))
    return netDays === 0 ? i18n._(msg`Due on receipt`) : i18n._(msg`Net ${netDays}`);
  const percent = pct.replace(/\.?0+$/, '');
  return netDays === 0
    ? i18n._(msg`Due on receipt, ${percent}% within ${plural(days, { one: '# days', other: '# days' })}`)
    : i18n._(msg`Net ${netDays}, ${percent}% within ${plural(days, { one: '# days', other: '# days' })}`);
}
