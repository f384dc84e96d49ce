import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Group, Text } from '@mantine/core';
import { ROLE_LABELS, type Role } from '@/lib/roles';

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { i18n } = useLingui();
  if (roles.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        <Trans>No roles</Trans>
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {roles.map((r) => (
        <Badge
          key={r}
          variant="light"
          color={r === 'admin' ? 'grape' : r === 'auditor' ? 'gray' : 'blue'}
          radius="sm"
          tt="none"
          fw={500}
        >
          {i18n._(ROLE_LABELS[r])}
        </Badge>
      ))}
    </Group>
  );
}
