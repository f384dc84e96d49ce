import { trimDecimal } from '@/lib/format';

export type PaymentTerms = {
  paymentTermsNetDays: number;
  earlyPaymentDiscountPercent: string | null;
  earlyPaymentDiscountDays: number | null;
};

/** "Net 30, 2% if paid within 10 days"; "Due on receipt" for net 0. */
export function describePaymentTerms(terms: PaymentTerms): string {
  const net = terms.paymentTermsNetDays === 0 ? 'Due on receipt' : `Net ${terms.paymentTermsNetDays}`;
  const pct = terms.earlyPaymentDiscountPercent;
  const days = terms.earlyPaymentDiscountDays;
  if (pct === null || days === null || Number(pct) === 0) return net;
  return `${net}, ${trimDecimal(pct)}% if paid within ${days} ${days === 1 ? 'day' : 'days'}`;
}
