import { UnreadCount } from '@contracts/notifications';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { notificationKeys } from './query-keys';

/** GET /notifications/unread-count: the bell's badge. */
export function getUnreadCount(signal?: AbortSignal): Promise<number> {
  return api.get('/notifications/unread-count', UnreadCount, { signal }).then((r) => r.unread);
}

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => getUnreadCount(signal),
    // The bell keeps itself current: every 30 s, and when the window regains focus.
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });

export function useUnreadCount(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...unreadCountQueryOptions(), enabled: opts.enabled ?? true });
}
