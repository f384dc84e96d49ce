import { pageOf } from '@contracts/common';
import {
  EMAIL_STATUSES,
  EmailMessage,
  EmailMessageDetail,
  MarkedRead,
  Notification,
  UnreadCount,
} from '@contracts/notifications';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import { client, read } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * The signed-in user's notifications and the e-mail outbox through the generated API client: the
 * queries and changes the pages use, with their cache keys.
 */

export type NotificationItem = z.output<typeof Notification>;
const NotificationPage = pageOf(Notification);
export type NotificationPage = z.output<typeof NotificationPage>;

export type OutboxMessage = z.output<typeof EmailMessage>;
export type OutboxMessageDetail = z.output<typeof EmailMessageDetail>;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
export { EMAIL_STATUSES };

const OutboxPage = pageOf(EmailMessage);

/** Cache keys of the signed-in user's notifications and of the e-mail outbox. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (unread: boolean) => ['notifications', 'list', unread] as const,
  unreadCount: () => ['notifications', 'unread-count'] as const,
};

export const outboxKeys = {
  all: ['outbox'] as const,
  list: (status: string | undefined) => ['outbox', 'list', status] as const,
  one: (id: string) => ['outbox', 'one', id] as const,
};

// ── Notifications ─────────────────────────────────────────────────────────────────────────────────

/** The bell's badge. */
export function getUnreadCount(signal?: AbortSignal): Promise<number> {
  return read(UnreadCount, () => client.GET('/api/v1/notifications/unread-count', { signal })).then(
    (r) => r.unread,
  );
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

/** The signed-in user's notifications, newest first. */
export function listNotifications(
  opts: { unread?: boolean; cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<NotificationPage> {
  return read(NotificationPage, () =>
    client.GET('/api/v1/notifications', {
      params: {
        query: { unread: opts.unread ? 'true' : undefined, cursor: opts.cursor, limit: opts.limit ?? 20 },
      },
      signal: opts.signal,
    }),
  );
}

export const notificationsQueryOptions = (unread: boolean, limit = 20) =>
  pagedQueryOptions({
    queryKey: notificationKeys.list(unread),
    page: (cursor, signal) => listNotifications({ unread, cursor, limit, signal }),
    keepPrevious: false,
  });

export function useNotifications(opts: { unread?: boolean; enabled?: boolean } = {}) {
  return useInfiniteQuery({
    ...notificationsQueryOptions(opts.unread ?? false),
    enabled: opts.enabled ?? true,
  });
}

export function markNotificationRead(id: string) {
  return read(Notification, () =>
    client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }),
  );
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function markAllNotificationsRead() {
  return read(MarkedRead, () => client.POST('/api/v1/notifications/read-all'));
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export type NotifiedDocument = { type: 'purchase_order' | 'requisition'; id: string };

/** The caller's notifications about one document (read-all with documentType and documentId). */
export function markDocumentNotificationsRead(document: NotifiedDocument) {
  return read(MarkedRead, () =>
    client.POST('/api/v1/notifications/read-all', {
      params: { query: { documentType: document.type, documentId: document.id } },
    }),
  );
}

/**
 * Opening a document reads what told of it: the bell stops counting an approval request once its
 * document was looked at. Asks the server only while something is unread.
 */
export function useReadNotificationsAbout(document: NotifiedDocument | null, opts: { enabled: boolean }) {
  const queryClient = useQueryClient();
  const unread = useUnreadCount({ enabled: opts.enabled });
  const { mutate } = useMutation({
    mutationFn: markDocumentNotificationsRead,
    onSuccess: ({ marked }) => {
      if (marked > 0) void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
  const hasUnread = (unread.data ?? 0) > 0;
  const type = document?.type;
  const id = document?.id;
  useEffect(() => {
    if (opts.enabled && hasUnread && type && id) mutate({ type, id });
  }, [opts.enabled, hasUnread, type, id, mutate]);
}

// ── Outbox ────────────────────────────────────────────────────────────────────────────────────────

/** Every e-mail sent or waiting, newest first. */
export function listOutbox(
  opts: { status?: EmailStatus; cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<z.output<typeof OutboxPage>> {
  return read(OutboxPage, () =>
    client.GET('/api/v1/outbox', {
      params: { query: { status: opts.status, cursor: opts.cursor, limit: opts.limit ?? 50 } },
      signal: opts.signal,
    }),
  );
}

export function useOutbox(opts: { status?: EmailStatus } = {}) {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: outboxKeys.list(opts.status),
      page: (cursor, signal) => listOutbox({ status: opts.status, cursor, signal }),
      keepPrevious: false,
    }),
  );
}

/** One e-mail with its text. */
export function getOutboxMessage(id: string, signal?: AbortSignal): Promise<OutboxMessageDetail> {
  return read(EmailMessageDetail, () =>
    client.GET('/api/v1/outbox/{id}', { params: { path: { id } }, signal }),
  );
}

export function useOutboxMessage(id: string | null) {
  return useQuery({
    queryKey: outboxKeys.one(id ?? ''),
    queryFn: ({ signal }) => getOutboxMessage(id!, signal),
    enabled: id !== null,
  });
}
