import { AppError } from './errors';
import type { Page } from './pagination';

/** The most rows an export of a list holds: a spreadsheet's worth, not a database's. */
export const MAX_EXPORT_ROWS = 50_000;
const PAGE = 1000;

/**
 * Every row of a list under its filters, read page by page through the list's own use case (so
 * its row access applies); more than MAX_EXPORT_ROWS is a 422 asking to narrow the filters, before
 * anything is sent.
 */
export async function collectForExport<T>(
  what: string,
  fetchPage: (opts: { limit: number; cursor?: string }) => Promise<Page<T>>,
): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage({ limit: PAGE, cursor });
    rows.push(...page.items);
    if (rows.length > MAX_EXPORT_ROWS) {
      throw AppError.field(
        'filters',
        `match more than ${MAX_EXPORT_ROWS.toLocaleString('en')} ${what}; narrow them (a date range, a supplier, a state) to export`,
      );
    }
    if (!page.nextCursor) return rows;
    cursor = page.nextCursor;
  }
}
