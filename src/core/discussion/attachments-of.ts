import type { DiscussedDocumentType } from '../../domain/discussion';
import type { Ctx } from '../shared/context';
import { type Attachment, toAttachment } from './attachment';
import * as repo from './repository';

/**
 * The files of some documents of one type, by document, in one read: for lists that show each
 * document with its files (the caller has checked who may read the documents).
 */
export async function attachmentsOf(
  ctx: Ctx,
  opts: { type: DiscussedDocumentType; ids: string[] },
): Promise<Map<string, Attachment[]>> {
  const byDocument = new Map<string, Attachment[]>();
  for (const row of await repo.attachmentsOfMany(ctx.db, opts.type, opts.ids)) {
    const list = byDocument.get(row.documentId) ?? [];
    list.push(toAttachment(row));
    byDocument.set(row.documentId, list);
  }
  return byDocument;
}
