import '@mantine/charts/styles.css';
import type { PortalScorecard } from '@contracts/evaluation-feedback';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { LineChart } from '@mantine/charts';
import { Text, VisuallyHidden } from '@mantine/core';
import { formatDecimal, formatLocale } from '@/lib/format';

/**
 * The 12 months ending with the period's last, each scored on its own: the score with on time and
 * in full beside it, 0–100. A month without orders leaves a gap. The figures are also a list for
 * screen readers.
 */
export function ScorecardTrendChart({ trend }: { trend: PortalScorecard['trend'] }) {
  const { t } = useLingui();
  const locale = formatLocale();
  const monthLabel = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const value = (v: string | null) => (v === null ? null : Number(v));
  const rows = trend.map((p) => ({
    month: monthLabel.format(new Date(`${p.month}T00:00:00Z`)),
    name: monthName.format(new Date(`${p.month}T00:00:00Z`)),
    score: value(p.score),
    onTime: value(p.onTime),
    inFull: value(p.inFull),
    orders: p.orders,
    grade: p.grade,
  }));
  if (trend.every((p) => p.orders === 0))
    return (
      <Text size="sm" c="dimmed">
        <Trans>No orders in these twelve months.</Trans>
      </Text>
    );
  return (
    <>
      <LineChart
        h={240}
        data={rows}
        dataKey="month"
        series={[
          { name: 'score', label: t`Score`, color: 'indigo.6' },
          { name: 'onTime', label: t`On time`, color: 'teal.6' },
          { name: 'inFull', label: t`In full`, color: 'orange.6' },
        ]}
        yAxisProps={{ domain: [0, 100] }}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        connectNulls
        curveType="linear"
        valueFormatter={(v) => formatDecimal(String(v))}
        // The picture is for the eye; screen readers get the list below.
        lineChartProps={{ accessibilityLayer: false }}
        aria-hidden
      />
      <VisuallyHidden>
        <ul>
          {rows.map(({ name, score, grade, orders, onTime, inFull }) => {
            const s = score === null ? '—' : formatDecimal(String(score));
            const g = grade ?? '—';
            const on = onTime === null ? '—' : `${formatDecimal(String(onTime))} %`;
            const full = inFull === null ? '—' : `${formatDecimal(String(inFull))} %`;
            return (
              <li key={name}>
                <Trans>
                  {name}: <Plural value={orders} one="# order" other="# orders" />, score {s}, grade {g}, on
                  time {on}, in full {full}
                </Trans>
              </li>
            );
          })}
        </ul>
      </VisuallyHidden>
    </>
  );
}
