import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { createElement, type ReactNode } from 'react';
import { formatDecimal, formatMoney } from '@/lib/format';
import { REQUISITION_STATUS_LABELS } from './requisition-format';

/** Labels of a requisition's fields in its history, in the order they are listed. */
export const REQUISITION_FIELD_LABELS: Record<string, MessageDescriptor> = {
  status: msg`Status`,
  number: msg`Number`,
  requesterId: msg`Requester`,
  departmentId: msg`Department`,
  costCentreId: msg`Cost centre`,
  justification: msg`Justification`,
  estimatedTotalBase: msg`Estimated total`,
  lines: msg`Lines`,
  returned: msg`Returned to draft`,
};

/** How the page names what the history holds by id. */
export type RequisitionHistoryNames = {
  department: (id: string) => string | undefined;
  costCentre: (id: string) => string | undefined;
  user: (id: string) => string | undefined;
  baseCurrency: string;
};

type LooseLine = Record<string, unknown>;

function describeLine(line: LooseLine, index: number): string {
  const n = typeof line.lineNo === 'number' ? line.lineNo : index + 1;
  const quantity = typeof line.quantity === 'string' ? formatDecimal(line.quantity) : '';
  const price =
    typeof line.estimatedUnitPrice === 'string' && typeof line.currency === 'string'
      ? ` × ${formatMoney(line.estimatedUnitPrice, line.currency)}`
      : '';
  return `${n}. ${String(line.description ?? '')} — ${quantity} ${String(line.unitCode ?? '')}${price}`;
}

/**
 * How a requisition field's value reads in its history (names rather than ids, lines one per
 * row); undefined leaves the timeline's default.
 */
export function formatRequisitionHistoryValue(
  i18n: I18n,
  field: string,
  value: unknown,
  names: RequisitionHistoryNames,
): ReactNode {
  if (value === null || value === undefined) return undefined;
  switch (field) {
    case 'status':
      return typeof value === 'string' && value in REQUISITION_STATUS_LABELS
        ? i18n._(REQUISITION_STATUS_LABELS[value as keyof typeof REQUISITION_STATUS_LABELS])
        : undefined;
    case 'departmentId':
      return typeof value === 'string' ? names.department(value) : undefined;
    case 'costCentreId':
      return typeof value === 'string' ? names.costCentre(value) : undefined;
    case 'requesterId':
      return typeof value === 'string' ? names.user(value) : undefined;
    case 'estimatedTotalBase':
      return typeof value === 'string' ? formatMoney(value, names.baseCurrency) : undefined;
    case 'lines':
      if (!Array.isArray(value) || value.length === 0) return undefined;
      return createElement(
        'div',
        { style: { fontSize: 'var(--mantine-font-size-sm)' } },
        ...(value as LooseLine[]).map((l, i) => createElement('div', { key: String(i) }, describeLine(l, i))),
      );
    default:
      return undefined;
  }
}
