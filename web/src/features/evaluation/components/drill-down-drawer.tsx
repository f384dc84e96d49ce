import type { DrillMeasure } from '@contracts/evaluation';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Anchor,
  Box,
  Button,
  Center,
  Drawer,
  Group,
  SegmentedControl,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PHONE_QUERY } from '@/components/data-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { DRILL_UNITS, formatShare, MEASURE_LABELS } from '../labels';
import { type DrillDownRow, type DrillOutcome, type ScorecardScope, useDrillDown } from '../queries';
import { drillFacts } from '../scorecard-figures';
import { useDrillFactText, useFailureSentence } from './drill-fact-text';

/** Each row with a key of its own: an order rated twice by the same marks has two rows alike. */
function keyed(rows: DrillDownRow[]): { key: string; row: DrillDownRow }[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = [
      row.purchaseOrderId,
      row.lineNo,
      row.invoiceId,
      row.rating && Object.values(row.rating),
    ].join(':');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: `${base}:${n}`, row };
  });
}

function RowOutcome({ passed }: { passed: boolean }) {
  const { t } = useLingui();
  return (
    <ThemeIcon
      size={22}
      radius="xl"
      variant="light"
      color={passed ? 'teal' : 'red'}
      role="img"
      aria-label={passed ? t`Counted for the supplier` : t`Counted against the supplier`}
    >
      {passed ? <IconCheck size={14} /> : <IconX size={14} />}
    </ThemeIcon>
  );
}

function DrillRow({
  measure,
  row,
  graceDays,
  responseDays,
}: {
  measure: DrillMeasure;
  row: DrillDownRow;
  graceDays: number;
  responseDays: number;
}) {
  const { t } = useLingui();
  const factText = useDrillFactText();
  const facts = drillFacts(measure, row, { graceDays, responseDays });
  const lineNo = row.lineNo;
  return (
    <Box
      component="li"
      py="sm"
      style={{
        borderTopWidth: 1,
        borderTopStyle: 'solid',
        borderTopColor: 'var(--mantine-color-default-border)',
        overflowWrap: 'anywhere',
      }}
      data-testid="drill-down-row"
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <RowOutcome passed={row.passed} />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="wrap">
            <Anchor
              component={Link}
              to={`/purchase-orders/${row.purchaseOrderId}`}
              fw={600}
              size="sm"
              ff="monospace"
            >
              {row.orderNumber}
            </Anchor>
            {lineNo !== null && (
              <Text size="sm" c="dimmed">
                {t`line ${lineNo}`}
              </Text>
            )}
            {row.invoiceId && row.invoiceNumber && (
              <Anchor component={Link} to={`/invoices/${row.invoiceId}`} size="sm" ff="monospace">
                {row.invoiceNumber}
              </Anchor>
            )}
          </Group>
          {row.description && <Text size="sm">{row.description}</Text>}
          {facts.map((fact) => (
            <Text key={fact.kind} size="sm" c={row.passed ? 'dimmed' : undefined}>
              {factText(fact)}
            </Text>
          ))}
        </Stack>
      </Group>
    </Box>
  );
}

/**
 * The orders, lines and invoices behind one figure of a supplier's scorecard, as counted: "OTIF
 * 30.0%: 3 of 10 lines — these 7 were late or short", failures first, each naming its order (and
 * invoice) with what happened in words. Filtered to what failed, what passed or both.
 */
export function DrillDownDrawer({
  supplierId,
  supplierName,
  scope,
  measure,
  value,
  outcome,
  onOutcome,
  onClose,
  graceDays,
  responseDays,
}: {
  supplierId: string;
  supplierName: string;
  scope: ScorecardScope;
  measure: DrillMeasure | null;
  /** The figure as the scorecard shows it (a share), for the title. */
  value: string | null;
  outcome: DrillOutcome;
  onOutcome: (outcome: DrillOutcome) => void;
  onClose: () => void;
  graceDays: number;
  responseDays: number;
}) {
  const { t, i18n } = useLingui();
  const failureSentence = useFailureSentence();
  const phone = useMediaQuery(PHONE_QUERY);
  const query = useDrillDown(supplierId, scope, measure, outcome);
  const first = query.data?.pages[0];
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const label = measure ? i18n._(MEASURE_LABELS[measure]) : '';
  const unit = measure ? i18n._(DRILL_UNITS[measure]) : '';
  const figure = value !== null ? ` ${formatShare(value)}` : '';
  const passed = first?.passed ?? 0;
  const counted = first?.counted ?? 0;
  const failed = counted - passed;
  return (
    <Drawer
      opened={measure !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Text component="span" fw={650} fz="lg">
          {t`${label} of ${supplierName}`}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t`Close the list` }}
    >
      {measure && (
        <Stack gap="md">
          {first && (
            <Text fw={600} data-testid="drill-down-summary">
              {`${label}${figure}: `}
              {t`${passed} of ${counted} ${unit}`}
              {failed > 0 && ` — ${failureSentence(measure, failed)}`}
            </Text>
          )}
          <SegmentedControl
            value={outcome}
            onChange={(v) => onOutcome(v as DrillOutcome)}
            data={[
              { value: 'all', label: t`All` },
              { value: 'failed', label: t`Against the supplier` },
              { value: 'passed', label: t`For the supplier` },
            ]}
            aria-label={t`Show`}
            orientation={phone ? 'vertical' : 'horizontal'}
            fullWidth
          />
          {query.error ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : query.isPending ? (
            <LoadingState />
          ) : rows.length === 0 ? (
            <EmptyState
              title={outcome === 'failed' ? t`Nothing counted against the supplier` : t`Nothing to list`}
            >
              {outcome === 'all' ? (
                <Trans>Nothing was counted for this figure in the period.</Trans>
              ) : undefined}
            </EmptyState>
          ) : (
            <Box
              component="ul"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={t`${label}: what was counted`}
            >
              {keyed(rows).map(({ key, row }) => (
                <DrillRow
                  key={key}
                  measure={measure}
                  row={row}
                  graceDays={graceDays}
                  responseDays={responseDays}
                />
              ))}
            </Box>
          )}
          {query.hasNextPage && (
            <Center>
              <Button
                variant="default"
                onClick={() => void query.fetchNextPage()}
                loading={query.isFetchingNextPage}
              >
                <Trans>Load more</Trans>
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
