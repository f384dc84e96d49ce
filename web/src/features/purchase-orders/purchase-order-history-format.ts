import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import { formatAddressOneLine, formatMoney } from '@/lib/format';
import { PURCHASE_ORDER_STATUS_LABELS } from './purchase-order-format';

/** Labels of the fields an order's history has beyond those of its revisions. */
export const ORDER_HISTORY_EXTRA_LABELS: Record<string, MessageDescriptor> = {
  number: msg`Number`,
  lineCount: msg`Lines`,
  lines: msg`Lines`,
  approvedBy: msg`Approved by`,
  revision: msg`Revision`,
  approvalRequiredBecause: msg`Back for approval because`,
  reapproval: msg`Re-approval`,
  approvalStep: msg`Approval step`,
  approvalRoute: msg`Approval route`,
  returned: msg`Returned to draft`,
  holdReason: msg`Hold reason`,
  cancelReason: msg`Cancel reason`,
  closeReason: msg`Close reason`,
  dispatch: msg`Sent`,
  receipt: msg`Receipt`,
  inspection: msg`Inspection`,
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

type LineChange = 'added' | 'removed' | 'changed';

function describeLines(i18n: I18n, kind: LineChange, lines: unknown): string[] {
  if (!Array.isArray(lines)) return [];
  return (lines as Loose[]).map((l) => {
    const lineNo = String(l.lineNo ?? '?');
    const what = typeof l.description === 'string' ? ` ${l.description}` : '';
    const qty = typeof l.quantity === 'string' ? ` · ${l.quantity} ${String(l.unitCode ?? '')}` : '';
    const head =
      kind === 'added'
        ? i18n._(msg`added line ${lineNo}`)
        : kind === 'removed'
          ? i18n._(msg`removed line ${lineNo}`)
          : i18n._(msg`changed line ${lineNo}`);
    return `${head}${what}${qty}`;
  });
}

/**
 * How an order field's value reads in its history and revisions (names rather than ids, money in
 * its currency, addresses on one line); undefined leaves the default.
 */
export function formatOrderHistoryValue(
  i18n: I18n,
  field: string,
  value: unknown,
  names: OrderHistoryNames,
): ReactNode {
  if (value === null || value === undefined) return undefined;
  if (field === 'status') return isStatus(value) ? i18n._(PURCHASE_ORDER_STATUS_LABELS[value]) : undefined;
  if ((field === 'shipTo' || field === 'billTo') && typeof value === 'object')
    return formatAddressOneLine(value as Parameters<typeof formatAddressOneLine>[0]);
  if (field === 'lines' && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Loose;
    const parts = [
      ...describeLines(i18n, 'added', v.added),
      ...describeLines(i18n, 'removed', v.removed),
      ...describeLines(i18n, 'changed', v.changed),
    ];
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  if (field === 'approvalRequiredBecause' && Array.isArray(value)) return value.join('; ');
  if (field === 'dispatch' && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Loose;
    const to = Array.isArray(v.recipients) ? v.recipients.join(', ') : '';
    const files = Array.isArray(v.files)
      ? (v.files as Loose[]).map((f) => String(f.fileName)).join(', ')
      : '';
    if (!to) return files;
    return files ? i18n._(msg`to ${to}: ${files}`) : i18n._(msg`to ${to}`);
  }
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
