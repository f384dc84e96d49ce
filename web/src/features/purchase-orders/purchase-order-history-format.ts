import type { ReactNode } from 'react';
import { formatMoney } from '@/lib/format';
import { PURCHASE_ORDER_STATUS_LABELS } from './purchase-order-format';

/** Labels of the fields an order's history has beyond those of its revisions. */
export const ORDER_HISTORY_EXTRA_LABELS: Record<string, string> = {
  number: 'Number',
  lineCount: 'Lines',
  lines: 'Lines',
  approvedBy: 'Approved by',
  revision: 'Revision',
  approvalRequiredBecause: 'Back for approval because',
  reapproval: 'Re-approval',
  approvalStep: 'Approval step',
  approvalRoute: 'Approval route',
  returned: 'Returned to draft',
  holdReason: 'Hold reason',
  cancelReason: 'Cancel reason',
  closeReason: 'Close reason',
};

const MONEY_FIELDS = new Set(['subtotal', 'taxTotal', 'total', 'unitPrice', 'netAmount', 'taxAmount']);

/** How the page names what the history and the revisions hold by id. */
export type OrderHistoryNames = {
  currency: string;
  baseCurrency: string;
  renderSupplier: (id: string) => ReactNode;
  renderItem: (id: string) => ReactNode;
  department: (id: string) => string | undefined;
  costCentre: (id: string) => string | undefined;
  user: (id: string) => ReactNode;
};

type Loose = Record<string, unknown>;

const isStatus = (v: unknown): v is keyof typeof PURCHASE_ORDER_STATUS_LABELS =>
  typeof v === 'string' && v in PURCHASE_ORDER_STATUS_LABELS;

function describeAddress(a: Loose): string {
  return [a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country]
    .filter(Boolean)
    .join(', ');
}

function describeLines(kind: string, lines: unknown): string[] {
  if (!Array.isArray(lines)) return [];
  return (lines as Loose[]).map((l) => {
    const what = typeof l.description === 'string' ? ` ${l.description}` : '';
    const qty = typeof l.quantity === 'string' ? ` · ${l.quantity} ${String(l.unitCode ?? '')}` : '';
    return `${kind} line ${String(l.lineNo ?? '?')}${what}${qty}`;
  });
}

/**
 * How an order field's value reads in its history and revisions (names rather than ids, money in
 * its currency, addresses on one line); undefined leaves the default.
 */
export function formatOrderHistoryValue(field: string, value: unknown, names: OrderHistoryNames): ReactNode {
  if (value === null || value === undefined) return undefined;
  if (field === 'status') return isStatus(value) ? PURCHASE_ORDER_STATUS_LABELS[value] : undefined;
  if ((field === 'shipTo' || field === 'billTo') && typeof value === 'object')
    return describeAddress(value as Loose);
  if (field === 'lines' && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Loose;
    const parts = [
      ...describeLines('added', v.added),
      ...describeLines('removed', v.removed),
      ...describeLines('changed', v.changed),
    ];
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  if (field === 'approvalRequiredBecause' && Array.isArray(value)) return value.join('; ');
  if (typeof value !== 'string') return undefined;
  if (field === 'supplierId') return names.renderSupplier(value);
  if (field === 'itemId') return names.renderItem(value);
  if (field === 'departmentId') return names.department(value);
  if (field === 'costCentreId') return names.costCentre(value);
  if (field === 'buyerId' || field === 'approvedBy' || field === 'createdBy') return names.user(value);
  if (field === 'totalBase') return formatMoney(value, names.baseCurrency);
  if (MONEY_FIELDS.has(field)) return formatMoney(value, names.currency);
  return undefined;
}
