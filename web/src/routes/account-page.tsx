import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { AppearancePicker } from '@/components/appearance-picker';
import { PageHeader } from '@/components/page-header';
import { LoadingState } from '@/components/states';
import { DelegationSection } from '@/features/approvals/components/delegation-section';
import { useMe } from '@/features/auth/api/get-me';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { useCan } from '@/features/auth/use-can';
import { formatDate } from '@/lib/format';
import { ROLE_LABELS } from '@/lib/roles';
import { usePageTitle } from '@/lib/use-page-title';

export function AccountPage() {
  usePageTitle('My account');
  const { data: me } = useMe();
  const can = useCan();
  if (!me) return <LoadingState />;
  const { user } = me;
  return (
    <>
      <PageHeader title="My account" description="Your profile, password and preferences." />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" component="section">
          <Title order={2} fz="lg" fw={600} mb="md">
            Profile
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Name
              </Text>
              <Text size="sm">{user.name}</Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                E-mail
              </Text>
              <Text size="sm">{user.email}</Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Roles
              </Text>
              <Text size="sm">
                {user.roles.length ? user.roles.map((r) => ROLE_LABELS[r]).join(', ') : 'None'}
              </Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Member since
              </Text>
              <Text size="sm">{formatDate(user.createdAt)}</Text>
            </Stack>
          </SimpleGrid>
          <Group mt="md">
            <Text size="xs" c="dimmed">
              Your name, e-mail and roles are managed by an administrator.
            </Text>
          </Group>
        </Card>
        <Card withBorder radius="md" padding="lg" component="section">
          <Title order={2} fz="lg" fw={600} mb={4}>
            Change password
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Signing in elsewhere ends when you change it; this session stays open.
          </Text>
          <ChangePasswordForm />
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="preferences-title">
          <Title order={2} fz="lg" fw={600} mb="md" id="preferences-title">
            Preferences
          </Title>
          <AppearancePicker />
        </Card>
        {can('approvals:act') && <DelegationSection userId={user.id} />}
      </Stack>
    </>
  );
}
