/**
 * Pure rules of reporting. What counts as spend is not decided here: it is purchase orders'
 * committed spend (domain: purchaseOrderCommitsSpend), kept per supplier and month by the
 * spend_monthly trigger (migration 0007) and checked by verifySpendSummary.
 */

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
