import '@mantine/charts/styles.css';
import { Trans, useLingui } from '@lingui/react/macro';
import { BarChart } from '@mantine/charts';
import { Text, VisuallyHidden } from '@mantine/core';
import { chartHeight } from '@/lib/money';
import { formatShare } from '../labels';
import type { ScorecardRow } from '../queries';

/**
 * The suppliers in view side by side: score, OTIF and quality as bars (0–100), one group per
 * supplier, best first as the table is sorted. Suppliers without a figure have no bar for it;
 * screen readers get the same figures as a list.
 */
export function ScorecardComparisonChart({ rows }: { rows: ScorecardRow[] }) {
  const { t } = useLingui();
  const shown = rows.filter((r) => r.score !== null || r.otif !== null || r.measures.quality !== null);
  if (shown.length === 0)
    return (
      <Text size="sm" c="dimmed">
        <Trans>None of these suppliers has figures to compare in this period.</Trans>
      </Text>
    );
  const bar = (v: string | null) => (v === null ? null : chartHeight(v));
  const data = shown.map((r) => ({
    supplier: r.supplier.code,
    score: bar(r.enoughData ? r.score : null),
    otif: bar(r.otif),
    quality: bar(r.measures.quality),
  }));
  const noData = t`no data`;
  const text = (v: string | null) => (v === null ? noData : formatShare(v));
  return (
    <>
      <BarChart
        h={Math.max(160, 48 + shown.length * 44)}
        data={data}
        dataKey="supplier"
        orientation="vertical"
        yAxisProps={{ width: 96 }}
        xAxisProps={{ domain: [0, 100] }}
        series={[
          { name: 'score', label: t`Score`, color: 'indigo.6' },
          { name: 'otif', label: t`OTIF`, color: 'teal.6' },
          { name: 'quality', label: t`Quality`, color: 'grape.5' },
        ]}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 36 }}
        valueFormatter={(v) => String(Math.round(v))}
        gridAxis="x"
        // The picture is for the eye; screen readers get the list below.
        barChartProps={{ accessibilityLayer: false, barGap: 1, barCategoryGap: '22%' }}
        aria-hidden
      />
      <VisuallyHidden>
        <ul>
          {shown.map((r) => {
            const name = r.supplier.name;
            const score = r.enoughData ? (r.score ?? noData) : t`not enough data`;
            const otif = text(r.otif);
            const quality = text(r.measures.quality);
            return (
              <li key={r.supplier.id}>
                <Trans>
                  {name}: score {score}, OTIF {otif}, quality {quality}
                </Trans>
              </li>
            );
          })}
        </ul>
      </VisuallyHidden>
    </>
  );
}
