import { useNavigate } from 'react-router';
import { type NotificationItem, useMarkNotificationRead } from '../queries';

/** Opening a notification marks it read and goes to its page. */
export function useOpenNotification(after?: () => void) {
  const markRead = useMarkNotificationRead();
  const navigate = useNavigate();
  return (item: NotificationItem) => {
    if (item.readAt === null) markRead.mutate(item.id);
    after?.();
    if (item.link) void navigate(item.link);
  };
}
