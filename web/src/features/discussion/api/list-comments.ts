import { CommentList, type DiscussedDocumentType } from '@contracts/discussion';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { discussionKeys, documentPath } from './query-keys';

/** GET /{documents}/{id}/comments: a document's thread, oldest first. */
export function useComments(type: DiscussedDocumentType, id: string) {
  return useQuery({
    queryKey: discussionKeys.comments(type, id),
    queryFn: ({ signal }) =>
      api.get(`${documentPath(type, id)}/comments`, CommentList, { signal }).then((r) => r.items),
  });
}
