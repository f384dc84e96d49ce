import { MarkedRead } from '@contracts/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '@/lib/api';
import { useUnreadCount } from './get-unread-count';
import { notificationKeys } from './query-keys';

export type NotifiedDocument = { type: 'purchase_order' | 'requisition'; id: string };

/** POST /notifications/read-all?documentType=&documentId=: the caller's notifications about one document. */
export function markDocumentNotificationsRead(document: NotifiedDocument) {
  return api.post('/notifications/read-all', MarkedRead, {
    query: { documentType: document.type, documentId: document.id },
  });
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
