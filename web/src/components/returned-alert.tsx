import type { Returned } from '@contracts/common';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Text } from '@mantine/core';
import { IconArrowBackUp, IconMessageCircleExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
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
  const { t } = useLingui();
  const changes = returned.kind === 'changes_requested';
  const by = returned.byName ?? t`an approver`;
  const on = formatDate(returned.at);
  const reason = returned.reason;
  let sentence: ReactNode;
  if (changes)
    sentence = reason ? (
      <Trans>
        Changes requested by {by} on {on}: {reason}
      </Trans>
    ) : (
      <Trans>
        Changes requested by {by} on {on}.
      </Trans>
    );
  else
    sentence = reason ? (
      <Trans>
        Rejected by {by} on {on}: {reason}
      </Trans>
    ) : (
      <Trans>
        Rejected by {by} on {on}.
      </Trans>
    );
  return (
    <Alert
      color={changes ? 'orange' : 'red'}
      variant="light"
      icon={changes ? <IconMessageCircleExclamation size={18} /> : <IconArrowBackUp size={18} />}
      title={changes ? t`Changes requested` : t`Rejected`}
    >
      <Text size="sm">{sentence}</Text>
      <Text size="sm" c="dimmed" mt={4}>
        {nextStep}
      </Text>
    </Alert>
  );
}
