import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { formatDecimal, trimDecimal } from '@/lib/format';

export type PaymentTerms = {
  paymentTermsNetDays: number;
  earlyPaymentDiscountPercent: string | null;
  earlyPaymentDiscountDays: number | null;
  /** What the days count from; the invoice date when left out. */
  paymentTermsBasis?: 'invoice_date' | 'end_of_month' | 'receipt_date';
};

/** "Net 30, 2% if paid within 10 days"; "Due on receipt" for net 0. */
export function describePaymentTerms(i18n: I18n, terms: PaymentTerms): string {
  const text = describeDays(i18n, terms);
  if (terms.paymentTermsBasis === 'end_of_month') return i18n._(msg`${text}, end of month`);
  if (terms.paymentTermsBasis === 'receipt_date') return i18n._(msg`${text}, from receipt of goods`);
  return text;
}

function describeDays(i18n: I18n, terms: PaymentTerms): string {
  const netDays = terms.paymentTermsNetDays;
  const pct = terms.earlyPaymentDiscountPercent;
  const days = terms.earlyPaymentDiscountDays;
  if (pct === null || days === null || Number(pct) === 0)
    return netDays === 0 ? i18n._(msg`Due on receipt`) : i18n._(msg`Net ${netDays}`);
  const percent = formatDecimal(trimDecimal(pct));
  return netDays === 0
    ? i18n._(
        msg`Due on receipt, ${percent}% if paid within ${plural(days, { one: '# day', other: '# days' })}`,
      )
    : i18n._(
        msg`Net ${netDays}, ${percent}% if paid within ${plural(days, { one: '# day', other: '# days' })}`,
      );
}
