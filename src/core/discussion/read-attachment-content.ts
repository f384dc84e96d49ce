import type { DiscussedDocumentType } from '../../domain/discussion';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type Attachment, toAttachment } from './attachment';
import { readableDocument } from './document-access';
import type { FileStore } from './file-store';
import { sha256Hex } from './file-store';
import * as repo from './repository';

/**
 * An attachment's bytes, for someone who can read its document (anyone else: 404, as for the
 * document). The bytes are checked against the SHA-256 recorded at upload: a changed file is
 * never handed out as if it were the one attached.
 */
export async function readAttachmentContent(
  ctx: Ctx,
  opts: {
    actor: Actor;
    id: string;
    store: FileStore;
    /** Only files of these documents (the portal: a supplier's returns); others are not found. */
    documentTypes?: readonly DiscussedDocumentType[];
  },
): Promise<{ attachment: Attachment; bytes: Buffer }> {
  const row = await repo.findAttachment(ctx.db, opts.id);
  if (!row || (opts.documentTypes && !opts.documentTypes.includes(row.documentType))) {
    throw AppError.notFound('Attachment', opts.id);
  }
  try {
    await readableDocument(ctx, opts.actor, { type: row.documentType, id: row.documentId });
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') throw AppError.notFound('Attachment', opts.id);
    throw err;
  }
  const bytes = await opts.store.read(row.storageKey);
  if (!bytes || sha256Hex(bytes) !== row.sha256) {
    throw new AppError('internal', `The stored file of attachment ${row.id} is missing or has changed.`);
  }
  return { attachment: toAttachment(row), bytes };
}
