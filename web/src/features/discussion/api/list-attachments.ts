import { AttachmentList, type DiscussedDocumentType } from '@contracts/discussion';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { discussionKeys, documentPath } from './query-keys';

/** GET /{documents}/{id}/attachments: a document's files, oldest first. */
export function useAttachments(type: DiscussedDocumentType, id: string) {
  return useQuery({
    queryKey: discussionKeys.attachments(type, id),
    queryFn: ({ signal }) =>
      api.get(`${documentPath(type, id)}/attachments`, AttachmentList, { signal }).then((r) => r.items),
  });
}
