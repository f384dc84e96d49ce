import '@mantine/charts/styles.css';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { LineChart } from '@mantine/charts';
import { Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatLocale } from '@/lib/format';
import { chartHeight } from '@/lib/money';
import { formatShare } from '../labels';
import type { Scorecard } from '../queries';

/**
 * The twelve months ending with the period's last, each scored on its own: the score (in months
 * with enough orders), OTIF and on time as lines from 0 to 100; a month without orders leaves a
 * gap. Screen readers get the same figures as a list.
 */
export function ScorecardTrendChart({
  trend,
  minimumOrders,
  empty,
}: {
  trend: Scorecard['trend'];
  minimumOrders: number;
  /** What to say when no order was sent in the twelve months (the supplier's own portal words it for itself). */
  empty?: ReactNode;
}) {
  const { t } = useLingui();
  const locale = formatLocale();
  const short = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  // A date alone (YYYY-MM-DD) is read as midnight UTC.
  const at = (month: string) => new Date(month);
  const line = (v: string | null) => (v === null ? null : chartHeight(v));
  const data = trend.map((p) => ({
    month: short.format(at(p.month)),
    score: line(p.score),
    otif: line(p.otif),
    onTime: line(p.onTime),
  }));
  if (trend.every((p) => p.orders === 0))
    return (
      <Text size="sm" c="dimmed">
        {empty ?? <Trans>No orders were sent to this supplier in these twelve months.</Trans>}
      </Text>
    );
  const noData = t`no data`;
  const share = (v: string | null) => (v === null ? noData : formatShare(v));
  return (
    <>
      <LineChart
        h={240}
        data={data}
        dataKey="month"
        series={[
          { name: 'score', label: t`Score`, color: 'indigo.6' },
          { name: 'otif', label: t`OTIF`, color: 'teal.6' },
          { name: 'onTime', label: t`On time`, color: 'orange.6', strokeDasharray: '5 4' },
        ]}
        yAxisProps={{ domain: [0, 100], width: 36 }}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 36 }}
        connectNulls={false}
        curveType="linear"
        withDots
        valueFormatter={(v) => String(Math.round(v))}
        lineChartProps={{ accessibilityLayer: false }}
        aria-hidden
      />
      <Text size="xs" c="dimmed" mt="xs">
        <Trans>
          Each month is scored on its own orders: a month with fewer than {minimumOrders} orders has no score,
          only its shares.
        </Trans>
      </Text>
      <VisuallyHidden>
        <ul>
          {trend.map((p) => {
            const month = long.format(at(p.month));
            const orders = p.orders;
            const score = p.score ?? noData;
            const otif = share(p.otif);
            const onTime = share(p.onTime);
            return (
              <li key={p.month}>
                <Trans>
                  {month}: <Plural value={orders} one="# order" other="# orders" />, score {score}, OTIF{' '}
                  {otif}, on time {onTime}
                </Trans>
              </li>
            );
          })}
        </ul>
      </VisuallyHidden>
    </>
  );
}
