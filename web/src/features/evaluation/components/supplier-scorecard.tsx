import { DRILL_MEASURES, type DrillMeasure } from '@contracts/evaluation';
import type { RejectionReason } from '@contracts/receiving';
import type { SupplierStatus } from '@contracts/suppliers';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Box, Card, Group, SimpleGrid, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { REJECTION_REASON_LABELS } from '@/features/receiving/labels';
import { formatCount, formatDecimal } from '@/lib/format';
import { useUrlFilters } from '@/lib/use-url-filters';
import {
  DETAIL_LABELS,
  DRILL_UNITS,
  formatShare,
  formatSignedShare,
  MEASURE_EXPLANATIONS,
  MEASURE_LABELS,
} from '../labels';
import { type DrillOutcome, type Scorecard, useSupplierScorecard } from '../queries';
import { DETAIL_DRILL, DETAIL_FIGURES, type DetailFigure, isPeriodKey } from '../scorecard-figures';
import { DrillDownDrawer } from './drill-down-drawer';
import { GradeBadge } from './grade-badge';
import { HoldForScorecardButton } from './hold-for-scorecard-button';
import { CategorySelect, PeriodSelect } from './scope-pickers';
import { ScorecardTrendChart } from './scorecard-trend-chart';

const FILTER_KEYS = ['scorecard', 'category', 'drill', 'outcome'] as const;
const OUTCOMES: DrillOutcome[] = ['all', 'failed', 'passed'];

/** A figure that opens the list behind it; a plain one where there is none. */
function Figure({
  label,
  value,
  note,
  help,
  onOpen,
  testId,
}: {
  label: string;
  value: ReactNode;
  note?: ReactNode;
  help?: string;
  onOpen?: () => void;
  testId?: string;
}) {
  const body = (
    <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
      <Stack gap={2} style={{ minWidth: 0, overflowWrap: 'anywhere', hyphens: 'auto' }}>
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <Text size="xl" fw={700} ff="monospace" lh={1.2}>
          {value}
        </Text>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Stack>
      {onOpen && <IconChevronRight size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />}
    </Group>
  );
  const box = onOpen ? (
    <UnstyledButton
      onClick={onOpen}
      p="sm"
      w="100%"
      h="100%"
      data-testid={testId}
      className="openpo-figure"
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        borderWidth: 1,
        borderStyle: 'solid',
        borderColor: 'var(--mantine-color-default-border)',
      }}
    >
      {body}
    </UnstyledButton>
  ) : (
    <Box
      p="sm"
      h="100%"
      data-testid={testId}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        borderWidth: 1,
        borderStyle: 'dashed',
        borderColor: 'var(--mantine-color-default-border)',
      }}
    >
      {body}
    </Box>
  );
  return help ? (
    <Tooltip label={help} withArrow multiline maw={320} openDelay={500}>
      {box}
    </Tooltip>
  ) : (
    box
  );
}

/** A detail figure's value in the units it is counted in. */
function useDetailValue(): (card: Scorecard, figure: DetailFigure) => { value: string; note?: string } {
  const { t } = useLingui();
  return (card, figure) => {
    const d = card.details;
    switch (figure) {
      case 'otif':
      case 'onTimeQuantity':
      case 'returnRate':
      case 'rejectedShare':
        return { value: formatShare(d[figure]) };
      case 'invoicePriceVariance':
      case 'orderVsList':
      case 'orderVsLastPrice':
        return {
          value: formatSignedShare(d[figure]),
          note: d[figure] === null ? undefined : t`above (+) or below (−)`,
        };
      case 'averageDaysLate': {
        const days = d.averageDaysLate;
        if (days === null) return { value: '—' };
        const text = formatDecimal(days.replace(/^-/, ''));
        return { value: days.startsWith('-') ? t`${text} early` : text, note: t`days after the due date` };
      }
      case 'averageResponseHours': {
        const hours = d.averageResponseHours;
        return hours === null
          ? { value: '—' }
          : { value: formatDecimal(hours), note: t`hours after the send` };
      }
      case 'changesProposed':
        return { value: formatCount(d.changesProposed) };
      case 'ratings': {
        const a = d.averageRatings;
        const delivery = a.delivery === null ? '—' : formatDecimal(a.delivery);
        const quality = a.quality === null ? '—' : formatDecimal(a.quality);
        const service = a.service === null ? '—' : formatDecimal(a.service);
        return {
          value: formatCount(d.ratings),
          note: d.ratings > 0 ? t`delivery ${delivery} · quality ${quality} · service ${service}` : undefined,
        };
      }
    }
  };
}

