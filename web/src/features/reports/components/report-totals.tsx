import { Group, Text } from '@mantine/core';

/** A report's total in base currency, and per currency beside it when there are several. */
export function ReportTotals(props: { label: string; totalBase: string; byCurrency: string[] }) {
  return (
    <Group gap="md" wrap="wrap" justify="flex-end" style={{ flex: 1 }}>
      <Text size="sm" fw={600}>
        {props.label}: {props.totalBase}
      </Text>
      {props.byCurrency.length > 1 && (
        <Text size="sm" c="dimmed">
          {props.byCurrency.join(' · ')}
        </Text>
      )}
    </Group>
  );
}
