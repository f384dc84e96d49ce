import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Box, Button, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatMoney } from '@/lib/format';
import { chartHeight } from '@/lib/money';
import type { SpendReportPage } from '../queries';

type SupplierSpend = SpendReportPage['items'][number];

export type SpendTableProps = {
  /** First days of the twelve months, in order. */
  months: string[] | undefined;
  rows: SupplierSpend[] | undefined;
  currency: string;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
};

/**
 * Twelve bars, one per month, scaled to the row's largest month: the shape of a supplier's year
 * at a glance. Heights are drawn, not read: the amounts are in the cells beside it.
 */
function SpendBars({ months, code }: { months: SupplierSpend['months']; code: string }) {
  const { t } = useLingui();
  const values = months.map((m) => chartHeight(m.amountBase));
  const max = Math.max(...values, 0);
  const w = 6;
  const gap = 2;
  const h = 24;
  return (
    <svg
      width={months.length * (w + gap)}
      height={h}
      role="img"
      aria-label={t`Monthly spend of ${code}`}
      style={{ display: 'block' }}
    >
      {values.map((v, i) => {
        const bar = max > 0 ? Math.max((v / max) * h, v > 0 ? 2 : 0) : 0;
        return (
          <rect
            key={months[i]!.month}
            x={i * (w + gap)}
            y={h - bar}
            width={w}
            height={bar}
            rx={1}
            fill="var(--mantine-color-teal-6)"
          />
        );
      })}
      <line
        x1={0}
        x2={months.length * (w + gap)}
        y1={h - 0.5}
        y2={h - 0.5}
        stroke="var(--mantine-color-gray-3)"
      />
    </svg>
  );
}

/** Month headers: "Jan"; with the year ("Apr 25") when the year does not start in January. */
function monthLabel(month: string, spansYears: boolean): string {
  return dayjs(month).format(spansYears ? 'MMM YY' : 'MMM');
}

/** Suppliers × months of committed spend, with each supplier's year total and bars. */
export function SpendTable(props: SpendTableProps) {
  const { t } = useLingui();
  const ordersLabel = (count: number) => plural(count, { one: '# order', other: '# orders' });
  const months = props.months ?? [];
  const spansYears = months.length > 0 && !months[0]!.endsWith('-01-01');
  const money = (v: string) => formatMoney(v, props.currency);
  const rows = props.rows;
  let body: ReactNode;
  if (props.error && !rows?.length) {
    body = (
      <Box p="md">
        <ErrorState error={props.error} onRetry={props.onRetry} />
      </Box>
    );
  } else if (props.isLoading && !rows) {
    body = <LoadingState />;
  } else if (!rows || rows.length === 0) {
    body = (
      <EmptyState title={t`No spend in this year`}>
        <Trans>
          Spend counts approved orders and every state after them, by the month of the order date.
        </Trans>
      </EmptyState>
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={1100}>
        <Table
          highlightOnHover
          striped
          verticalSpacing="xs"
          horizontalSpacing="xs"
          aria-label={t`Spend by supplier and month`}
          fz="xs"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>
                <Trans>Supplier</Trans>
              </Table.Th>
              <Table.Th w={106}>
                <Trans>Trend</Trans>
              </Table.Th>
              {months.map((m) => (
                <Table.Th key={m} ta="right">
                  {monthLabel(m, spansYears)}
                </Table.Th>
              ))}
              <Table.Th ta="right" w={120}>
                <Trans>Year</Trans>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.supplierId}>
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor
                      component={Link}
                      to={`/suppliers/${r.supplierId}`}
                      ff="monospace"
                      size="sm"
                      fw={500}
                    >
                      {r.supplierCode}
                    </Anchor>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {r.supplierName}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <SpendBars months={r.months} code={r.supplierCode} />
                </Table.Td>
                {r.months.map((m) => (
                  <Table.Td
                    key={m.month}
                    ta="right"
                    style={{ whiteSpace: 'nowrap' }}
                    c={m.orderCount === 0 ? 'dimmed' : undefined}
                    title={ordersLabel(m.orderCount)}
                  >
                    {/* Exact, like the year total: the months add up to it on screen. */}
                    {m.orderCount === 0 ? '—' : money(m.amountBase)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs" fw={700}>
                    {money(r.totalBase)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {ordersLabel(r.orderCount)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  return (
    <Stack gap="md">
      {props.toolbar && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          {props.toolbar}
        </Group>
      )}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {body}
      </Paper>
      {props.hasNextPage && (
        <Center>
          <Button variant="default" loading={props.isFetchingNextPage} onClick={props.onLoadMore}>
            <Trans>Load more suppliers</Trans>
          </Button>
        </Center>
      )}
    </Stack>
  );
}
