import { Badge } from '@mantine/core';
import type { EmailStatus } from '../api/list-outbox';

const COLORS: Record<EmailStatus, string> = { queued: 'yellow', sent: 'teal', failed: 'red' };

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light">
      {status}
    </Badge>
  );
}
