import { Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { PERMISSION_DESCRIPTIONS, PERMISSIONS, type Permission } from '@/lib/roles';
import type { RoleDefinition } from '../api/list-roles';

const AREA_LABELS: Record<string, string> = {
  suppliers: 'Suppliers',
  catalog: 'Catalog',
  organisation: 'Organisation',
  users: 'Users',
  tokens: 'API tokens',
  audit: 'Audit',
  purchase_orders: 'Purchase orders',
  requisitions: 'Requisitions',
  workbench: 'Workbench',
};

const ACTION_LABELS: Record<string, string> = {
  read: 'read',
  write: 'change',
  own: 'own',
  admin: 'everyone’s',
  verify: 'verify chain',
  approve: 'approve',
  use: 'use',
};

function permissionHeader(p: Permission) {
  const [area = p, action = ''] = p.split(':');
  return (
    <Tooltip label={PERMISSION_DESCRIPTIONS[p]} withArrow multiline maw={240}>
      <Text size="xs" fw={600} ta="center" style={{ lineHeight: 1.25 }} tabIndex={0}>
        {AREA_LABELS[area] ?? area}
        <br />
        <Text span size="xs" c="dimmed" fw={500}>
          {ACTION_LABELS[action] ?? action}
        </Text>
      </Text>
    </Tooltip>
  );
}

/** Roles down the side, permissions across the top, a tick where the role grants it. */
export function RolePermissionMatrix({ roles }: { roles: RoleDefinition[] }) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={960}>
        <Table
          striped
          highlightOnHover
          withColumnBorders
          verticalSpacing="sm"
          aria-label="Permissions by role"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>Role</Table.Th>
              {PERMISSIONS.map((p) => (
                <Table.Th key={p} ta="center" aria-label={p}>
                  {permissionHeader(p)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roles.map((r) => {
              const granted = new Set<string>(r.permissions);
              return (
                <Table.Tr key={r.role}>
                  <Table.Th scope="row" fw={500}>
                    <Text size="sm" fw={600}>
                      {r.label}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {r.role}
                    </Text>
                  </Table.Th>
                  {PERMISSIONS.map((p) => (
                    <Table.Td
                      key={p}
                      ta="center"
                      aria-label={`${r.label}: ${p} ${granted.has(p) ? 'granted' : 'not granted'}`}
                    >
                      {granted.has(p) ? (
                        <IconCheck size={18} color="var(--mantine-color-teal-text)" aria-hidden />
                      ) : (
                        <Text span c="gray.4" aria-hidden>
                          ·
                        </Text>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
