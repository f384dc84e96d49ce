import '@mantine/charts/styles.css';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { BarChart } from '@mantine/charts';
import { Text, VisuallyHidden } from '@mantine/core';
import { formatLocale, formatMoney } from '@/lib/format';
import { chartHeight } from '@/lib/money';
import type { HomeData } from '../queries';

/** Committed spend of the last twelve months, one bar a month; the figures also as a list for screen readers. */
export function SpendByMonthChart({ spend }: { spend: NonNullable<HomeData['spendByMonth']> }) {
  const { t } = useLingui();
  const locale = formatLocale();
  const monthLabel = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  const currency = spend.currency;
  const rows = spend.months.map((m) => ({
    month: monthLabel.format(new Date(`${m.month}T00:00:00Z`)),
    name: monthName.format(new Date(`${m.month}T00:00:00Z`)),
    spend: chartHeight(m.amountBase),
    text: formatMoney(m.amountBase, spend.currency),
    orders: m.orderCount,
  }));
  if (spend.months.every((m) => m.orderCount === 0))
    return (
      <Text size="sm" c="dimmed">
        <Trans>Nothing was committed in the last twelve months.</Trans>
      </Text>
    );
  return (
    <>
      <BarChart
        h={220}
        data={rows}
        dataKey="month"
        series={[{ name: 'spend', label: t`Spend (${currency})`, color: 'indigo.6' }]}
        valueFormatter={(v) => compact.format(v)}
        tooltipProps={{
          content: ({ label, payload }) => {
            const row = rows.find((r) => r.month === label);
            if (!row || !payload?.length) return null;
            const { name, text, orders } = row;
            return (
              <div className="openpo-chart-tooltip">
                <Trans>
                  <strong>{name}</strong>: {text} · <Plural value={orders} one="# order" other="# orders" />
                </Trans>
              </div>
            );
          },
        }}
        // The picture is for the eye; screen readers get the list below (no keyboard layer inside it).
        barChartProps={{ accessibilityLayer: false }}
        aria-hidden
      />
      <VisuallyHidden>
        <ul>
          {rows.map(({ name, text, orders }) => (
            <li key={name}>
              <Trans>
                {name}: {text}, <Plural value={orders} one="# order" other="# orders" />
              </Trans>
            </li>
          ))}
        </ul>
      </VisuallyHidden>
    </>
  );
}
