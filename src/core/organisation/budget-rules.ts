import type { BudgetPeriodType } from '../../domain/organisation';
import { dec } from '../shared/money';

/**
 * Pure rules of budgets: the period a budget covers, and what is left of it. Committed and actual
 * are derived from the documents, never typed in.
 */

/** Why a period start is not valid for the type, or null. */
export function periodStartProblem(
  type: BudgetPeriodType,
  start: string,
  fiscalYearStartMonth: number,
): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  if (!m) return 'must be a date as YYYY-MM-DD';
  if (m[3] !== '01') return 'must be the first day of a month';
  if (type === 'year' && Number(m[2]) !== fiscalYearStartMonth) {
    return `must be the first day of the fiscal year (month ${fiscalYearStartMonth})`;
  }
  return null;
}

/** The day after the period's last day (exclusive end), as YYYY-MM-DD. */
export function periodEnd(type: BudgetPeriodType, start: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const months = type === 'month' ? 1 : 12;
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/** available = budget − committed − actual (negative when exceeded). */
export function available(amount: string, committed: string, actual: string): string {
  return dec(amount).minus(committed).minus(actual).toFixed();
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A period as people name it: "November 2026", "fiscal year 2026", "fiscal year 2026/27". */
export function periodLabel(type: BudgetPeriodType, start: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  if (type === 'month') return `${MONTHS[m - 1]} ${y}`;
  if (m === 1) return `fiscal year ${y}`;
  return `fiscal year ${y}/${String((y + 1) % 100).padStart(2, '0')}`;
}
