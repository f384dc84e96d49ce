import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import type { PortalInvoiceStatus } from '../invoice-queries';

/** Where an invoice stands, in the supplier's words, each with its colour. */
export const PORTAL_INVOICE_STATUS: Record<PortalInvoiceStatus, { label: MessageDescriptor; color: string }> =
  {
    received: { label: msg({ message: 'Received', context: 'invoice status' }), color: 'gray' },
    being_checked: { label: msg`Being checked`, color: 'blue' },
    query_raised: { label: msg`Query raised`, color: 'orange' },
    approved: { label: msg`Approved for payment`, color: 'teal' },
    payment_scheduled: { label: msg`Payment scheduled`, color: 'indigo' },
    paid: { label: msg`Paid`, color: 'green' },
    rejected: { label: msg`Rejected`, color: 'red' },
    cancelled: { label: msg`Cancelled`, color: 'gray' },
  };

export function PortalInvoiceStatusBadge({
  status,
  size,
}: {
  status: PortalInvoiceStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { i18n } = useLingui();
  const s = PORTAL_INVOICE_STATUS[status];
  return (
    <Badge color={s.color} variant="light" size={size} radius="sm">
      {i18n._(s.label)}
    </Badge>
  );
}
