import type { Home } from '@contracts/reports';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { formatCount } from '@/lib/format';

type CycleTime = NonNullable<Home['approvalCycleTimes']>[number];

const NAMES: Record<CycleTime['documentType'], string> = {
  requisition: 'Requisitions',
  purchase_order: 'Purchase orders',
  purchase_order_revision: 'Change orders',
};

/** Hours in words a person reads at a glance: "45 min", "5.5 h", "3.2 days". */
export function formatDuration(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${hours.toFixed(1).replace(/\.0$/, '')} h`;
  return `${(hours / 24).toFixed(1).replace(/\.0$/, '')} days`;
}

/** Submission → approval: median and 90th percentile per kind of document. */
export function ApprovalCycleTimes({ times }: { times: CycleTime[] }) {
  if (times.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No document went through approval in the last 90 days.
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, xs: times.length > 1 ? 2 : 1 }} spacing="md">
      {times.map((t) => (
        <Stack key={t.documentType} gap={2}>
          <Text size="sm" fw={500}>
            {NAMES[t.documentType]}
          </Text>
          <Text fz={26} fw={700} lh={1.2}>
            {formatDuration(t.medianHours)}
          </Text>
          <Text size="xs" c="dimmed">
            median · 90% within {formatDuration(t.p90Hours)} · {formatCount(t.routes)} approved
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
