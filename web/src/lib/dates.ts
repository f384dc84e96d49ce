import dayjs from 'dayjs';

/** Today as an ISO date ("2026-03-01") in the user's time zone. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** An ISO date `days` after (or before, if negative) another. */
export function addDaysIso(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from today to an ISO date (negative when it has passed). */
export function daysFromToday(date: string): number {
  return dayjs(date).startOf('day').diff(dayjs().startOf('day'), 'day');
}
