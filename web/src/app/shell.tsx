import './mantine-styles';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  ActionIcon,
  AppShell,
  Avatar,
  Burger,
  Button,
  Center,
  Group,
  Loader,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { IconFileInvoice, IconSearch, IconUserCircle } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigationType } from 'react-router';
import { KeyboardShortcuts } from '@/components/keyboard-shortcuts';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useSettings } from '@/features/organisation/queries';
import { CommandPalette, palette } from '@/features/search/components/command-palette';
import { useLiveUpdates } from '@/lib/live-updates';
import { NAV, NAV_GROUP_LABELS, type NavEntry, navSections } from './nav';

/** `g` then this key goes to the page (shown by `?`). */
const SHORTCUT_KEYS: [string, string][] = [
  ['h', '/'],
  ['r', '/requisitions'],
  ['a', '/approvals'],
  ['w', '/workbench'],
  ['p', '/purchase-orders'],
  ['s', '/suppliers'],
  ['i', '/catalog/items'],
  ['n', '/notifications'],
];

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
}

/** Whether the page at `pathname` is the entry's or one below it ("/suppliers/42" is Suppliers'). */
function entryMatches(entry: NavEntry, pathname: string): boolean {
  return pathname === entry.path || (entry.path !== '/' && pathname.startsWith(`${entry.path}/`));
}

function NavItem({
  entry,
  active,
  onNavigate,
}: {
  entry: NavEntry;
  active: boolean;
  onNavigate: () => void;
}) {
  const { i18n } = useLingui();
  return (
    <NavLink
      // A plain link: the router's NavLink would also mark the entries above it ("Suppliers" on
      // /suppliers/scorecards) as the current page.
      component={Link}
      aria-current={active ? 'page' : undefined}
      to={entry.path}
      label={i18n._(entry.label)}
      leftSection={<entry.icon size={18} stroke={1.6} />}
      active={active}
      onClick={onNavigate}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

/** Header with organisation, user and sign-out; a navbar of the pages the user may open. */
export function Shell() {
  const { t, i18n } = useLingui();
  const [opened, { toggle, close }] = useDisclosure();
  const { data: me } = useMe();
  useLiveUpdates(!!me);
  const can = useCan();
  const { data: settings } = useSettings({ enabled: can('organisation:read') });
  const location = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the mobile navbar on every navigation
  useEffect(() => close(), [location.pathname]);
  // A new page opens at its top (a saved form used to open the order page scrolled down); Back
  // returns to where the browser left it.
  const navigationType = useNavigationType();
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll on every new page, not on re-renders
  useEffect(() => {
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [location.pathname]);

  const visible = NAV.filter((e) => !e.permission || can(e.permission));
  const sections = navSections(visible);
  // The most specific entry the page is under: Scorecards, not also Suppliers, on /suppliers/scorecards.
  const activeEntry = visible
    .filter((e) => entryMatches(e, location.pathname))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const pages = visible.map((e) => ({ label: i18n._(e.label), path: e.path }));
  const shortcutPages = SHORTCUT_KEYS.flatMap(([key, path]) => {
    const page = pages.find((p) => p.path === path);
    return page ? [{ key, label: page.label, path }] : [];
  });
  const orgName = settings?.organisationName;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      {/* The first thing Tab reaches: straight to the page, past the header and the menu. */}
      <a href="#main-content" className="openpo-skip-link">
        <Trans>Skip to main content</Trans>
      </a>
      {/* Here rather than in the providers: the sign-in page shows none, and it need not load them. */}
      <Notifications position="bottom-right" limit={4} />
      <CommandPalette pages={pages} />
      <KeyboardShortcuts pages={shortcutPages} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t`Toggle navigation`}
            />
            <UnstyledButton component={Link} to="/" aria-label={t`OpenPO home`}>
              <Group gap={8} wrap="nowrap">
                <IconFileInvoice size={26} stroke={1.7} color="var(--mantine-color-indigo-text)" />
                <Text fw={700} fz="lg">
                  OpenPO
                </Text>
              </Group>
            </UnstyledButton>
            {orgName && (
              <Text c="dimmed" size="sm" truncate visibleFrom="xs" aria-label={t`Organisation`}>
                {orgName}
              </Text>
            )}
          </Group>
          {me && (
            <Group gap="xs" wrap="nowrap">
              <Tooltip label={t`Search everything (Ctrl+K)`}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t`Search everything`}
                  onClick={() => palette.open()}
                >
                  <IconSearch size={20} />
                </ActionIcon>
              </Tooltip>
              <NotificationBell />
              <Group gap={8} wrap="nowrap" visibleFrom="sm">
                <Avatar size={30} radius="xl" color="indigo" aria-hidden>
                  {initials(me.user.name)}
                </Avatar>
                <Text size="sm" fw={500} truncate maw={200}>
                  {me.user.name}
                </Text>
              </Group>
              <Button
                component={Link}
                to="/account"
                variant="subtle"
                size="xs"
                leftSection={<IconUserCircle size={16} />}
                visibleFrom="sm"
              >
                <Trans>My account</Trans>
              </Button>
              {/* Phones: my account as an icon. */}
              <ActionIcon
                component={Link}
                to="/account"
                variant="subtle"
                size="lg"
                aria-label={t`My account`}
                hiddenFrom="sm"
              >
                <IconUserCircle size={20} />
              </ActionIcon>
              <SignOutButton />
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t`Main navigation`}>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap="md">
            {sections.map((section) => {
              const heading = section.group && i18n._(NAV_GROUP_LABELS[section.group]);
              return (
                <Stack
                  key={section.key}
                  gap={2}
                  role={heading ? 'group' : undefined}
                  aria-label={heading || undefined}
                >
                  {heading && (
                    <Text
                      size="xs"
                      fw={700}
                      c="dimmed"
                      tt="uppercase"
                      px="sm"
                      pb={4}
                      style={{ letterSpacing: 0.5 }}
                      aria-hidden
                    >
                      {heading}
                    </Text>
                  )}
                  {section.entries.map((e) => (
                    <NavItem key={e.path} entry={e} active={e === activeEntry} onNavigate={close} />
                  ))}
                </Stack>
              );
            })}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="var(--openpo-page-bg)" id="main-content" tabIndex={-1}>
        <div style={{ maxWidth: 1280, margin: '0 auto' }}>
          {/* Pages load on first visit (router.tsx): a short wait shows a loader in their place. */}
          <Suspense
            fallback={
              <Center h={240}>
                <Loader aria-label={t`Loading the page`} />
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
