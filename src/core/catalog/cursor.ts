import { AppError } from '../shared/errors';
import { UUID_RE } from '../shared/ids';
import { type CursorValue, decodeCursor } from '../shared/pagination';

/** A cursor of a list keyed by (sort value, uuid); a tampered one is a 422, never a database error. */
export function decodeIdCursor(cursor: string | undefined): CursorValue | undefined {
  const c = decodeCursor(cursor);
  if (c && !UUID_RE.test(c.id))
    throw AppError.field('cursor', 'is not a cursor returned by this list; start again without it');
  return c;
}
