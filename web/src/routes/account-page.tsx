import { Trans, useLingui } from '@lingui/react/macro';
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { AppearancePicker } from '@/components/appearance-picker';
import { PageHeader } from '@/components/page-header';
import { LoadingState } from '@/components/states';
import { DelegationSection } from '@/features/approvals/components/delegation-section';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { LanguagePicker } from '@/features/auth/components/language-picker';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { formatDate } from '@/lib/format';
import { ROLE_LABELS } from '@/lib/roles';
import { usePageTitle } from '@/lib/use-page-title';

export function AccountPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`My account`);
  const { data: me } = useMe();
  const can = useCan();
  if (!me) return <LoadingState />;
  const { user } = me;
  return (
    <>
      <PageHeader title={t`My account`} description={t`Your profile, password and preferences.`} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" component="section">
          <Title order={2} fz="lg" fw={600} mb="md">
            <Trans>Profile</Trans>
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                <Trans>Name</Trans>
              </Text>
              <Text size="sm">{user.name}</Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                <Trans>E-mail</Trans>
              </Text>
              <Text size="sm">{user.email}</Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                <Trans>Roles</Trans>
              </Text>
              <Text size="sm">
                {user.roles.length ? user.roles.map((r) => i18n._(ROLE_LABELS[r])).join(', ') : t`None`}
              </Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                <Trans>Member since</Trans>
              </Text>
              <Text size="sm">{formatDate(user.createdAt)}</Text>
            </Stack>
          </SimpleGrid>
          <Group mt="md">
            <Text size="xs" c="dimmed">
              <Trans>Your name, e-mail and roles are managed by an administrator.</Trans>
            </Text>
          </Group>
        </Card>
        <Card withBorder radius="md" padding="lg" component="section">
          <Title order={2} fz="lg" fw={600} mb={4}>
            <Trans>Change password</Trans>
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            <Trans>Signing in elsewhere ends when you change it; this session stays open.</Trans>
          </Text>
          <ChangePasswordForm />
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="preferences-title">
          <Title order={2} fz="lg" fw={600} mb="md" id="preferences-title">
            <Trans>Preferences</Trans>
          </Title>
          <Stack gap="lg">
            <LanguagePicker me={me} />
            <AppearancePicker />
          </Stack>
        </Card>
        {can('approvals:act') && <DelegationSection userId={user.id} />}
      </Stack>
    </>
  );
}
