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
