/**
 * What spend is: the base-currency total of committed orders — approved and every state after it,
 * closed included, or on hold from one of those — less the value of quantities short-closed on
 * them, by supplier and month of the order date. Drafts, orders awaiting approval and cancelled
 * orders count nothing. The same definition is written into the spend_monthly triggers (migration
 * 0007); verifySpendSummary checks the two agree.
 */
export const SPEND_STATUSES = [
  'approved',
  'sent',
  'acknowledged',
  'partially_received',
  'received',
  'closed',
] as const;

/** A report year: the fiscal year that starts in `year` (a calendar year when it starts in January). */
export type ReportYear = { year: number; from: string; to: string; months: string[] };

/** The twelve months (first days, YYYY-MM-DD) of the fiscal year starting in month `startMonth` of `year`. */
export function reportYear(year: number, startMonth: number): ReportYear {
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    const index = startMonth - 1 + i;
    const y = year + Math.floor(index / 12);
    const m = (index % 12) + 1;
    months.push(`${y}-${String(m).padStart(2, '0')}-01`);
  }
  const endIndex = startMonth - 1 + 12;
  const to = `${year + Math.floor(endIndex / 12)}-${String((endIndex % 12) + 1).padStart(2, '0')}-01`;
  return { year, from: months[0]!, to, months };
}
