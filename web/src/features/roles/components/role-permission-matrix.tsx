import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { PERMISSION_DESCRIPTIONS, PERMISSIONS, type Permission, ROLE_LABELS } from '@/lib/roles';
import type { RoleDefinition } from '../queries';

const AREA_LABELS: Record<string, MessageDescriptor> = {
  suppliers: msg`Suppliers`,
  catalog: msg`Catalog`,
  organisation: msg`Organisation`,
  users: msg`Users`,
  tokens: msg`API tokens`,
  audit: msg`Audit`,
  purchase_orders: msg`Purchase orders`,
  requisitions: msg`Requisitions`,
  workbench: msg`Workbench`,
};

const ACTION_LABELS: Record<string, MessageDescriptor> = {
  read: msg`read`,
  write: msg`change`,
  own: msg`own`,
  admin: msg`everyone’s`,
  verify: msg`verify chain`,
  approve: msg`approve`,
  use: msg`use`,
};

function permissionHeader(i18n: I18n, p: Permission) {
  const [area = p, action = ''] = p.split(':');
  const areaLabel = AREA_LABELS[area];
  const actionLabel = ACTION_LABELS[action];
  return (
    <Tooltip label={i18n._(PERMISSION_DESCRIPTIONS[p])} withArrow multiline maw={240}>
      <Text size="xs" fw={600} ta="center" style={{ lineHeight: 1.25 }} tabIndex={0}>
        {areaLabel ? i18n._(areaLabel) : area}
        <br />
        <Text span size="xs" c="dimmed" fw={500}>
          {actionLabel ? i18n._(actionLabel) : action}
        </Text>
      </Text>
    </Tooltip>
  );
}

/** Roles down the side, permissions across the top, a tick where the role grants it. */
export function RolePermissionMatrix({ roles }: { roles: RoleDefinition[] }) {
  const { t, i18n } = useLingui();
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={960}>
        <Table
          striped
          highlightOnHover
          withColumnBorders
          verticalSpacing="sm"
          aria-label={t`Permissions by role`}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>
                <Trans>Role</Trans>
              </Table.Th>
              {PERMISSIONS.map((p) => (
                <Table.Th key={p} ta="center" aria-label={p}>
                  {permissionHeader(i18n, p)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roles.map((r) => {
              const granted = new Set<string>(r.permissions);
              // The web app's own label of the role, in the user's language (the server's is English).
              const label = i18n._(ROLE_LABELS[r.role]);
              return (
                <Table.Tr key={r.role}>
                  <Table.Th scope="row" fw={500}>
                    <Text size="sm" fw={600}>
                      {label}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {r.role}
                    </Text>
                  </Table.Th>
                  {PERMISSIONS.map((permission) => (
                    <Table.Td
                      key={permission}
                      ta="center"
                      aria-label={
                        granted.has(permission)
                          ? t`${label}: ${permission} granted`
                          : t`${label}: ${permission} not granted`
                      }
                    >
                      {granted.has(permission) ? (
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
