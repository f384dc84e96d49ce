import { Trans, useLingui } from '@lingui/react/macro';
import { Group, Progress, Stack, Text } from '@mantine/core';
import { formatMoney } from '@/lib/format';
import { maxDecimal, percentOf } from '@/lib/money';
import type { HomeData } from '../queries';

/**
 * Committed spend of the last twelve months by item category, largest first, as bars against the
 * largest; the rest of the categories together last. Amounts are compared exactly (decimal strings).
 */
export function SpendByCategory({ spend }: { spend: NonNullable<HomeData['spendByCategory']> }) {
  const { t } = useLingui();
  const rows = [
    ...spend.categories.map((c) => ({
      key: c.categoryId ?? 'none',
      label: c.label ?? t`Free-text lines (no category)`,
      amount: c.amountBase,
    })),
    ...(spend.other ? [{ key: 'other', label: t`All other categories`, amount: spend.other }] : []),
  ];
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        <Trans>Nothing was committed in the last twelve months.</Trans>
      </Text>
    );
  const largest = rows.reduce((max, r) => maxDecimal(max, r.amount), '0');
  return (
    <Stack gap={8}>
      {rows.map((row) => (
        <div key={row.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" truncate title={row.label} c={row.key === 'other' ? 'dimmed' : undefined}>
              {row.label}
            </Text>
            <Text size="sm" fw={600} style={{ flex: 'none' }}>
              {formatMoney(row.amount, spend.currency)}
            </Text>
          </Group>
          <Progress
            value={percentOf(row.amount, largest)}
            color={row.key === 'other' ? 'gray' : 'teal'}
            size="sm"
            aria-hidden
          />
        </div>
      ))}
    </Stack>
  );
}
