import { z } from 'zod';
import { COMMENT_MAX_LENGTH, DISCUSSED_DOCUMENT_TYPES, sizeInWords } from '../domain/discussion';
import { dateOut, Id } from './common';

const Person = z.object({ id: Id, name: z.string() });

export const Attachment = z
  .object({
    id: Id,
    documentType: z.enum(DISCUSSED_DOCUMENT_TYPES),
    documentId: Id,
    fileName: z.string(),
    /** What the bytes are, sniffed from them at upload. */
    mediaType: z.string(),
    /** The same in words: "PDF", "Excel workbook" … */
    kind: z.string(),
    sizeBytes: z.number().int(),
    /** SHA-256 of the bytes, hex: what a download is checked against. */
    sha256: z.string(),
    uploadedBy: Person,
    uploadedAt: dateOut,
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.output<typeof Attachment>;

export const AttachmentList = z.object({ items: z.array(Attachment) });

export const RemoveAttachmentQuery = z.object({
  reason: z.string().trim().max(500, 'must be at most 500 characters').optional(),
});

export const Comment = z
  .object({
    id: Id,
    documentType: z.enum(DISCUSSED_DOCUMENT_TYPES),
    documentId: Id,
    author: Person,
    body: z.string(),
    /** The people the comment mentions; each was notified. */
    mentions: z.array(Person),
    createdAt: dateOut,
  })
  .meta({ id: 'Comment' });
export type Comment = z.output<typeof Comment>;

export const CommentList = z.object({ items: z.array(Comment) });

export const NewComment = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(COMMENT_MAX_LENGTH, `must be at most ${COMMENT_MAX_LENGTH.toLocaleString('en')} characters`),
  /** The people to notify: the web app sends those picked after "@". */
  mentionedUserIds: z.array(Id).max(20, 'may name at most 20 people').default([]),
});

export const PeopleQuery = z.object({
  q: z.string().trim().max(100, 'must be at most 100 characters').default(''),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export const PeopleList = z.object({ items: z.array(Person) });

export type { DiscussedDocumentType } from '../domain/discussion';
export { COMMENT_MAX_LENGTH, DISCUSSED_DOCUMENT_TYPES, sizeInWords };
