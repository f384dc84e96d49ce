import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of a detail or form page ("General", "Supplier prices", "History" …). */
export function SectionCard({
  title,
  description,
  extra,
  children,
}: {
  title: string;
  description?: ReactNode;
  /** Actions at the right of the title, e.g. an "Add" button. */
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Stack gap={2}>
          <Title order={2} fz="lg" fw={600}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {extra}
      </Group>
      {children}
    </Card>
  );
}

/** A label over a value, for the fields of a record. */
export function DetailField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>{children}</div>
    </Stack>
  );
}

/** "None", "Not recorded" … in the muted style of a missing value. */
export function Muted({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" component="span">
      {children}
    </Text>
  );
}
