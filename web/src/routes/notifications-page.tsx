import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Card, Center, SegmentedControl } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { NotificationList } from '@/features/notifications/components/notification-list';
import { useOpenNotification } from '@/features/notifications/components/use-open-notification';
import {
  useMarkAllNotificationsRead,
  useNotifications,
  useUnreadCount,
} from '@/features/notifications/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['unread'] as const;

export function NotificationsPage() {
  const { t } = useLingui();
  usePageTitle(t`Notifications`);
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const unreadOnly = filters.unread === 'true';
  const query = useNotifications({ unread: unreadOnly });
  const count = useUnreadCount();
  const markAll = useMarkAllNotificationsRead();
  const open = useOpenNotification();
  const items = query.data?.pages.flatMap((p) => p.items);

  return (
    <>
      <PageHeader
        title={t`Notifications`}
        description={t`Approvals waiting for you, reminders, and decisions on your documents. Opening one takes you to the document, where you act on it.`}
        actions={
          <Button
            variant="light"
            leftSection={<IconChecks size={16} />}
            disabled={(count.data ?? 0) === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            <Trans>Mark all read</Trans>
          </Button>
        }
      />
      <SegmentedControl
        mb="md"
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(v) => setFilters({ unread: v === 'unread' ? 'true' : null })}
        data={[
          { value: 'all', label: t`All` },
          { value: 'unread', label: t`Unread` },
        ]}
        aria-label={t`Show`}
      />
      <Card withBorder padding="sm">
        {query.isPending ? (
          <LoadingState />
        ) : query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !items || items.length === 0 ? (
          <EmptyState title={unreadOnly ? t`Nothing unread` : t`No notifications yet`} />
        ) : (
          <NotificationList items={items} onOpen={open} />
        )}
        {query.hasNextPage && (
          <Center pt="sm">
            <Button
              variant="default"
              loading={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              <Trans>Load more</Trans>
            </Button>
          </Center>
        )}
      </Card>
    </>
  );
}
