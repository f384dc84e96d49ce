import type { DiscussedDocumentType } from '../../domain/discussion';
import type { Ctx } from '../shared/context';
import * as repo from './repository';

/** How many files each of some documents carries (for lists that show a count, not the files). */
export function attachmentCounts(
  ctx: Ctx,
  opts: { type: DiscussedDocumentType; ids: string[] },
): Promise<Map<string, number>> {
  return repo.attachmentCounts(ctx.db, opts.type, opts.ids);
}
