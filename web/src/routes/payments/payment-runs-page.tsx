import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { useCan } from '@/features/auth/use-can';
import { useActiveCurrencies } from '@/features/organisation/queries';
import { ProposeRunModal } from '@/features/payments/components/propose-run-modal';
import { RUN_STATUS_COLORS, RUN_STATUS_LABELS } from '@/features/payments/labels';
import { type PaymentRunStatus, type PaymentRunSummary, usePaymentRuns } from '@/features/payments/queries';
import { formatDate, formatMoney } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

const FILTERS: { value: PaymentRunStatus | 'all'; label: MessageDescriptor }[] = [
  { value: 'all', label: msg`All` },
  { value: 'draft', label: msg`Drafts` },
  { value: 'confirmed', label: msg`Confirmed` },
  { value: 'paid', label: msg`Paid` },
  { value: 'cancelled', label: msg`Cancelled` },
];

/** Payment runs, newest first: what each pays per currency and where it stands; a new one proposed. */
export function PaymentRunsPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Payment runs`);
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const status = FILTERS.find((f) => f.value === params.get('status'))?.value ?? 'all';
  const runs = usePaymentRuns(status);
  const currencies = useActiveCurrencies();
  const [proposing, setProposing] = useState(false);
  const rows = runs.data?.pages.flatMap((p) => p.items);

  const columns: Column<PaymentRunSummary>[] = [
    {
      key: 'number',
      header: t`Run`,
      phone: 'title',
      render: (r) => (
        <Anchor component={Link} to={`/payment-runs/${r.id}`} fw={600}>
          {r.number}
        </Anchor>
      ),
    },
    {
      key: 'status',
      header: t`Status`,
      phone: 'aside',
      width: 130,
      render: (r) => (
        <Badge color={RUN_STATUS_COLORS[r.status]} variant="light">
          {i18n._(RUN_STATUS_LABELS[r.status])}
        </Badge>
      ),
    },
    {
      key: 'date',
      header: t`Payment date`,
      width: 140,
      nowrap: true,
      render: (r) => formatDate(r.paymentDate),
    },
    {
      key: 'amount',
      header: t`To pay`,
      align: 'right',
      render: (r) => (
        <Stack gap={0}>
          {r.totals.map((x) => (
            <Text key={x.currency} size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(x.amount, x.currency)}
            </Text>
          ))}
        </Stack>
      ),
    },
    {
      key: 'count',
      header: t`Invoices`,
      align: 'right',
      width: 110,
      hideOnMobile: true,
      render: (r) => r.totals.reduce((n, x) => n + x.invoices, 0),
    },
    {
      key: 'by',
      header: t`Proposed by`,
      hideOnMobile: true,
      render: (r) => r.createdBy?.name ?? '',
    },
  ];

  return (
    <>
      <PageHeader
        title={t`Payment runs`}
        description={t`Pay approved invoices when they are due, take early-payment discounts, and hand the bank its file.`}
        actions={
          can('payments:write') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setProposing(true)}>
              <Trans>Propose payment run</Trans>
            </Button>
          )
        }
      />
      <DataTable
        label={t`Payment runs`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        isLoading={runs.isPending}
        error={runs.error}
        onRetry={() => void runs.refetch()}
        toolbar={
          <SegmentedControl
            size="xs"
            aria-label={t`Status`}
            value={status}
            onChange={(v) => setParams(v === 'all' ? {} : { status: v })}
            data={FILTERS.map((f) => ({ value: f.value, label: i18n._(f.label) }))}
          />
        }
        emptyTitle={t`No payment runs`}
        emptyText={<Trans>Propose one to pay the invoices approved for payment that are due.</Trans>}
        hasNextPage={runs.hasNextPage}
        isFetchingNextPage={runs.isFetchingNextPage}
        onLoadMore={() => void runs.fetchNextPage()}
      />
      <ProposeRunModal
        opened={proposing}
        onClose={() => setProposing(false)}
        currencies={(currencies.data ?? []).map((c) => c.code)}
      />
    </>
  );
}
