import type { Db } from '../../db/client';
import { AppError } from '../shared/errors';
import * as repo from './repository';
import { documentSequenceName, renderDocumentNumber, sequenceYear, yearOf } from './rules';
import { requireSettings } from './validate-organisation';

/**
 * The next human number of a document ("PO-2026-00042") from the format in the settings.
 *
 * The counter is a PostgreSQL sequence per document type and year, created on first use: taking a
 * number locks nothing and waits for nobody, and a number once taken is never given again, even
 * when the transaction that took it rolls back. So numbers are unique and never reused, but a
 * document that fails to be saved after taking its number leaves a gap. (A transaction that
 * created the sequence and rolls back takes it along: the numbers it took were never committed.)
 * Best called before the transaction that writes the document. `numberFormats`: from settings the
 * caller has just read, saving a read.
 */
export async function allocateDocumentNumber(
  db: Db,
  opts: { documentType: string; date: Date | string; numberFormats?: Record<string, string> },
): Promise<string> {
  const numberFormats = opts.numberFormats ?? (await requireSettings(db)).numberFormats;
  const format = numberFormats[opts.documentType];
  if (!format) {
    throw AppError.conflict(
      `No number format is set for ${opts.documentType} documents; an administrator must add one in the settings.`,
      { documentType: opts.documentType },
    );
  }
  const year = yearOf(opts.date);
  const counter = await repo.nextSequenceValue(
    db,
    documentSequenceName(opts.documentType, sequenceYear(format, year)),
  );
  return renderDocumentNumber(format, { year, counter });
}
