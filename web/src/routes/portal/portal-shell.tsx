import '@/app/mantine-styles';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  ActionIcon,
  AppShell,
  Button,
  Center,
  Group,
  Loader,
  Menu,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { IconFileInvoice, IconMenu2 } from '@tabler/icons-react';
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
  const pages = [
    { to: '/portal', label: t`Orders` },
    { to: '/portal/invoices', label: t`Invoices` },
    { to: '/portal/returns', label: t`Returns` },
    { to: '/portal/scorecard', label: t`Scorecard` },
  ];
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
            {/* The portal's pages: buttons where there is room, a menu on phones and small tablets. */}
            <Group gap="xs" wrap="nowrap" visibleFrom="md">
              {pages.map((p) => (
                <Button key={p.to} component={Link} to={p.to} variant="subtle" size="compact-sm">
                  {p.label}
                </Button>
              ))}
            </Group>
            <Menu position="bottom-end" width={200}>
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label={t`Pages of the portal`} hiddenFrom="md">
                  <IconMenu2 size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {pages.map((p) => (
                  <Menu.Item key={p.to} component={Link} to={p.to}>
                    {p.label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
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
