import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailForward } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { KEYBOARD_SCROLL } from '@/components/data-table';
import { SectionCard } from '@/components/detail-section';
import { ErrorState, LoadingState } from '@/components/states';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { formatDate } from '@/lib/format';
import { type SupplierUser, useInvitePortalUser, usePortalUsers } from '../queries';

const STATE: Record<
  NonNullable<SupplierUser['invitation']>['state'],
  { label: MessageDescriptor; color: string }
> = {
  pending: { label: msg`Invited`, color: 'yellow' },
  expired: { label: msg`Invitation expired`, color: 'red' },
  accepted: { label: msg`Active`, color: 'teal' },
};

/**
 * Who of the supplier uses the portal, and an invitation for one more: the contact gets an e-mail
 * with a link to set a password (seven days). An expired invitation is sent again the same way.
 */
export function PortalUsersCard({
  supplierId,
  contacts,
  canInvite,
}: {
  supplierId: string;
  contacts: { name: string; email?: string }[];
  canInvite: boolean;
}) {
  const { t, i18n } = useLingui();
  const users = usePortalUsers(supplierId);
  const invite = useInvitePortalUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function onInvite(event: FormEvent, who?: { name: string; email: string }) {
    event.preventDefault();
    setErrors({});
    const target = who ?? { name: name.trim(), email: email.trim() };
    try {
      await invite.mutateAsync({ supplierId, ...target });
      const address = target.email;
      notifications.show({
        color: 'teal',
        title: t`Invitation sent`,
        message: t`${address} gets a link to set a password.`,
      });
      setName('');
      setEmail('');
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0)
        setErrors(Object.fromEntries(err.fieldErrors.map((f) => [f.path, translateFieldMessage(f.message)])));
      else notifications.show({ color: 'red', title: t`Not invited`, message: errorMessage(err) });
    }
  }

  const invited = new Set((users.data ?? []).map((u) => u.email.toLowerCase()));
  const suggestions = contacts.filter((c) => c.email && !invited.has(c.email.toLowerCase()));

  return (
    <SectionCard
      title={t`Portal users`}
      description={t`People of this supplier who answer orders and send ship notices in the supplier portal. They see only this supplier's orders.`}
    >
      <Stack gap="md">
        {users.isPending ? (
          <LoadingState />
        ) : users.error ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : (users.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            <Trans>Nobody of this supplier uses the portal yet.</Trans>
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420} scrollAreaProps={KEYBOARD_SCROLL}>
            <Table verticalSpacing="xs" aria-label={t`Portal users`}>
              <Table.Tbody>
                {(users.data ?? []).map((u) => {
                  const state = u.invitation ? STATE[u.invitation.state] : undefined;
                  const until = u.invitation ? formatDate(u.invitation.expiresAt) : '';
                  return (
                    <Table.Tr key={u.id}>
                      <Table.Td>{u.name}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{u.email}</Table.Td>
                      <Table.Td>
                        {state && (
                          <Badge color={state.color} variant="light">
                            {i18n._(state.label)}
                          </Badge>
                        )}
                        {u.invitation?.state === 'pending' && (
                          <Text size="xs" c="dimmed">
                            {t`until ${until}`}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        {canInvite && u.invitation && u.invitation.state !== 'accepted' && (
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={(e) => void onInvite(e, { name: u.name, email: u.email })}
                          >
                            <Trans>Send a new link</Trans>
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canInvite && (
          <form onSubmit={(e) => void onInvite(e)} noValidate aria-label={t`Invite to the portal`}>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t`Name`}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.name}
                maxLength={200}
                miw={180}
                style={{ flexGrow: 1 }}
              />
              <TextInput
                label={t`E-mail`}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={errors.email}
                maxLength={320}
                miw={220}
                style={{ flexGrow: 1 }}
              />
              <Button type="submit" leftSection={<IconMailForward size={16} />} loading={invite.isPending}>
                <Trans>Invite</Trans>
              </Button>
            </Group>
            {suggestions.length > 0 && (
              <Group gap="xs" mt="xs">
                <Text size="xs" c="dimmed">
                  <Trans>Contacts:</Trans>
                </Text>
                {suggestions.map((c) => (
                  <Button
                    key={c.email}
                    size="compact-xs"
                    variant="light"
                    onClick={() => {
                      setName(c.name);
                      setEmail(c.email ?? '');
                    }}
                  >
                    {c.name}
                  </Button>
                ))}
              </Group>
            )}
          </form>
        )}
      </Stack>
    </SectionCard>
  );
}
