import type { Db } from '../../db/client';
import { AppError } from '../shared/errors';
import * as repo from './repository';
import { renderDocumentNumber, sequenceYear, yearOf } from './rules';
import { requireSettings } from './validate-organisation';

/**
 * The next human number of a document ("PO-2026-00042") from the format in the settings.
 *
 * Call it inside the transaction that inserts the document: the counter row stays locked until
 * that transaction ends, so concurrent callers get distinct consecutive numbers, and if the
 * transaction rolls back the number is handed out again rather than left as a gap. A committed
 * number is never issued twice.
 */
export async function allocateDocumentNumber(
  tx: Db,
  opts: { documentType: string; date: Date | string },
): Promise<string> {
  const settings = await requireSettings(tx);
  const format = settings.numberFormats[opts.documentType];
  if (!format) {
    throw AppError.conflict(
      `No number format is set for ${opts.documentType} documents; an administrator must add one in the settings.`,
      { documentType: opts.documentType },
    );
  }
  const year = yearOf(opts.date);
  const counter = await repo.nextSequenceValue(tx, opts.documentType, sequenceYear(format, year));
  return renderDocumentNumber(format, { year, counter });
}
