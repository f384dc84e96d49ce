import type { ReactNode } from 'react';
import { REQUISITION_STATUS_LABELS } from './requisition-format';

/** Labels of a requisition's fields in its history. */
export const REQUISITION_FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  number: 'Number',
  departmentId: 'Department',
  costCentreId: 'Cost centre',
  justification: 'Justification',
  estimatedTotalBase: 'Estimated total',
  lines: 'Lines',
};

export function formatRequisitionHistoryValue(field: string, value: unknown): ReactNode {
  if (field === 'status' && typeof value === 'string' && value in REQUISITION_STATUS_LABELS)
    return REQUISITION_STATUS_LABELS[value as keyof typeof REQUISITION_STATUS_LABELS];
  return undefined;
}
