import { Comment, type DiscussedDocumentType } from '@contracts/discussion';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { documentPath } from './query-keys';

export type NewCommentInput = { body: string; mentionedUserIds: string[] };

/** POST /{documents}/{id}/comments: the people mentioned are notified. */
export function useAddComment(type: DiscussedDocumentType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCommentInput) =>
      api.post(`${documentPath(type, id)}/comments`, Comment, { body: input }),
    onSuccess: () => documentChanged(queryClient, 'comment.added'),
  });
}
