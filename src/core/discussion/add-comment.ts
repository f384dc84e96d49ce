import { COMMENT_MAX_LENGTH } from '../../domain/discussion';
import * as identity from '../identity';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, type FieldError } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { newId } from '../shared/ids';
import { type Comment, excerptOf, toComment } from './comment';
import { type DocumentRef, readableDocument } from './document-access';
import * as repo from './repository';

export const COMMENT_EVENTS = { added: 'comment.added' } as const;

/**
 * Adds a comment to a document's thread. The people it mentions must be active users who can
 * read the document (a mention tells them of it); each is notified once, in the app and by
 * e-mail, by the `commentNotifications` consumer of the `comment.added` event.
 */
export async function addComment(
  ctx: Ctx,
  opts: { actor: Actor; document: DocumentRef; body: string; mentionedUserIds: string[] },
): Promise<Comment> {
  const doc = await readableDocument(ctx, opts.actor, opts.document);
  const body = opts.body.trim();
  if (body === '') throw AppError.field('body', 'is empty');
  if (body.length > COMMENT_MAX_LENGTH) {
    throw AppError.field('body', `is longer than ${COMMENT_MAX_LENGTH.toLocaleString('en')} characters`);
  }
  const mentioned = [...new Set(opts.mentionedUserIds)].filter((id) => id !== opts.actor.userId);
  const actors = await identity.activeActors(ctx, { ids: mentioned });
  const problems: FieldError[] = [];
  for (const [i, id] of mentioned.entries()) {
    const person = actors.get(id);
    if (!person) {
      problems.push({ path: `mentionedUserIds.${i}`, message: 'names no active user' });
    } else if (!doc.readableBy(person)) {
      problems.push({
        path: `mentionedUserIds.${i}`,
        message: `${person.name} cannot open ${doc.label} ${doc.number}, so cannot be mentioned on it`,
      });
    }
  }
  if (problems.length > 0) throw AppError.validation(problems);

  const now = ctx.clock.now();
  const row: repo.CommentInsert = {
    id: newId(now.getTime()),
    documentType: opts.document.type,
    documentId: opts.document.id,
    authorId: opts.actor.userId!,
    body,
    mentionedUserIds: mentioned,
    createdAt: now,
  };
  await inTransaction(ctx, async (tx) => {
    await repo.insertComment(tx.db, row);
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: opts.document.type,
      entityId: opts.document.id,
      action: 'comment_added',
      changes: { comment: { before: null, after: { id: row.id, body, mentionedUserIds: mentioned } } },
    });
    await recordEvents(tx.db, tx.clock, [
      {
        type: COMMENT_EVENTS.added,
        subject: opts.document,
        actor: opts.actor,
        payload: {
          commentId: row.id,
          authorName: opts.actor.name,
          excerpt: excerptOf(body),
          mentionedUserIds: mentioned,
          documentNumber: doc.number,
          documentLabel: doc.label,
          link: doc.link,
        },
      },
    ]);
  });
  const names = new Map([...actors].map(([id, a]) => [id, a.name]));
  return toComment({ ...row, mentionedUserIds: mentioned, authorName: opts.actor.name }, names);
}
