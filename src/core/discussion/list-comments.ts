import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { type Comment, toComment } from './comment';
import { type DocumentRef, readableDocument } from './document-access';
import * as repo from './repository';

/** The comment thread of a document the actor can read, oldest first. */
export async function listComments(
  ctx: Ctx,
  opts: { actor: Actor; document: DocumentRef },
): Promise<Comment[]> {
  await readableDocument(ctx, opts.actor, opts.document);
  const rows = await repo.listComments(ctx.db, opts.document);
  const names = await repo.userNames(ctx.db, [...new Set(rows.flatMap((r) => r.mentionedUserIds))]);
  return rows.map((r) => toComment(r, names));
}
