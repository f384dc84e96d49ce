import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import {
  PORTAL_INVOICE_STATUS,
  PortalInvoiceStatusBadge,
} from '@/features/portal/components/portal-invoice-status-badge';
import {
  type PortalInvoiceStatus,
  type PortalInvoiceSummary,
  usePortalInvoices,
} from '@/features/portal/invoice-queries';
import { formatDate, formatMoney } from '@/lib/format';
import { isZero } from '@/lib/money';
import { usePageTitle } from '@/lib/use-page-title';

/** The supplier's invoices and credit notes: where each stands and what was paid. Cards, for a phone. */
export function PortalInvoicesPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Your invoices`);
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as PortalInvoiceStatus | null) ?? undefined;
  const [q, setQ] = useState(params.get('q') ?? '');
  const invoices = usePortalInvoices({ status, q: params.get('q') ?? undefined });
  const items = invoices.data?.pages.flatMap((p) => p.items) ?? [];
  const setFilter = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  return (
    <>
      <PageHeader
        title={t`Your invoices`}
        description={t`Invoices and credit notes you sent us: where each stands and what was paid.`}
      />
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setFilter({ q: q.trim() || null });
          }}
          style={{ flex: '1 1 220px' }}
        >
          <TextInput
            label={t`Search`}
            placeholder={t`Your number or ours`}
            leftSection={<IconSearch size={16} />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            onBlur={() => setFilter({ q: q.trim() || null })}
          />
        </form>
        <Select
          label={t`Status`}
          placeholder={t`Any status`}
          clearable
          style={{ flex: '1 1 200px' }}
          value={status ?? null}
          onChange={(v) => setFilter({ status: v })}
          data={Object.entries(PORTAL_INVOICE_STATUS).map(([value, s]) => ({
            value,
            label: i18n._(s.label),
          }))}
        />
      </Group>
      {invoices.isPending ? (
        <LoadingState />
      ) : invoices.error ? (
        <ErrorState error={invoices.error} onRetry={() => void invoices.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t`No invoices`}>
          <Trans>No invoice of yours matches. Open an order to invoice it.</Trans>
        </EmptyState>
      ) : (
        <Stack gap="sm">
          {items.map((i) => (
            <InvoiceCard key={i.id} invoice={i} />
          ))}
          {invoices.hasNextPage && (
            <Group justify="center">
              <Button
                variant="subtle"
                loading={invoices.isFetchingNextPage}
                onClick={() => void invoices.fetchNextPage()}
              >
                <Trans>Show more</Trans>
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </>
  );
}

function InvoiceCard({ invoice: i }: { invoice: PortalInvoiceSummary }) {
  const { t } = useLingui();
  const { number, purchaseOrderNumber } = i;
  const issued = formatDate(i.issueDate);
  const due = formatDate(i.dueDate);
  const paid = formatMoney(i.amountPaid, i.currency);
  return (
    <UnstyledButton component={Link} to={`/portal/invoices/${i.id}`}>
      <Paper withBorder radius="md" p="md" data-testid="portal-invoice">
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={700}>{i.supplierInvoiceNumber}</Text>
              {i.kind === 'credit_note' && (
                <Badge variant="outline" color="gray" size="sm">
                  <Trans>Credit note</Trans>
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t`Our number ${number} · order ${purchaseOrderNumber}`}
            </Text>
            <Text size="sm" c="dimmed">
              {t`Issued ${issued} · due ${due}`}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end">
            <Group gap="xs">
              {i.creditNoteRequest && i.status === 'query_raised' && (
                <Badge color="orange" variant="filled" size="sm">
                  <Trans>Credit note requested</Trans>
                </Badge>
              )}
              <PortalInvoiceStatusBadge status={i.status} />
            </Group>
            <Text fw={600}>{formatMoney(i.payableAmount, i.currency)}</Text>
            <PaymentLine invoice={i} paid={paid} />
          </Stack>
        </Group>
      </Paper>
    </UnstyledButton>
  );
}

/** What was paid, when it will be, or why not: one line under the amount. */
function PaymentLine({ invoice: i, paid }: { invoice: PortalInvoiceSummary; paid: string }) {
  const { paymentDate, paidOn, rejectReason } = i;
  if (i.status === 'paid' && paidOn) {
    const on = formatDate(paidOn);
    return (
      <Text size="sm" c="green">
        <Trans>
          Paid {paid} on {on}
        </Trans>
      </Text>
    );
  }
  if (i.status === 'payment_scheduled' && paymentDate) {
    const on = formatDate(paymentDate);
    return (
      <Text size="sm" c="indigo">
        <Trans>To be paid on {on}</Trans>
      </Text>
    );
  }
  if (i.status === 'rejected' && rejectReason) {
    return (
      <Text size="sm" c="red" lineClamp={2} maw={280}>
        {rejectReason}
      </Text>
    );
  }
  if (!isZero(i.amountPaid)) {
    return (
      <Text size="sm" c="dimmed">
        <Trans>Paid so far: {paid}</Trans>
      </Text>
    );
  }
  return null;
}
