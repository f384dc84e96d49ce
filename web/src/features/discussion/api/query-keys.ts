import type { DiscussedDocumentType } from '@contracts/discussion';

/** Cache keys of documents' attachments and comments (their events invalidate `['discussion']`). */
export const discussionKeys = {
  all: ['discussion'] as const,
  attachments: (type: DiscussedDocumentType, id: string) => ['discussion', 'attachments', type, id] as const,
  comments: (type: DiscussedDocumentType, id: string) => ['discussion', 'comments', type, id] as const,
  people: (q: string) => ['discussion', 'people', q] as const,
};

/** The API path of a document's resource. */
export function documentPath(type: DiscussedDocumentType, id: string): string {
  return `/${type === 'purchase_order' ? 'purchase-orders' : 'requisitions'}/${id}`;
}
