import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { FieldErrors } from '../shared/errors';
import { newId } from '../shared/ids';
import { type Attachment, toAttachment } from './attachment';
import type { DocumentRef } from './document-access';
import * as repo from './repository';

/**
 * Attaches files of one document to another as well (a receipt's inspection photos to the return
 * that sends the goods back, so the supplier sees them), in the caller's transaction: new
 * attachments of the same stored bytes (content-addressed: nothing is stored twice), each in the
 * target's audit trail. The caller has checked the actor may read both documents. 422 on
 * `<path>[i]` for an id that is not a file of `from`. Returns the new attachments.
 */
export async function copyAttachments(
  tx: Ctx,
  opts: { actor: Actor; from: DocumentRef; to: DocumentRef; ids: string[]; path: string },
): Promise<Attachment[]> {
  if (opts.ids.length === 0) return [];
  const files = new Map((await repo.listAttachments(tx.db, opts.from)).map((a) => [a.id, a]));
  const errors = new FieldErrors();
  const seen = new Set<string>();
  for (const [i, id] of opts.ids.entries()) {
    if (!files.has(id)) errors.add(`${opts.path}[${i}]`, 'is not a file attached to the receipt');
    else if (seen.has(id)) errors.add(`${opts.path}[${i}]`, 'names the same file a second time');
    seen.add(id);
  }
  errors.throwIfAny();
  const now = tx.clock.now();
  const copied: Attachment[] = [];
  for (const id of opts.ids) {
    const file = files.get(id)!;
    const row: repo.AttachmentInsert = {
      id: newId(now.getTime()),
      documentType: opts.to.type,
      documentId: opts.to.id,
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      storageKey: file.storageKey,
      uploadedBy: opts.actor.userId!,
      uploadedAt: now,
    };
    await repo.insertAttachment(tx.db, row);
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: opts.to.type,
      entityId: opts.to.id,
      action: 'attachment_added',
      changes: {
        attachment: {
          before: null,
          after: {
            id: row.id,
            fileName: row.fileName,
            mediaType: row.mediaType,
            sizeBytes: row.sizeBytes,
            sha256: row.sha256,
            copiedFrom: id,
          },
        },
      },
    });
    copied.push(
      toAttachment({
        ...(row as repo.AttachmentRow),
        removedAt: null,
        removedBy: null,
        uploadedByName: opts.actor.name,
      }),
    );
  }
  return copied;
}
