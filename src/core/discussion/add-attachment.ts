import { sizeInWords } from '../../domain/discussion';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { newId } from '../shared/ids';
import { type Attachment, toAttachment } from './attachment';
import { type DocumentRef, readableDocument } from './document-access';
import { contentKey, type FileStore, sha256Hex } from './file-store';
import { safeFileName, sniffMediaType } from './media-type';
import * as repo from './repository';

/** The list, as a person reads it (ATTACHMENT_MEDIA_TYPES is the exact one). */
const ACCEPTED_IN_WORDS =
  'PDFs, images (PNG, JPEG, GIF, WebP, TIFF, HEIC), office documents (Word, Excel, PowerPoint, OpenDocument, Office 97–2003), e-mails, text and CSV';

/**
 * Attaches a file to a document the actor can read: its type is sniffed from its bytes and must
 * be on the list, its size within the limit; the bytes go to the file store (by their SHA-256),
 * then the attachment, its audit entry and its `attachment.added` event are written in one
 * transaction. A refused file changes nothing.
 */
export async function addAttachment(
  ctx: Ctx,
  opts: {
    actor: Actor;
    document: DocumentRef;
    fileName: string;
    bytes: Buffer;
    /** The upload was cut at the size limit: the file is larger than `maxBytes`. */
    truncated?: boolean;
    maxBytes: number;
    store: FileStore;
  },
): Promise<Attachment> {
  const doc = await readableDocument(ctx, opts.actor, opts.document);
  if (opts.truncated || opts.bytes.length > opts.maxBytes) {
    throw AppError.field('file', `is larger than the limit of ${sizeInWords(opts.maxBytes)}`);
  }
  if (opts.bytes.length === 0) throw AppError.field('file', 'is empty');
  const sniffed = await sniffMediaType(opts.bytes, opts.fileName);
  if (!sniffed.accepted) {
    throw AppError.field(
      'file',
      `is ${sniffed.found}, which cannot be attached; accepted are ${ACCEPTED_IN_WORDS}`,
    );
  }
  const sha256 = sha256Hex(opts.bytes);
  const storageKey = contentKey(sha256);
  await opts.store.put(storageKey, opts.bytes);

  const now = ctx.clock.now();
  const row: repo.AttachmentInsert = {
    id: newId(now.getTime()),
    documentType: opts.document.type,
    documentId: opts.document.id,
    fileName: safeFileName(opts.fileName, sniffed.mediaType),
    mediaType: sniffed.mediaType,
    sizeBytes: opts.bytes.length,
    sha256,
    storageKey,
    uploadedBy: opts.actor.userId!,
    uploadedAt: now,
  };
  const described = {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256,
  };
  await inTransaction(ctx, async (tx) => {
    await repo.insertAttachment(tx.db, row);
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: opts.document.type,
      entityId: opts.document.id,
      action: 'attachment_added',
      changes: { attachment: { before: null, after: described } },
    });
    await recordEvents(tx.db, tx.clock, [
      {
        type: 'attachment.added',
        subject: opts.document,
        actor: opts.actor,
        payload: { ...described, documentNumber: doc.number },
      },
    ]);
  });
  return toAttachment({ ...row, removedAt: null, removedBy: null, uploadedByName: opts.actor.name });
}
