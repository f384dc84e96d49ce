import {
  Attachment,
  AttachmentList,
  Comment,
  CommentList,
  type DiscussedDocumentType,
  PeopleList,
} from '@contracts/discussion';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, saveDownload, send } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';

/**
 * Documents' attachments and comment threads through the generated API client: the queries and
 * changes the cards use, with their cache keys.
 */

/** Cache keys of documents' attachments and comments (their events invalidate `['discussion']`). */
export const discussionKeys = {
  all: ['discussion'] as const,
  attachments: (type: DiscussedDocumentType, id: string) => ['discussion', 'attachments', type, id] as const,
  comments: (type: DiscussedDocumentType, id: string) => ['discussion', 'comments', type, id] as const,
  people: (q: string) => ['discussion', 'people', q] as const,
};

/** The API paths of a document's files and of its thread, by the document's type. */
const ATTACHMENTS_PATHS = {
  purchase_order: '/api/v1/purchase-orders/{id}/attachments',
  requisition: '/api/v1/requisitions/{id}/attachments',
  goods_receipt: '/api/v1/receipts/{id}/attachments',
  supplier_return: '/api/v1/returns/{id}/attachments',
  invoice: '/api/v1/invoices/{id}/attachments',
} as const satisfies Record<DiscussedDocumentType, string>;

/** The documents with a thread (a return has files only). */
export type ThreadedDocumentType = Exclude<DiscussedDocumentType, 'supplier_return'>;

const COMMENTS_PATHS = {
  purchase_order: '/api/v1/purchase-orders/{id}/comments',
  requisition: '/api/v1/requisitions/{id}/comments',
  goods_receipt: '/api/v1/receipts/{id}/comments',
  invoice: '/api/v1/invoices/{id}/comments',
} as const satisfies Record<ThreadedDocumentType, string>;

// ── Attachments ───────────────────────────────────────────────────────────────────────────────────

/** A document's files, oldest first. */
export function useAttachments(type: DiscussedDocumentType, id: string, opts: { enabled?: boolean } = {}) {
  return useQuery({
    enabled: opts.enabled ?? true,
    queryKey: discussionKeys.attachments(type, id),
    queryFn: ({ signal }) =>
      read(AttachmentList, () =>
        client.GET(ATTACHMENTS_PATHS[type], { params: { path: { id } }, signal }),
      ).then((r) => r.items),
  });
}

/** One file, as multipart/form-data. */
export function useUploadAttachment(type: DiscussedDocumentType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      read(Attachment, () =>
        client.POST(ATTACHMENTS_PATHS[type], {
          params: { path: { id } },
          body: { file },
          // multipart/form-data: fetch writes the boundary for a FormData body.
          bodySerializer: (body) => {
            const form = new FormData();
            form.append('file', body.file, file.name);
            return form;
          },
        }),
      ),
    onSuccess: () => documentChanged(queryClient, 'attachment.added'),
  });
}

/** The file, handed to the browser as a download. */
export function downloadAttachment(attachment: Attachment): Promise<void> {
  return saveDownload(
    () =>
      client.GET('/api/v1/attachments/{id}/content', {
        params: { path: { id: attachment.id } },
        parseAs: 'blob',
        headers: { accept: '*/*, application/problem+json' },
      }),
    attachment.fileName,
  );
}

/** Takes a file off its document (the history keeps it). */
export function useRemoveAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; reason?: string }) =>
      send(() =>
        client.DELETE('/api/v1/attachments/{id}', {
          params: { path: { id: input.id }, query: { reason: input.reason } },
        }),
      ),
    onSuccess: () => documentChanged(queryClient, 'attachment.removed'),
  });
}

// ── Comments ──────────────────────────────────────────────────────────────────────────────────────

/** A document's thread, oldest first. */
export function useComments(type: ThreadedDocumentType, id: string) {
  return useQuery({
    queryKey: discussionKeys.comments(type, id),
    queryFn: ({ signal }) =>
      read(CommentList, () => client.GET(COMMENTS_PATHS[type], { params: { path: { id } }, signal })).then(
        (r) => r.items,
      ),
  });
}

export type NewCommentInput = { body: string; mentionedUserIds: string[] };

/** The people mentioned are notified. */
export function useAddComment(type: ThreadedDocumentType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCommentInput) =>
      read(Comment, () => client.POST(COMMENTS_PATHS[type], { params: { path: { id } }, body: input })),
    onSuccess: () => documentChanged(queryClient, 'comment.added'),
  });
}

/** Whom a comment can mention, while the user types after "@". */
export function usePeople(q: string | null) {
  return useQuery({
    queryKey: discussionKeys.people(q ?? ''),
    queryFn: ({ signal }): Promise<{ id: string; name: string }[]> =>
      read(PeopleList, () =>
        client.GET('/api/v1/people', { params: { query: { q: q ?? undefined, limit: 8 } }, signal }),
      ).then((r) => r.items),
    enabled: q !== null,
    // The list stays while the next letters' answer comes.
    placeholderData: (previous) => previous,
    staleTime: 60_000,
  });
}
