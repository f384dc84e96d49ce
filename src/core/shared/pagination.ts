import { AppError } from './errors';
import { UUID_RE } from './ids';

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

/** What a list keys its pages by: the sort value's type and the id's. */
export type CursorKind = {
  k: 'text' | 'timestamp' | 'date' | 'integer' | 'decimal' | 'none';
  id?: 'uuid' | 'code' | 'integer';
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d{1,30}(\.\d{1,20})?$/;

function plainText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max && !value.includes('\u0000');
}

function sortValueFits(k: unknown, kind: CursorKind['k']): boolean {
  switch (kind) {
    case 'none':
      return k === null || k === undefined;
    case 'text':
      return plainText(k, 1000);
    case 'timestamp':
      return plainText(k, 40) && !Number.isNaN(Date.parse(k)) && Math.abs(Date.parse(k)) < 8.64e15;
    case 'date':
      return typeof k === 'string' && DATE.test(k) && !Number.isNaN(Date.parse(`${k}T00:00:00Z`));
    case 'integer':
      return typeof k === 'number' && Number.isSafeInteger(k);
    case 'decimal':
      return typeof k === 'string' && DECIMAL.test(k);
  }
}

function idFits(id: unknown, kind: NonNullable<CursorKind['id']>): id is string {
  if (kind === 'uuid') return typeof id === 'string' && UUID_RE.test(id);
  if (kind === 'integer') return typeof id === 'string' && /^\d{1,18}$/.test(id);
  return plainText(id, 100) && id.length > 0;
}

/**
 * A cursor of a list, checked against what that list keys its pages by: anything else — a cursor
 * of another list, or one made up — is a 422 on `cursor`, never a value the database cannot
 * compare.
 */
export function decodeListCursor(cursor: string | undefined, kind: CursorKind): CursorValue | undefined {
  const c = decodeCursor(cursor);
  if (c === undefined) return undefined;
  if (!sortValueFits(c.k, kind.k) || !idFits(c.id, kind.id ?? 'uuid'))
    throw AppError.field('cursor', 'is not a cursor returned by this list; start again without it');
  return c;
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
