import { Attachment, type DiscussedDocumentType } from '@contracts/discussion';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { documentPath } from './query-keys';

/** POST /{documents}/{id}/attachments: one file, as multipart/form-data. */
export function useUploadAttachment(type: DiscussedDocumentType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return api.post(`${documentPath(type, id)}/attachments`, Attachment, { body });
    },
    onSuccess: () => documentChanged(queryClient, 'attachment.added'),
  });
}
