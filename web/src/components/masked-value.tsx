import { useLingui } from '@lingui/react/macro';
import { Group, Text, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

/** A value the API only shows in part (e.g. "•••• 3000"); says so rather than pretending it is whole. */
export function MaskedValue({
  value,
  hint: customHint,
}: {
  value: string | null | undefined;
  hint?: string;
}) {
  const { t } = useLingui();
  const hint = customHint ?? t`Masked: only the last four characters are shown`;
  if (!value) return <Text c="dimmed">—</Text>;
  const label = customHint
    ? `${value} (${customHint})`
    : t`${value} (masked: only the last four characters are shown)`;
  return (
    <Tooltip label={hint} withArrow>
      <Group gap={6} wrap="nowrap" component="span" aria-label={label} tabIndex={0}>
        <IconLock size={14} stroke={1.6} aria-hidden color="var(--mantine-color-dimmed)" />
        <Text ff="monospace" size="sm" component="span">
          {value}
        </Text>
      </Group>
    </Tooltip>
  );
}
