import type { ReactNode } from 'react';
import { formatPercent } from '@/lib/format';
import { ADDRESS_KIND_LABELS } from './components/supplier-details';
import { SUPPLIER_STATUS_LABELS } from './components/supplier-status-badge';

/** Labels of the supplier's fields in its history, in the order they are listed. */
export const SUPPLIER_FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  code: 'Code',
  legalName: 'Legal name',
  taxId: 'Tax ID',
  defaultCurrency: 'Default currency',
  paymentTermsNetDays: 'Net days',
  earlyPaymentDiscountPercent: 'Early-payment discount',
  earlyPaymentDiscountDays: 'Discount days',
  categoryIds: 'Categories',
  addresses: 'Addresses',
  contacts: 'Contacts',
  bankDetails: 'Bank details',
  notes: 'Notes',
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
  field: string,
  value: unknown,
  categoryName: (id: string) => string,
): ReactNode {
  if (value === null || value === undefined) return undefined;
  switch (field) {
    case 'status':
      return isStatus(value) ? SUPPLIER_STATUS_LABELS[value] : undefined;
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
              const kind = ADDRESS_KIND_LABELS[a.kind as keyof typeof ADDRESS_KIND_LABELS] ?? a.kind;
              return `${join([a.line1, a.line2, join([a.postalCode, a.city], ' '), a.region, a.country])} (${kind})`;
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
      return join([
        b.accountName,
        b.bankName,
        b.iban && `IBAN ${b.iban}`,
        b.bic && `BIC ${b.bic}`,
        b.accountNumber && `account ${b.accountNumber}`,
      ]);
    }
    default:
      return undefined;
  }
}
