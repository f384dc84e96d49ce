import { DELIVERY_STATES, type DeliveryState } from '@contracts/dispatch';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Paper, SimpleGrid, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { Link } from 'react-router';
import { formatCapped } from '@/components/count-tile';
import { type Column, DataTable } from '@/components/data-table';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { useCan } from '@/features/auth/use-can';
import { type TrackingLine, useTrackingCounts, useTrackingLines } from '@/features/dispatch/queries';
import { SupplierSelect } from '@/features/suppliers/components/supplier-select';
import { UserSelect } from '@/features/users/components/user-select';
import { formatDate, formatDecimal } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

export const DELIVERY_STATE_LABELS: Record<DeliveryState, { label: MessageDescriptor; color: string }> = {
  late: { label: msg`Late`, color: 'red' },
  at_risk: { label: msg`At risk`, color: 'orange' },
  not_acknowledged: { label: msg`Not acknowledged`, color: 'gray' },
  on_track: { label: msg`On track`, color: 'teal' },
};

const RISK_LABELS: Record<TrackingLine['risk'][number], MessageDescriptor> = {
  promised_late: msg`promised later than needed`,
  expected_moved: msg`expected later than promised`,
  not_acknowledged: msg`not acknowledged in time`,
};

const FILTER_KEYS = ['state', 'supplier', 'buyer', 'from', 'to'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The tracking board: every open line of the orders sent to suppliers, soonest expected first,
 * with where its delivery stands today; counts per state at the top (a click filters by it).
 */
export function TrackingPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Delivery tracking`);
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const state = (DELIVERY_STATES as readonly string[]).includes(filters.state)
    ? (filters.state as DeliveryState)
    : undefined;
  const base = {
    supplierId: filters.supplier || undefined,
    buyerId: filters.buyer || undefined,
    from: ISO_DATE.test(filters.from) ? filters.from : undefined,
    to: ISO_DATE.test(filters.to) ? filters.to : undefined,
  };
  const filter = { ...base, state };
  const lines = useTrackingLines(filter);
  const counts = useTrackingCounts(base);
  const rows = lines.data?.pages.flatMap((p) => p.items);

  const columns: Column<TrackingLine>[] = [
    {
      key: 'order',
      header: t`Order`,
      width: 150,
      nowrap: true,
      phone: 'title',
      render: (l) => {
        const { lineNo } = l;
        return (
          <Stack gap={0}>
            <Anchor component={Link} to={`/purchase-orders/${l.purchaseOrderId}#ship-notices`} fw={600}>
              {l.orderNumber}
            </Anchor>
            <Text size="xs" c="dimmed">
              <Trans>line {lineNo}</Trans>
            </Text>
          </Stack>
        );
      },
    },
    {
      key: 'state',
      header: t`State`,
      width: 130,
      phone: 'aside',
      render: (l) => {
        const s = DELIVERY_STATE_LABELS[l.state];
        const badge = (
          <Badge color={s.color} variant="light">
            {i18n._(s.label)}
          </Badge>
        );
        return l.risk.length > 0 ? (
          <Tooltip label={l.risk.map((r) => i18n._(RISK_LABELS[r])).join('; ')}>{badge}</Tooltip>
        ) : (
          badge
        );
      },
    },
    // Supplier and line share what the fixed columns leave, so names wrap between words.
    { key: 'supplier', header: t`Supplier`, render: (l) => l.supplier.name },
    { key: 'item', header: t`Line`, phone: 'wide', render: (l) => l.description },
    {
      key: 'open',
      header: t`Open`,
      width: 100,
      align: 'right',
      nowrap: true,
      render: (l) => {
        const transit = formatDecimal(l.inTransitQuantity);
        return (
          <Stack gap={0} align="flex-end">
            <Text size="sm">
              {formatDecimal(l.openQuantity)} {l.unitCode}
            </Text>
            {l.inTransitQuantity !== '0' && (
              <Text size="xs" c="dimmed">
                <Trans>{transit} in transit</Trans>
              </Text>
            )}
          </Stack>
        );
      },
    },
    {
      key: 'dates',
      header: t`Needed · promised`,
      width: 120,
      nowrap: true,
      render: (l) => (
        <Stack gap={0}>
          <Text size="sm">{formatDate(l.neededBy)}</Text>
          <Text size="xs" c="dimmed">
            {formatDate(l.promisedDate)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'expected',
      header: t`Expected`,
      width: 110,
      nowrap: true,
      render: (l) => (
        <Text fw={600} size="sm">
          {formatDate(l.expectedDate)}
        </Text>
      ),
    },
    { key: 'buyer', header: t`Buyer`, width: 120, hideOnMobile: true, render: (l) => l.buyer.name },
  ];

  return (
    <>
      <PageHeader
        title={t`Delivery tracking`}
        description={t`Open lines of the orders sent to suppliers: what is late, at risk or on track, soonest expected first.`}
        actions={<ExportMenu path="/tracking/lines" filter={filter} fileStem="delivery-tracking" />}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="md">
        {DELIVERY_STATES.map((s) => {
          const info = DELIVERY_STATE_LABELS[s];
          const count = counts.data?.[s];
          const selected = state === s;
          return (
            <UnstyledButton
              key={s}
              onClick={() => setFilters({ state: selected ? null : s })}
              aria-pressed={selected}
              data-testid={`tracking-count-${s}`}
            >
              <Paper
                withBorder
                p="md"
                radius="md"
                style={{
                  borderColor: selected ? `var(--mantine-color-${info.color}-filled)` : undefined,
                  borderWidth: selected ? 2 : undefined,
                }}
              >
                <Text size="sm" c="dimmed">
                  {i18n._(info.label)}
                </Text>
                <Text fz={28} fw={700} c={count && count.count > 0 ? `${info.color}.8` : undefined}>
                  {count ? formatCapped(count) : '–'}
                </Text>
              </Paper>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
      <DataTable
        label={t`Open lines by delivery state`}
        columns={columns}
        rows={rows}
        rowKey={(l) => `${l.purchaseOrderId}:${l.lineNo}`}
        isLoading={lines.isPending}
        error={lines.error}
        onRetry={() => void lines.refetch()}
        hasNextPage={lines.hasNextPage}
        isFetchingNextPage={lines.isFetchingNextPage}
        onLoadMore={() => void lines.fetchNextPage()}
        minWidth={960}
        emptyTitle={t`Nothing to track here`}
        emptyText={
          <Trans>Lines appear here once their order was sent to the supplier, until they are received.</Trans>
        }
        toolbar={
          <>
            <SupplierSelect
              aria-label={t`Supplier`}
              placeholder={t`All suppliers`}
              clearable
              value={base.supplierId ?? null}
              onChange={(supplier) => setFilters({ supplier })}
              w={230}
            />
            {can('users:read') && (
              <UserSelect
                aria-label={t`Buyer`}
                placeholder={t`All buyers`}
                clearable
                value={base.buyerId ?? null}
                onChange={(buyer) => setFilters({ buyer })}
                w={220}
              />
            )}
            <DatePickerInput
              type="range"
              aria-label={t`Expected`}
              placeholder={t`Expected: any date`}
              valueFormat={t({
                message: 'D MMM YYYY',
                comment: 'dayjs pattern of a picked date, e.g. 4 Dec 2026',
              })}
              clearable
              allowSingleDateInRange
              value={[base.from ?? null, base.to ?? null]}
              onChange={([from, to]) => setFilters({ from, to })}
              w={250}
            />
          </>
        }
      />
    </>
  );
}
