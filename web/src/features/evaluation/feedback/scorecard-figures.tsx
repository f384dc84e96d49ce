import type { PortalScorecard } from '@contracts/evaluation-feedback';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { DetailField, Muted } from '@/components/detail-section';
import { formatDecimal, formatPercent } from '@/lib/format';
import { GradeBadge } from '../components/grade-badge';
import { MEASURE_LABELS } from '../labels';

/**
 * The figures of a supplier's scorecard as its portal shows them: the score and grade, each measure
 * as n of d with its weight, and the figures beside them. Plain presentation of what the API says.
 */

type Measure = PortalScorecard['measures'][number];

/** "22 of 28 lines delivered by the due date": what a measure counted, in words. */
function Counted({ m, card }: { m: Measure; card: Pick<PortalScorecard, 'graceDays' | 'responseDays'> }) {
  const n = formatDecimal(m.numerator);
  const d = formatDecimal(m.denominator);
  const days = card.responseDays;
  const grace = card.graceDays;
  switch (m.key) {
    case 'onTime':
      return grace > 0 ? (
        <Trans>
          {n} of {d} lines delivered by the due date (with{' '}
          <Plural value={grace} one="# day’s" other="# days’" /> grace)
        </Trans>
      ) : (
        <Trans>
          {n} of {d} lines delivered by the due date
        </Trans>
      );
    case 'inFull':
      return (
        <Trans>
          {n} of {d} lines delivered complete
        </Trans>
      );
    case 'quality':
      return (
        <Trans>
          {n} of {d} units inspected accepted
        </Trans>
      );
    case 'price':
      return (
        <Trans>
          {n} of {d} invoice lines at the order’s price
        </Trans>
      );
    case 'invoiceAccuracy':
      return (
        <Trans>
          {n} of {d} invoices matched at once
        </Trans>
      );
    case 'responsiveness':
      return (
        <Trans>
          {n} of {d} orders answered within <Plural value={days} one="# day" other="# days" />
        </Trans>
      );
    case 'satisfaction':
      return (
        <Trans>
          {n} of {d} rating points
        </Trans>
      );
  }
}

/** The score, 0–100, its grade and the orders it rests on; or why there is none. */
export function ScoreSummary({ card }: { card: PortalScorecard }) {
  const { orders, minimumOrders } = card;
  if (!card.enoughData || card.score === null)
    return (
      <Stack gap={4}>
        <Text fw={600}>
          <Trans>Not enough data for a score yet</Trans>
        </Text>
        <Text size="sm" c="dimmed">
          <Trans>
            <Plural value={orders} one="# order" other="# orders" /> in this period; a score needs at least{' '}
            {minimumOrders}. The measures below are shown as they are.
          </Trans>
        </Text>
      </Stack>
    );
  const score = formatDecimal(card.score, { minFractionDigits: 1 });
  return (
    <Group gap="lg" align="center" wrap="wrap">
      <Stack gap={0}>
        <Text fz={44} fw={700} lh={1.1} c="indigo">
          {score}
        </Text>
        <Text size="sm" c="dimmed">
          <Trans>of 100</Trans>
        </Text>
      </Stack>
      <Stack gap={6}>
        <GradeBadge grade={card.grade} score={card.score} size="xl" />
        <Text size="sm" c="dimmed">
          <Trans>
            from <Plural value={orders} one="# order" other="# orders" />
          </Trans>
        </Text>
      </Stack>
      <Text size="sm" c="dimmed" maw={420}>
        <Trans>
          The weighted average of the measures with data in the period; each measure is a share from 0 to 100
          %.
        </Trans>
      </Text>
    </Group>
  );
}

/** Each measure: its share as a bar, what was counted, and how much it weighs. */
export function MeasureList({ card }: { card: PortalScorecard }) {
  const { i18n } = useLingui();
  return (
    <Stack gap="md">
      {card.measures.map((m) => {
        const weight = m.weight;
        return (
          <Stack key={m.key} gap={4}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text fw={600} size="sm">
                {i18n._(MEASURE_LABELS[m.key])}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {m.value === null ? <Trans>no data</Trans> : formatPercent(m.value)}
                </Text>
                <Text size="xs" c="dimmed">
                  <Trans>weight {weight} %</Trans>
                </Text>
              </Group>
            </Group>
            <Progress
              value={m.value === null ? 0 : Number(m.value)}
              color={m.value === null ? 'gray' : 'indigo'}
              size="sm"
              aria-hidden
            />
            <Text size="xs" c="dimmed">
              <Counted m={m} card={card} />
            </Text>
          </Stack>
        );
      })}
    </Stack>
  );
}

/** The figures shown beside the weighed measures: OTIF, lateness, returns, prices, answers, ratings. */
export function ScoreDetails({ card }: { card: PortalScorecard }) {
  const { t } = useLingui();
  const d = card.details;
  const plain = (v: string | null) => (v === null ? <Muted>—</Muted> : formatDecimal(v));
  const percent = (v: string | null) => (v === null ? <Muted>—</Muted> : formatPercent(v));
  // A difference: above (+) or below (−) what it is compared with.
  const signed = (v: string | null) =>
    v === null ? <Muted>—</Muted> : `${/^[1-9]|^0\.\d*[1-9]/.test(v) ? '+' : ''}${formatPercent(v)}`;
  const ratings = d.averageRatings;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="md">
      <DetailField label={t`On time and in full (OTIF)`}>{percent(d.otif)}</DetailField>
      <DetailField label={t`Quantity on time`}>{percent(d.onTimeQuantity)}</DetailField>
      <DetailField label={t`Average days late`}>{plain(d.averageDaysLate)}</DetailField>
      <DetailField label={t`Returned`}>{percent(d.returnRate)}</DetailField>
      <DetailField label={t`Rejected at inspection`}>{percent(d.rejectedShare)}</DetailField>
      <DetailField label={t`Invoiced against the order’s prices`}>
        {signed(d.invoicePriceVariance)}
      </DetailField>
      <DetailField label={t`Ordered against your price list`}>{signed(d.orderVsList)}</DetailField>
      <DetailField label={t`Average time to answer an order (hours)`}>
        {plain(d.averageResponseHours)}
      </DetailField>
      <DetailField label={t`Changes you proposed`}>{d.changesProposed}</DetailField>
      <DetailField label={t`Ratings (delivery · quality · service, of 5)`}>
        {d.ratings === 0 ? (
          <Muted>—</Muted>
        ) : (
          `${formatDecimal(ratings.delivery)} · ${formatDecimal(ratings.quality)} · ${formatDecimal(ratings.service)}`
        )}
      </DetailField>
    </SimpleGrid>
  );
}
