import { Notification } from '@contracts/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { notificationKeys } from './query-keys';

/** POST /notifications/{id}/read. */
export function markNotificationRead(id: string) {
  return api.post(`/notifications/${encodeURIComponent(id)}/read`, Notification);
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
