import type { PurchaseOrderSummary } from '@contracts/purchase-orders';
import type { RequisitionSummary } from '@contracts/requisitions';
import { Anchor, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { useMe } from '@/features/auth/api/get-me';
import { useCan } from '@/features/auth/use-can';
import { useSettings } from '@/features/organisation/api/get-settings';
import { usePurchaseOrder } from '@/features/purchase-orders/api/get-purchase-order';
import { usePurchaseOrders } from '@/features/purchase-orders/api/list-purchase-orders';
import { useRequisitions } from '@/features/requisitions/api/list-requisitions';
import { formatDate, formatDateTime, formatMoney, formatRelative } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

/** How many of each kind the page looks at: an inbox, not an archive (the lists link to the rest). */
const INBOX_LIMIT = 200;

const byOldest =
  <T,>(at: (row: T) => Date) =>
  (a: T, b: T) =>
    at(a).getTime() - at(b).getTime();

function Waiting({ since }: { since: Date }) {
  const days = (Date.now() - since.getTime()) / 86_400_000;
  return (
    <Tooltip label={formatDateTime(since)}>
      <Text
        size="sm"
        c={days >= 3 ? 'orange.8' : 'dimmed'}
        fw={days >= 3 ? 600 : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        {formatRelative(since)}
      </Text>
    </Tooltip>
  );
}

/** The buyer's name needs the order itself (the list row carries only the id). */
function BuyerName({ orderId }: { orderId: string }) {
  const { data } = usePurchaseOrder(orderId);
  return <Text size="sm">{data ? data.buyer.name : '…'}</Text>;
}

const reviewButton = (to: string, label: string) => (
  <Button
    component={Link}
    to={to}
    size="xs"
    variant="light"
    rightSection={<IconArrowRight size={14} />}
    aria-label={label}
  >
    Review
  </Button>
);

export function ApprovalsPage() {
  usePageTitle('Awaiting my approval');
  const can = useCan();
  const { data: me } = useMe();
  const userId = me?.user.id;
  const baseCurrency = useSettings().data?.baseCurrency;
  const mayApproveRequisitions = can('requisitions:approve');
  const mayApproveOrders = can('purchase_orders:approve');
  const requisitions = useRequisitions(
    { status: 'submitted' },
    { limit: INBOX_LIMIT, enabled: mayApproveRequisitions },
  );
  const orders = usePurchaseOrders(
    { status: 'pending_approval' },
    { limit: INBOX_LIMIT, enabled: mayApproveOrders },
  );

  // Nobody approves what they raised or bought: those wait for someone else and are not listed.
  const requisitionRows = requisitions.data?.pages
    .flatMap((p) => p.items)
    .filter((r) => r.requesterId !== userId && r.createdBy !== userId)
    .sort(byOldest((r) => r.submittedAt ?? r.createdAt));
  const orderRows = orders.data?.pages
    .flatMap((p) => p.items)
    .filter((o) => o.buyerId !== userId)
    .sort(byOldest((o) => o.updatedAt));

  const requisitionColumns: Column<RequisitionSummary>[] = [
    {
      key: 'number',
      header: 'Requisition',
      width: 150,
      nowrap: true,
      render: (r) => (
        <Anchor component={Link} to={`/requisitions/${r.id}`} ff="monospace" size="sm" fw={500}>
          {r.number}
        </Anchor>
      ),
    },
    {
      key: 'requester',
      header: 'Requester',
      width: '18%',
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm">{r.requesterName}</Text>
          <Text size="xs" c="dimmed">
            {r.departmentCode} / {r.costCentreCode}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'justification',
      header: 'Justification',
      hideOnMobile: true,
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm" lineClamp={2}>
            {r.justification || '—'}
          </Text>
          <Text size="xs" c="dimmed">
            {r.lineCount} {r.lineCount === 1 ? 'line' : 'lines'}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'total',
      header: 'Estimate',
      width: 140,
      align: 'right',
      nowrap: true,
      render: (r) => (
        <Text size="sm" ff="monospace" fw={500}>
          {formatMoney(r.estimatedTotalBase, r.baseCurrency)}
        </Text>
      ),
    },
    {
      key: 'waiting',
      header: 'Waiting',
      width: 140,
      render: (r) => <Waiting since={r.submittedAt ?? r.createdAt} />,
    },
    {
      key: 'review',
      header: '',
      width: 136,
      render: (r) => reviewButton(`/requisitions/${r.id}`, `Review ${r.number}`),
    },
  ];

  const orderColumns: Column<PurchaseOrderSummary>[] = [
    {
      key: 'number',
      header: 'Purchase order',
      width: 170,
      nowrap: true,
      render: (o) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/purchase-orders/${o.id}`} ff="monospace" size="sm" fw={500}>
            {o.number}
          </Anchor>
          {o.revision > 0 && (
            <Badge size="xs" variant="outline" color="gray" radius="sm">
              rev {o.revision}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'supplier',
      header: 'Supplier',
      render: (o) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {o.supplierName}
          </Text>
          <Text size="xs" c="dimmed">
            ordered {formatDate(o.orderDate)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'buyer',
      header: 'Buyer',
      width: '16%',
      hideOnMobile: true,
      render: (o) => <BuyerName orderId={o.id} />,
    },
    {
      key: 'total',
      header: 'Total',
      width: 150,
      align: 'right',
      nowrap: true,
      render: (o) => (
        <Stack gap={0} align="flex-end">
          <Text size="sm" ff="monospace" fw={500}>
            {formatMoney(o.total, o.currency)}
          </Text>
          {baseCurrency && o.currency !== baseCurrency && (
            <Text size="xs" c="dimmed" ff="monospace">
              {formatMoney(o.totalBase, baseCurrency)}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'waiting', header: 'Waiting', width: 140, render: (o) => <Waiting since={o.updatedAt} /> },
    {
      key: 'review',
      header: '',
      width: 136,
      render: (o) => reviewButton(`/purchase-orders/${o.id}`, `Review ${o.number}`),
    },
  ];

  const count = (requisitionRows?.length ?? 0) + (orderRows?.length ?? 0);
  return (
    <>
      <PageHeader
        title="Awaiting my approval"
        description={
          requisitionRows && (orderRows || !mayApproveOrders)
            ? count === 0
              ? 'Nothing is waiting for you.'
              : `${count} ${count === 1 ? 'document is' : 'documents are'} waiting, oldest first.`
            : 'Requisitions and purchase orders you may approve, oldest first.'
        }
      />
      <Stack gap="lg">
        {mayApproveRequisitions && (
          <SectionCard
            title={`Requisitions${requisitionRows ? ` (${requisitionRows.length})` : ''}`}
            description="Submitted requests to buy: approve to send their lines to the buyers."
          >
            <DataTable
              label="Requisitions awaiting approval"
              columns={requisitionColumns}
              rows={requisitionRows}
              rowKey={(r) => r.id}
              isLoading={requisitions.isPending}
              error={requisitions.error}
              onRetry={() => void requisitions.refetch()}
              emptyTitle="No requisition is waiting for you"
              emptyText="Submitted requisitions you did not raise appear here."
            />
          </SectionCard>
        )}
        {mayApproveOrders && (
          <SectionCard
            title={`Purchase orders${orderRows ? ` (${orderRows.length})` : ''}`}
            description="Orders submitted by buyers: approve before they go to the supplier."
          >
            <DataTable
              label="Purchase orders awaiting approval"
              columns={orderColumns}
              rows={orderRows}
              rowKey={(o) => o.id}
              isLoading={orders.isPending}
              error={orders.error}
              onRetry={() => void orders.refetch()}
              emptyTitle="No purchase order is waiting for you"
              emptyText="Orders awaiting approval that you did not create appear here."
            />
          </SectionCard>
        )}
      </Stack>
    </>
  );
}
