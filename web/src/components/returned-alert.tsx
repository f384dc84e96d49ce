import type { Returned } from '@contracts/common';
import { Alert, Text } from '@mantine/core';
import { IconArrowBackUp, IconMessageCircleExclamation } from '@tabler/icons-react';
import { formatDate } from '@/lib/format';

/** Why a draft came back from approval, as a purchase order or requisition carries it. */
export type ReturnedInfo = {
  kind: Returned['kind'];
  reason: string | null;
  byName: string | null;
  at: Date;
};

/**
 * The banner of a draft an approver sent back: "Changes requested by Hana Head on 26 Nov 2026: …"
 * (orange) or "Rejected by … on …: …" (red), and the way forward.
 */
export function ReturnedAlert({ returned, nextStep }: { returned: ReturnedInfo; nextStep: string }) {
  const changes = returned.kind === 'changes_requested';
  const by = returned.byName ?? 'an approver';
  return (
    <Alert
      color={changes ? 'orange' : 'red'}
      variant="light"
      icon={changes ? <IconMessageCircleExclamation size={18} /> : <IconArrowBackUp size={18} />}
      title={changes ? 'Changes requested' : 'Rejected'}
    >
      <Text size="sm">
        {changes ? 'Changes requested' : 'Rejected'} by {by} on {formatDate(returned.at)}
        {returned.reason ? `: ${returned.reason}` : '.'}
      </Text>
      <Text size="sm" c="dimmed" mt={4}>
        {nextStep}
      </Text>
    </Alert>
  );
}
