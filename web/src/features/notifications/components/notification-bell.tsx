import { Trans, useLingui } from '@lingui/react/macro';
import {
  ActionIcon,
  Anchor,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useMarkAllNotificationsRead, useNotifications, useUnreadCount } from '../queries';
import { NotificationList } from './notification-list';
import { useOpenNotification } from './use-open-notification';

/** The header's bell: the unread count, and the latest notifications in a popover. */
export function NotificationBell() {
  const { t } = useLingui();
  const [opened, { toggle, close }] = useDisclosure();
  const unread = useUnreadCount();
  const list = useNotifications({ enabled: opened });
  const markAll = useMarkAllNotificationsRead();
  const open = useOpenNotification(close);
  const count = unread.data ?? 0;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Popover opened={opened} onDismiss={close} width={380} position="bottom-end" shadow="md">
      {/* The target is the button itself: the popover's ARIA attributes belong on it. */}
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          size="lg"
          onClick={toggle}
          aria-label={count > 0 ? t`Notifications (${count} unread)` : t`Notifications`}
          style={{ overflow: 'visible' }}
        >
          <Indicator
            label={count > 99 ? '99+' : count}
            size={16}
            offset={2}
            color="red.8"
            disabled={count === 0}
            aria-hidden
          >
            <IconBell size={20} />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" px="xs" pb="xs">
          <Text fw={600}>
            <Trans>Notifications</Trans>
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            leftSection={<IconChecks size={14} />}
            disabled={count === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            <Trans>Mark all read</Trans>
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={420} type="auto">
          {list.isPending ? (
            <LoadingState />
          ) : list.error ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState title={t`No notifications`}>
              <Trans>Approvals waiting for you and decisions on your documents show here.</Trans>
            </EmptyState>
          ) : (
            <NotificationList items={items.slice(0, 20)} onOpen={open} compact />
          )}
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="center" pt="xs">
          <Anchor component={Link} to="/notifications" size="sm" onClick={close}>
            <Trans>See all notifications</Trans>
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
