import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { type Attachment, toAttachment } from './attachment';
import { type DocumentRef, readableDocument } from './document-access';
import * as repo from './repository';

/** The files of a document the actor can read, oldest first. */
export async function listAttachments(
  ctx: Ctx,
  opts: { actor: Actor; document: DocumentRef },
): Promise<Attachment[]> {
  await readableDocument(ctx, opts.actor, opts.document);
  return (await repo.listAttachments(ctx.db, opts.document)).map(toAttachment);
}
