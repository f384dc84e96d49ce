import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';

/** DELETE /attachments/{id}: takes a file off its document (the history keeps it). */
export function useRemoveAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; reason?: string }) =>
      api.send('DELETE', `/attachments/${input.id}`, { query: { reason: input.reason } }),
    onSuccess: () => documentChanged(queryClient, 'attachment.removed'),
  });
}
