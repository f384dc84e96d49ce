import type { Home } from '@contracts/reports';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { formatCount } from '@/lib/format';

type CycleTime = NonNullable<Home['approvalCycleTimes']>[number];

const NAMES: Record<CycleTime['documentType'], MessageDescriptor> = {
  requisition: msg`Requisitions`,
  purchase_order: msg`Purchase orders`,
  purchase_order_revision: msg`Change orders`,
  invoice_variance: msg`Invoice variances`,
};

/** Hours in words a person reads at a glance: "45 min", "5.5 h", "3.2 days". */
export function formatDuration(i18n: I18n, hours: number): string {
  if (hours < 1) {
    const minutes = Math.max(1, Math.round(hours * 60));
    return i18n._(msg`${minutes} min`);
  }
  if (hours < 48) {
    const h = hours.toFixed(1).replace(/\.0$/, '');
    return i18n._(msg`${h} h`);
  }
  const days = (hours / 24).toFixed(1).replace(/\.0$/, '');
  return i18n._(msg`${days} days`);
}

/** Submission → approval: median and 90th percentile per kind of document. */
export function ApprovalCycleTimes({ times }: { times: CycleTime[] }) {
  const { i18n } = useLingui();
  if (times.length === 0)
    return (
      <Text size="sm" c="dimmed">
        <Trans>No document went through approval in the last 90 days.</Trans>
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, xs: times.length > 1 ? 2 : 1 }} spacing="md">
      {times.map((time) => {
        const p90 = formatDuration(i18n, time.p90Hours);
        const approved = formatCount(time.routes);
        return (
          <Stack key={time.documentType} gap={2}>
            <Text size="sm" fw={500}>
              {i18n._(NAMES[time.documentType])}
            </Text>
            <Text fz={26} fw={700} lh={1.2}>
              {formatDuration(i18n, time.medianHours)}
            </Text>
            <Text size="xs" c="dimmed">
              <Trans>
                median · 90% within {p90} · {approved} approved
              </Trans>
            </Text>
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
