import type { Budget } from '@contracts/organisation';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import dayjs from 'dayjs';

/** A budget period as people name it: "November 2026", "Fiscal year 2026", "Fiscal year 2026/27". */
export function budgetPeriodLabel(i18n: I18n, type: Budget['periodType'], start: string): string {
  const d = dayjs(start);
  if (type === 'month') return d.format('MMMM YYYY');
  const year = String(d.year());
  if (d.month() === 0) return i18n._(msg`Fiscal year ${year}`);
  const next = String((d.year() + 1) % 100).padStart(2, '0');
  return i18n._(msg`Fiscal year ${year}/${next}`);
}
