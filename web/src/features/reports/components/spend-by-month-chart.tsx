import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Text, VisuallyHidden } from '@mantine/core';
import { formatMoney } from '@/lib/format';
import { chartHeight } from '@/lib/money';
import type { HomeData } from '../api/get-home';

const monthLabel = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Committed spend of the last twelve months, one bar a month; the figures also as a list for screen readers. */
export function SpendByMonthChart({ spend }: { spend: NonNullable<HomeData['spendByMonth']> }) {
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
        Nothing was committed in the last twelve months.
      </Text>
    );
  return (
    <>
      <BarChart
        h={220}
        data={rows}
        dataKey="month"
        series={[{ name: 'spend', label: `Spend (${spend.currency})`, color: 'indigo.6' }]}
        valueFormatter={(v) => new Intl.NumberFormat(undefined, { notation: 'compact' }).format(v)}
        tooltipProps={{
          content: ({ label, payload }) => {
            const row = rows.find((r) => r.month === label);
            if (!row || !payload?.length) return null;
            return (
              <div className="openpo-chart-tooltip">
                <strong>{row.name}</strong>: {row.text} · {row.orders} orders
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
          {rows.map((r) => (
            <li key={r.name}>
              {r.name}: {r.text}, {r.orders} orders
            </li>
          ))}
        </ul>
      </VisuallyHidden>
    </>
  );
}
