import type { DrillMeasure } from '@contracts/evaluation';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { formatDecimal, formatLocale } from '@/lib/format';
import {
  type DetailFigure,
  type PeriodChoice,
  pastPeriodChoice,
  type ScorecardSnapshot,
} from './scorecard-figures';

/** The names of the figures a scorecard can be drilled into (render with `i18n._(…)`). */
export const MEASURE_LABELS: Record<DrillMeasure, MessageDescriptor> = {
  onTime: msg`On time`,
  inFull: msg`In full`,
  quality: msg`Quality`,
  price: msg`Price`,
  invoiceAccuracy: msg`Invoice accuracy`,
  responsiveness: msg`Responsiveness`,
  satisfaction: msg`Satisfaction`,
  otif: msg`OTIF`,
  returns: msg`Returns`,
  orderVsList: msg`Ordered against the price list`,
  orderVsLastPrice: msg`Ordered against the last price paid`,
};

/** What each weighed measure counts, in words (the settings page and the scorecard's tooltips). */
export const MEASURE_EXPLANATIONS: Record<DrillMeasure, MessageDescriptor> = {
  onTime: msg`Order lines complete by their due date — the date the supplier promised, else the date needed, else the order’s expected delivery — plus the grace days.`,
  inFull: msg`Order lines delivered complete: nothing short-closed, nothing sent back for a replacement, not less kept than ordered.`,
  quality: msg`The quantity accepted at incoming inspection, of all the quantity inspected.`,
  price: msg`Invoice lines billed at the order’s price or below.`,
  invoiceAccuracy: msg`Invoices matched at the first pass, without an exception (the first-pass match rate).`,
  responsiveness: msg`Orders the supplier answered — accepted, or proposed changes — within the response days of the first send.`,
  satisfaction: msg`The ratings of requesters, receivers and buyers, 1 to 5 for delivery, quality and service, on a scale from 0 to 100.`,
  otif: msg`Order lines both on time and in full (shown beside the measures; not weighed a second time).`,
  returns: msg`The quantity received that went back to the supplier.`,
  orderVsList: msg`Order lines at the supplier’s price-list price for the quantity on the order date, or below (net of the line’s discount).`,
  orderVsLastPrice: msg`Order lines at the price the item was last ordered at, or below (net, in the base currency).`,
};

/** What a drill-down lists for each figure: "lines", "invoice lines", "orders" … */
export const DRILL_UNITS: Record<DrillMeasure, MessageDescriptor> = {
  onTime: msg`lines`,
  inFull: msg`lines`,
  otif: msg`lines`,
  quality: msg`lines inspected`,
  returns: msg`lines received`,
  price: msg`invoice lines`,
  invoiceAccuracy: msg`invoices`,
  responsiveness: msg`orders`,
  satisfaction: msg`ratings`,
  orderVsList: msg`order lines with a price-list price`,
  orderVsLastPrice: msg`order lines with an earlier price`,
};

/** The figures shown beside the measures. */
export const DETAIL_LABELS: Record<DetailFigure, MessageDescriptor> = {
  otif: msg`OTIF (on time in full)`,
  onTimeQuantity: msg`Quantity on time`,
  averageDaysLate: msg`Average days late`,
  returnRate: msg`Returned to the supplier`,
  rejectedShare: msg`Rejected at inspection`,
  invoicePriceVariance: msg`Invoiced against the order’s prices`,
  orderVsList: msg`Ordered against the price list`,
  orderVsLastPrice: msg`Ordered against the last price paid`,
  averageResponseHours: msg`Average time to answer`,
  changesProposed: msg`Answers proposing changes`,
  ratings: msg`Ratings`,
};

/** "Last 12 months", "Q4 2026 (this quarter)", "November 2026". */
export function periodLabel(i18n: I18n, choice: PeriodChoice): string {
  if (choice.kind === 'rolling') return i18n._(msg`Last 12 months`);
  if (choice.kind === 'quarter') {
    const name = `Q${choice.quarter} ${choice.year}`;
    return choice.current ? i18n._(msg`${name} (this quarter)`) : name;
  }
  const name = new Intl.DateTimeFormat(formatLocale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(choice.year, choice.month - 1, 1)));
  return choice.current ? i18n._(msg`${name} (this month)`) : name;
}

/** A percentage of the API (one decimal) as the user's locale writes it: "50.0 %" → "50.0%", "50,0 %". */
export function formatShare(value: string | null): string {
  if (value === null) return '—';
  return `${formatDecimal(value, { minFractionDigits: 1 })}%`;
}

/** A difference in percent with its sign: "+6.0%", "−2.5%", "0.0%". */
export function formatSignedShare(value: string | null): string {
  if (value === null) return '—';
  if (value.startsWith('-')) return `−${formatShare(value.slice(1))}`;
  return value === '0.0' || value === '0' ? formatShare(value) : `+${formatShare(value)}`;
}

/** "Jan 2026" (the first day of a month, YYYY-MM-DD) as the user's locale writes it. */
function monthOf(firstDay: string): string {
  return new Intl.DateTimeFormat(formatLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${firstDay}T00:00:00Z`),
  );
}

/**
 * The period a kept scorecard covered, as it was then: "12 months, Jan 2026 – Dec 2026",
 * "Q4 2026", "November 2026" (never "this quarter": it is read later).
 */
export function keptPeriodLabel(i18n: I18n, kept: Pick<ScorecardSnapshot, 'period' | 'from' | 'to'>): string {
  const choice = pastPeriodChoice(kept.period);
  if (!choice || choice.kind === 'rolling') {
    const from = monthOf(kept.from);
    const to = monthOf(kept.to);
    return i18n._(msg`12 months, ${from} – ${to}`);
  }
  return periodLabel(i18n, choice);
}

/**
 * A scorecard kept with a hold, in a line: "12 months, Jan 2026 – Dec 2026: grade C, score 58.3,
 * 14 orders — On time 71.4% · In full 80.0% · … · OTIF 64.3%", or "…: not enough data, 2 orders — …".
 */
export function describeScorecardSnapshot(i18n: I18n, kept: ScorecardSnapshot): string {
  const period = keptPeriodLabel(i18n, kept);
  const count = kept.orders;
  const orders = i18n._(msg`${plural(count, { one: '# order', other: '# orders' })}`);
  const grade = kept.grade;
  const score = formatDecimal(kept.score, { minFractionDigits: 1 });
  const head =
    kept.enoughData && grade !== null && kept.score !== null
      ? i18n._(msg`${period}: grade ${grade}, score ${score}, ${orders}`)
      : i18n._(msg`${period}: not enough data, ${orders}`);
  const figures = [
    ...kept.measures.map((m) => `${i18n._(MEASURE_LABELS[m.key])} ${formatShare(m.value)}`),
    `${i18n._(MEASURE_LABELS.otif)} ${formatShare(kept.otif)}`,
  ];
  return `${head} — ${figures.join(' · ')}`;
}
