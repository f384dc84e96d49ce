import type { Actor } from '../shared/actor';
import { can } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { readableDocument } from './document-access';
import * as repo from './repository';

/**
 * Removes an attachment from its document's list: only who attached it, or an administrator. The
 * row and the bytes stay (the audit trail names the file and its SHA-256); a reason is kept.
 */
export async function removeAttachment(
  ctx: Ctx,
  opts: { actor: Actor; id: string; reason?: string | null },
): Promise<void> {
  const row = await repo.findAttachment(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Attachment', opts.id);
  const document = { type: row.documentType, id: row.documentId };
  try {
    await readableDocument(ctx, opts.actor, document);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') throw AppError.notFound('Attachment', opts.id);
    throw err;
  }
  if (row.uploadedBy !== opts.actor.userId && !can(opts.actor, 'documents:moderate')) {
    throw AppError.forbidden(
      `Only ${row.uploadedByName}, who attached ${row.fileName}, or an administrator can remove it.`,
    );
  }
  await inTransaction(ctx, async (tx) => {
    const removed = await repo.markAttachmentRemoved(tx.db, {
      id: row.id,
      by: opts.actor.userId!,
      at: tx.clock.now(),
    });
    if (!removed) throw AppError.notFound('Attachment', opts.id);
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: document.type,
      entityId: document.id,
      action: 'attachment_removed',
      changes: {
        attachment: { before: { id: row.id, fileName: row.fileName, sha256: row.sha256 }, after: null },
      },
      reason: opts.reason?.trim() || null,
    });
    await recordEvents(tx.db, tx.clock, [
      {
        type: 'attachment.removed',
        subject: document,
        actor: opts.actor,
        payload: { id: row.id, fileName: row.fileName },
      },
    ]);
  });
}
