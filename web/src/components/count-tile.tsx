import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCount } from '@/lib/format';

export type Count = { count: number; more: boolean };

/** "1,000+" when counting stopped at its cap. */
export function formatCapped(c: Count): string {
  return `${formatCount(c.count)}${c.more ? '+' : ''}`;
}

/**
 * One queue on the home page: what it is, how many wait, and a link to them. A queue with
 * nothing in it is shown quietly; one that needs attention (`tone="warning"`) stands out.
 */
export function CountTile({
  label,
  value,
  hint,
  to,
  tone = 'default',
  icon,
}: {
  label: string;
  value: Count;
  hint?: ReactNode;
  to?: string;
  tone?: 'default' | 'warning';
  icon?: ReactNode;
}) {
  const empty = value.count === 0;
  const body = (
    <Paper
      withBorder
      p="md"
      radius="md"
      h="100%"
      bg={!empty && tone === 'warning' ? 'var(--mantine-color-orange-light)' : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500} c={empty ? 'dimmed' : undefined}>
          {label}
        </Text>
        {icon}
      </Group>
      <Text fz={30} fw={700} lh={1.2} mt={4} c={empty ? 'dimmed' : undefined}>
        {formatCapped(value)}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Paper>
  );
  if (!to) return body;
  return (
    <UnstyledButton
      component={Link}
      to={to}
      aria-label={`${label}: ${formatCapped(value)}`}
      h="100%"
      display="block"
    >
      {body}
    </UnstyledButton>
  );
}
