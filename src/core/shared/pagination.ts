import { AppError } from './errors';

/**
 * Cursor pagination: a cursor is the (sort value, id) of the last row of a page, opaque to clients.
 * Pages are ordered by a stable key and never counted exactly over large sets.
 */
export type Page<T> = { items: T[]; nextCursor: string | null };

export type CursorValue = { k: string | number | null; id: string };

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): CursorValue | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorValue;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.id !== 'string')
      throw new Error('shape');
    return parsed;
  } catch {
    throw AppError.field('cursor', 'is not a cursor returned by this list; start again without it');
  }
}

/** Takes `limit + 1` rows, returns `limit` and the cursor of the last one if there were more. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => CursorValue): Page<T> {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor(keyOf(items[items.length - 1]!)) };
}

/** Escapes LIKE wildcards in user input. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
