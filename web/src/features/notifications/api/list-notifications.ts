import { pageOf } from '@contracts/common';
import { Notification } from '@contracts/notifications';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { notificationKeys } from './query-keys';

export type NotificationItem = z.output<typeof Notification>;
const NotificationPage = pageOf(Notification);
export type NotificationPage = z.output<typeof NotificationPage>;

/** GET /notifications: the signed-in user's notifications, newest first. */
export function listNotifications(
  opts: { unread?: boolean; cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<NotificationPage> {
  return api.get('/notifications', NotificationPage, {
    query: { unread: opts.unread ? 'true' : undefined, cursor: opts.cursor, limit: opts.limit ?? 20 },
    signal: opts.signal,
  });
}

export const notificationsQueryOptions = (unread: boolean, limit = 20) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list(unread),
    queryFn: ({ pageParam, signal }) => listNotifications({ unread, cursor: pageParam, limit, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useNotifications(opts: { unread?: boolean; enabled?: boolean } = {}) {
  return useInfiniteQuery({
    ...notificationsQueryOptions(opts.unread ?? false),
    enabled: opts.enabled ?? true,
  });
}
