import type { DiscussedDocumentType } from '../../domain/discussion';
import type { CommentRow } from './repository';

export type Comment = {
  id: string;
  documentType: DiscussedDocumentType;
  documentId: string;
  author: { id: string; name: string };
  body: string;
  mentions: { id: string; name: string }[];
  createdAt: Date;
};

export function toComment(row: CommentRow & { authorName: string }, names: Map<string, string>): Comment {
  return {
    id: row.id,
    documentType: row.documentType,
    documentId: row.documentId,
    author: { id: row.authorId, name: row.authorName },
    body: row.body,
    mentions: row.mentionedUserIds.map((id) => ({ id, name: names.get(id) ?? 'a former user' })),
    createdAt: row.createdAt,
  };
}

/** The start of a comment for a notification: one line, at most 160 characters. */
export function excerptOf(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length <= 160 ? line : `${line.slice(0, 159).trimEnd()}…`;
}
