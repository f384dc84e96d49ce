import { Badge, Group, Text } from '@mantine/core';
import { ROLE_LABELS, type Role } from '@/lib/roles';

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  if (roles.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No roles
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
          {ROLE_LABELS[r]}
        </Badge>
      ))}
    </Group>
  );
}
