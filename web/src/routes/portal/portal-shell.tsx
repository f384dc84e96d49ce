import '@/app/mantine-styles';
import { Trans, useLingui } from '@lingui/react/macro';
import { AppShell, Button, Center, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { IconFileInvoice } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useMe } from '@/features/auth/queries';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useLiveUpdates } from '@/lib/live-updates';

/**
 * The supplier portal's own frame: the supplier's orders and nothing of the organisation's
 * navigation. A supplier's user lands here after signing in.
 */
export function PortalShell() {
  const { t } = useLingui();
  const { data: me } = useMe();
  useLiveUpdates(!!me);
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a href="#main-content" className="openpo-skip-link">
        <Trans>Skip to main content</Trans>
      </a>
      <Notifications position="bottom-right" limit={4} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <UnstyledButton component={Link} to="/portal" aria-label={t`Your orders`}>
            <Group gap={8} wrap="nowrap">
              <IconFileInvoice size={26} stroke={1.7} color="var(--mantine-color-indigo-text)" />
              {/* On a phone the icon stands for the name: the header keeps room for its links. */}
              <Text fw={700} fz="lg" visibleFrom="xs">
                OpenPO
              </Text>
              <Text c="dimmed" size="sm" visibleFrom="xs">
                <Trans>Supplier portal</Trans>
              </Text>
            </Group>
          </UnstyledButton>
          <Group gap="xs" wrap="nowrap">
            <Button component={Link} to="/portal" variant="subtle" size="compact-sm" visibleFrom="xs">
              <Trans>Orders</Trans>
            </Button>
            <Button component={Link} to="/portal/invoices" variant="subtle" size="compact-sm">
              <Trans>Invoices</Trans>
            </Button>
            <Button component={Link} to="/portal/returns" variant="subtle" size="compact-sm">
              <Trans>Returns</Trans>
            </Button>
            <NotificationBell />
            {me && (
              <Text size="sm" fw={500} truncate maw={180} visibleFrom="sm">
                {me.user.name}
              </Text>
            )}
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main bg="var(--openpo-page-bg)" id="main-content" tabIndex={-1}>
        <div style={{ maxWidth: 960, margin: '0 auto' }}>
          <Suspense
            fallback={
              <Center h={240}>
                <Loader aria-label={t`Loading`} />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
