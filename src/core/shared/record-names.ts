import type { Ctx } from './context';
import { UUID_RE } from './ids';

/**
 * How a record is named to people: a document's number, a supplier's code and name, a person's
 * name. Money of the record (an order's totals, a price) is in `currency` when it has one.
 */
export type RecordName = { label: string; currency?: string };

/** Names the records of one type by id; ids it does not know (deleted records) are left out. */
export type RecordNamer = (ctx: Ctx, ids: string[]) => Promise<Map<string, RecordName>>;

/** Each capability's namers, by the audit trail's entity type. */
export type RecordNamers = Readonly<Record<string, RecordNamer>>;

/** "CODE · Name", or the one that is there. */
export const codeAndName = (code: string | null | undefined, name: string | null | undefined): string =>
  [code, name].filter(Boolean).join(' · ');

/** A Map of names from rows, built by `label`. */
export function namesFrom<R extends { id: string }>(
  rows: R[],
  label: (row: R) => RecordName,
): Map<string, RecordName> {
  return new Map(rows.map((r) => [r.id, label(r)]));
}

/** The ids that can be uuids (a query on a uuid column refuses anything else). */
export const uuidsOnly = (ids: string[]): string[] => [...new Set(ids.filter((id) => UUID_RE.test(id)))];
