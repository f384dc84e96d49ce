import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import type { EmailStatus } from '../queries';

const COLORS: Record<EmailStatus, string> = { queued: 'yellow', sent: 'teal', failed: 'red' };

const LABELS: Record<EmailStatus, MessageDescriptor> = {
  queued: msg`queued`,
  sent: msg`sent`,
  failed: msg`failed`,
};

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { i18n } = useLingui();
  return (
    <Badge color={COLORS[status]} variant="light">
      {i18n._(LABELS[status])}
    </Badge>
  );
}
