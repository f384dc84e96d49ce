import type { Budget } from '@contracts/organisation';
import dayjs from 'dayjs';

/** A budget period as people name it: "November 2026", "Fiscal year 2026", "Fiscal year 2026/27". */
export function budgetPeriodLabel(type: Budget['periodType'], start: string): string {
  const d = dayjs(start);
  if (type === 'month') return d.format('MMMM YYYY');
  if (d.month() === 0) return `Fiscal year ${d.year()}`;
  return `Fiscal year ${d.year()}/${String((d.year() + 1) % 100).padStart(2, '0')}`;
}