/**
 * The supplier's scorecard on its page: score and grade (or why there is none), each weighed
 * measure as n of d with its weight, the figures beside them, the rejections by reason and the
 * twelve-month trend, for a period and an item category. Every figure with a list behind it
 * opens that list (the drill-down drawer), which the URL keeps (`?drill=otif`). A buyer may put
 * an active supplier on hold from here, keeping the period's scorecard with the reason.
 */
export function SupplierScorecard({
  supplier,
  canHold = false,
}: {
  supplier: { id: string; legalName: string; version: number; status: SupplierStatus };
  /** Offers "Hold for scorecard" while the supplier is active (`suppliers:write`). */
  canHold?: boolean;
}) {
  const { t, i18n } = useLingui();
  const supplierId = supplier.id;
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const period = isPeriodKey(filters.scorecard) ? filters.scorecard : '12m';
  const scope = { period, categoryId: filters.category || undefined };
  const drill = (DRILL_MEASURES as readonly string[]).includes(filters.drill)
    ? (filters.drill as DrillMeasure)
    : null;
  const outcome = (OUTCOMES as string[]).includes(filters.outcome)
    ? (filters.outcome as DrillOutcome)
    : 'all';
  const query = useSupplierScorecard(supplierId, scope);
  const detailValue = useDetailValue();
  const card = query.data;
  const open = (measure: DrillMeasure) => setFilters({ drill: measure, outcome: null });

  // Opened from the scorecards list (…#scorecard): brought into view once it has loaded.
  const location = useLocation();
  const section = useRef<HTMLElement>(null);
  const scrolled = useRef(false);
  useEffect(() => {
    if (card && location.hash === '#scorecard' && !scrolled.current) {
      scrolled.current = true;
      section.current?.scrollIntoView({ block: 'start' });
    }
  }, [card, location.hash]);

  const drillValue = (measure: DrillMeasure | null): string | null => {
    if (!card || !measure) return null;
    if (measure === 'otif') return card.details.otif;
    if (measure === 'returns') return card.details.returnRate;
    return card.measures.find((m) => m.key === measure)?.value ?? null;
  };

  let body: ReactNode;
  if (query.error) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (!card) body = <LoadingState />;
  else {
    const orders = card.orders;
    const minimumOrders = card.minimumOrders;
    body = (
      <Stack gap="lg">
        <Group gap="lg" align="center" wrap="wrap" data-testid="scorecard-score">
          <GradeBadge grade={card.grade} score={card.score} size="xl" />
          {card.enoughData && card.score !== null ? (
            <Stack gap={0}>
              <Text fz={32} fw={750} lh={1.1} ff="monospace">
                {card.score}
              </Text>
              <Text size="sm" c="dimmed">
                {plural(orders, {
                  one: 'Score out of 100, from # order sent in the period',
                  other: 'Score out of 100, from # orders sent in the period',
                })}
              </Text>
            </Stack>
          ) : (
            <Stack gap={0}>
              <Text fw={650}>
                <Trans>
                  Not enough data: {orders} of minimum {minimumOrders} orders
                </Trans>
              </Text>
              <Text size="sm" c="dimmed">
                <Trans>
                  The measures below are what there is; no score or grade is given on so few orders.
                </Trans>
              </Text>
            </Stack>
          )}
        </Group>

        <Stack gap="xs">
          <Title order={3} fz="md" fw={600}>
            <Trans>Measures</Trans>
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm">
            {card.measures.map((m) => {
              const label = i18n._(MEASURE_LABELS[m.key]);
              const numerator = formatDecimal(m.numerator);
              const denominator = formatDecimal(m.denominator);
              const unit = i18n._(DRILL_UNITS[m.key]);
              const weight = m.weight;
              return (
                <Figure
                  key={m.key}
                  testId={`measure-${m.key}`}
                  label={label}
                  value={m.value === null ? t`No data` : formatShare(m.value)}
                  help={i18n._(MEASURE_EXPLANATIONS[m.key])}
                  note={
                    <>
                      {m.key === 'satisfaction'
                        ? t`${numerator} of ${denominator} rating points`
                        : m.key === 'quality'
                          ? t`${numerator} of ${denominator} inspected accepted (quantity)`
                          : t`${numerator} of ${denominator} ${unit}`}
                      <br />
                      {weight > 0 ? t`weight ${weight}` : t`not weighed`}
                    </>
                  }
                  onOpen={() => open(m.key)}
                />
              );
            })}
          </SimpleGrid>
        </Stack>

        <Stack gap="xs">
          <Title order={3} fz="md" fw={600}>
            <Trans>Details</Trans>
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm">
            {DETAIL_FIGURES.map((figure) => {
              const { value, note } = detailValue(card, figure);
              const target = DETAIL_DRILL[figure];
              return (
                <Figure
                  key={figure}
                  testId={`detail-${figure}`}
                  label={i18n._(DETAIL_LABELS[figure])}
                  value={value}
                  note={note}
                  onOpen={target ? () => open(target) : undefined}
                />
              );
            })}
          </SimpleGrid>
          {card.rejections.length > 0 && (
            <Group gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed">
                <Trans>Rejected by reason:</Trans>
              </Text>
              {card.rejections.map((r) => (
                <UnstyledButton
                  key={r.reason}
                  onClick={() => open('quality')}
                  px="xs"
                  py={2}
                  fz="sm"
                  style={{
                    borderRadius: 'var(--mantine-radius-sm)',
                    borderWidth: 1,
                    borderStyle: 'solid',
                    borderColor: 'var(--mantine-color-default-border)',
                  }}
                >
                  {i18n._(REJECTION_REASON_LABELS[r.reason as RejectionReason])}: {formatDecimal(r.quantity)}
                </UnstyledButton>
              ))}
            </Group>
          )}
        </Stack>

        <Stack gap="xs">
          <Title order={3} fz="md" fw={600}>
            <Trans>Last twelve months</Trans>
          </Title>
          <ScorecardTrendChart trend={card.trend} minimumOrders={card.minimumOrders} />
        </Stack>
      </Stack>
    );
  }

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="scorecard-title"
      id="scorecard"
      ref={section}
    >
      <Group justify="space-between" align="flex-end" mb="md" gap="sm" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} fz="lg" fw={600} id="scorecard-title">
            <Trans>Scorecard</Trans>
          </Title>
          <Text size="sm" c="dimmed">
            <Trans>
              Orders count in the month they were first sent. Open a figure to see the orders behind it.
            </Trans>
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <PeriodSelect
            value={period}
            onChange={(p) => setFilters({ scorecard: p === '12m' ? null : p })}
            w={210}
          />
          <CategorySelect
            value={filters.category || null}
            onChange={(c) => setFilters({ category: c })}
            w={210}
          />
          {/* Nothing to hold the supplier for (and nothing to keep) in a period without its orders. */}
          {canHold && !!card && card.orders > 0 && (
            <HoldForScorecardButton supplier={supplier} period={period} categoryPicked={!!filters.category} />
          )}
        </Group>
      </Group>
      {body}
      <DrillDownDrawer
        supplierId={supplierId}
        supplierName={supplier.legalName}
        scope={scope}
        measure={card ? drill : null}
        value={drillValue(drill)}
        outcome={outcome}
        onOutcome={(o) => setFilters({ outcome: o === 'all' ? null : o })}
        onClose={() => setFilters({ drill: null, outcome: null })}
        graceDays={card?.graceDays ?? 0}
        responseDays={card?.responseDays ?? 0}
      />
    </Card>
  );
}
