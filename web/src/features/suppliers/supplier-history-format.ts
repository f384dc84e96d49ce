import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import { describeScorecardSnapshot } from '@/features/evaluation/labels';
import { scorecardSnapshotOf } from '@/features/evaluation/scorecard-figures';
import { formatAddressOneLine, formatPercent } from '@/lib/format';
import { ADDRESS_KIND_LABELS } from './components/supplier-details';
import { SUPPLIER_STATUS_LABELS } from './components/supplier-status-badge';

/** Labels of the supplier's fields in its history, in the order they are listed. */
export const SUPPLIER_FIELD_LABELS: Record<string, MessageDescriptor> = {
  status: msg`Status`,
  scorecard: msg`Scorecard at the hold`,
  code: msg`Code`,
  legalName: msg`Legal name`,
  taxId: msg`Tax ID`,
  defaultCurrency: msg`Default currency`,
  paymentTermsNetDays: msg`Net days`,
  earlyPaymentDiscountPercent: msg`Early-payment discount`,
  earlyPaymentDiscountDays: msg`Discount days`,
  categoryIds: msg`Categories`,
  addresses: msg`Addresses`,
  contacts: msg`Contacts`,
  bankDetails: msg`Bank details`,
  notes: msg`Notes`,
  language: msg`Language of its orders`,
};

type Loose = Record<string, string | undefined>;

const join = (parts: (string | undefined | null)[], sep = ', ') => parts.filter(Boolean).join(sep);

function isStatus(v: unknown): v is keyof typeof SUPPLIER_STATUS_LABELS {
  return typeof v === 'string' && v in SUPPLIER_STATUS_LABELS;
}

/**
 * How a supplier field's value reads in the history ("61 Axle Street, Cleveland, US (Billing)"
 * rather than raw JSON); undefined leaves the timeline's default.
 */
export function formatSupplierHistoryValue(
  i18n: I18n,
  field: string,
  value: unknown,
  categoryName: (id: string) => string,
): ReactNode {
  if (value === null || value === undefined) return undefined;
  switch (field) {
    case 'status':
      return isStatus(value) ? i18n._(SUPPLIER_STATUS_LABELS[value]) : undefined;
    case 'earlyPaymentDiscountPercent':
      return typeof value === 'string' ? formatPercent(value) : undefined;
    case 'categoryIds':
      return Array.isArray(value) && value.length > 0
        ? value.map((v) => categoryName(String(v))).join(', ')
        : undefined;
    case 'addresses':
      return Array.isArray(value) && value.length > 0
        ? (value as Loose[])
            .map((a) => {
              const label = ADDRESS_KIND_LABELS[a.kind as keyof typeof ADDRESS_KIND_LABELS];
              const kind = label ? i18n._(label) : a.kind;
              return `${formatAddressOneLine(a)} (${kind})`;
            })
            .join('; ')
        : undefined;
    case 'contacts':
      return Array.isArray(value) && value.length > 0
        ? (value as Loose[])
            .map((c) => `${c.name}${c.role ? ` (${c.role})` : ''}${c.email ? ` <${c.email}>` : ''}`)
            .join('; ')
        : undefined;
    case 'bankDetails': {
      if (typeof value !== 'object') return undefined;
      const b = value as Loose;
      const accountNumber = b.accountNumber;
      return join([
        b.accountName,
        b.bankName,
        b.iban && `IBAN ${b.iban}`,
        b.bic && `BIC ${b.bic}`,
        accountNumber && i18n._(msg`account ${accountNumber}`),
      ]);
    }
    case 'scorecard': {
      // Kept with a hold for the scorecard (docs/evaluation.md#choosing-a-supplier).
      const kept = scorecardSnapshotOf(value);
      return kept ? describeScorecardSnapshot(i18n, kept) : undefined;
    }
    default:
      return undefined;
  }
}
