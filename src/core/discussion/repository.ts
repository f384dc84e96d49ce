import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attachments, comments, users } from '../../db/schema';
import type { DiscussedDocumentType } from '../../domain/discussion';

export type AttachmentRow = typeof attachments.$inferSelect;
export type AttachmentInsert = typeof attachments.$inferInsert;
export type CommentRow = typeof comments.$inferSelect;
export type CommentInsert = typeof comments.$inferInsert;

/** A document's files and comments are few (tens): its lists are read whole, oldest first. */
const DOCUMENT_LIST_CAP = 500;

export async function insertAttachment(db: Db, row: AttachmentInsert): Promise<void> {
  await db.insert(attachments).values(row);
}

export async function listAttachments(
  db: Db,
  doc: { type: DiscussedDocumentType; id: string },
): Promise<(AttachmentRow & { uploadedByName: string })[]> {
  const rows = await db
    .select({ a: attachments, uploadedByName: users.name })
    .from(attachments)
    .innerJoin(users, eq(users.id, attachments.uploadedBy))
    .where(
      and(
        eq(attachments.documentType, doc.type),
        eq(attachments.documentId, doc.id),
        isNull(attachments.removedAt),
      ),
    )
    .orderBy(asc(attachments.uploadedAt), asc(attachments.id))
    .limit(DOCUMENT_LIST_CAP);
  return rows.map((r) => ({ ...r.a, uploadedByName: r.uploadedByName }));
}

export async function findAttachment(
  db: Db,
  id: string,
): Promise<(AttachmentRow & { uploadedByName: string }) | undefined> {
  const [row] = await db
    .select({ a: attachments, uploadedByName: users.name })
    .from(attachments)
    .innerJoin(users, eq(users.id, attachments.uploadedBy))
    .where(and(eq(attachments.id, id), isNull(attachments.removedAt)))
    .limit(1);
  return row ? { ...row.a, uploadedByName: row.uploadedByName } : undefined;
}

/** Marks an attachment removed; false when it already was (or does not exist). */
export async function markAttachmentRemoved(
  db: Db,
  opts: { id: string; by: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(attachments)
    .set({ removedAt: opts.at, removedBy: opts.by })
    .where(and(eq(attachments.id, opts.id), isNull(attachments.removedAt)))
    .returning({ id: attachments.id });
  return rows.length === 1;
}

export async function insertComment(db: Db, row: CommentInsert): Promise<void> {
  await db.insert(comments).values(row);
}

export async function listComments(
  db: Db,
  doc: { type: DiscussedDocumentType; id: string },
): Promise<(CommentRow & { authorName: string })[]> {
  const rows = await db
    .select({ c: comments, authorName: users.name })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.documentType, doc.type), eq(comments.documentId, doc.id)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(DOCUMENT_LIST_CAP);
  return rows.map((r) => ({ ...r.c, authorName: r.authorName }));
}

/** Names of users by id (the people a comment mentions). */
export async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The files (not removed) of some documents of one type, oldest first: one statement. */
export async function attachmentsOfMany(
  db: Db,
  type: DiscussedDocumentType,
  ids: string[],
): Promise<(AttachmentRow & { uploadedByName: string })[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ a: attachments, uploadedByName: users.name })
    .from(attachments)
    .innerJoin(users, eq(users.id, attachments.uploadedBy))
    .where(
      and(
        eq(attachments.documentType, type),
        inArray(attachments.documentId, ids),
        isNull(attachments.removedAt),
      ),
    )
    .orderBy(asc(attachments.uploadedAt), asc(attachments.id));
  return rows.map((r) => ({ ...r.a, uploadedByName: r.uploadedByName }));
}
