import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { Link } from 'react-router';
import { KEYBOARD_SCROLL } from '@/components/data-table';
import { SectionCard } from '@/components/detail-section';
import { ErrorState, LoadingState } from '@/components/states';
import { formatDate, formatMoney } from '@/lib/format';
import { isZero } from '@/lib/money';
import { useInvoiceableOrder } from '../capture-queries';
import { useInvoices } from '../queries';
import { InvoiceStatusBadge } from './invoice-status-badge';
import { DueDate } from './invoice-table';

/**
 * An order's invoices and credit notes, newest first, each linking to its page; with `canEnter`,
 * "Enter invoice" while the order takes invoices and has something accepted and not yet invoiced.
 */
export function OrderInvoicesCard({ orderId, canEnter = false }: { orderId: string; canEnter?: boolean }) {
  const { t } = useLingui();
  const query = useInvoices({ purchaseOrderId: orderId }, { limit: 20 });
  const invoiceable = useInvoiceableOrder(canEnter ? orderId : null);
  const invoices = query.data?.pages.flatMap((p) => p.items);
  const somethingToInvoice =
    !!invoiceable.data?.invoiceable && invoiceable.data.lines.some((l) => !isZero(l.quantityToInvoice));
  return (
    <SectionCard
      title={t`Invoices`}
      description={t`The supplier’s invoices and credit notes against this order, with where their match stands.`}
      extra={
        canEnter &&
        somethingToInvoice && (
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/invoices/new?order=${orderId}`}
            leftSection={<IconFileInvoice size={14} />}
          >
            <Trans>Enter invoice</Trans>
          </Button>
        )
      }
    >
      {query.error && !invoices ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <LoadingState />
      ) : !invoices?.length ? (
        <Text size="sm" c="dimmed">
          <Trans>No invoice has been entered against this order yet.</Trans>
        </Text>
      ) : (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={560} scrollAreaProps={KEYBOARD_SCROLL}>
            <Table verticalSpacing={6} aria-label={t`Invoices`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Trans>Number</Trans>
                  </Table.Th>
                  <Table.Th>
                    <Trans>Status</Trans>
                  </Table.Th>
                  <Table.Th>
                    <Trans>Issued</Trans>
                  </Table.Th>
                  <Table.Th>
                    <Trans>Due</Trans>
                  </Table.Th>
                  <Table.Th ta="right">
                    <Trans>Amount</Trans>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoices.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/invoices/${i.id}`} ff="monospace" size="sm">
                        {i.number}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {i.kind === 'credit_note' ? t`Credit note` : null} {i.supplierInvoiceNumber}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <InvoiceStatusBadge status={i.status} size="sm" />
                    </Table.Td>
                    <Table.Td fz="sm">{formatDate(i.issueDate)}</Table.Td>
                    <Table.Td>
                      <DueDate invoice={i} />
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" fz="sm">
                      {formatMoney(i.payableAmount, i.currency)}
                      {i.status !== 'paid' && !isZero(i.amountPaid) && (
                        <PaidSoFar amount={i.amountPaid} currency={i.currency} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {query.hasNextPage && (
            <Group>
              <Button
                variant="default"
                size="xs"
                loading={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                <Trans>Load more</Trans>
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}

/** What was paid of an invoice paid in part (the rest waits for a later run). */
function PaidSoFar(props: { amount: string; currency: string }) {
  const { t } = useLingui();
  const paid = formatMoney(props.amount, props.currency);
  return (
    <Text size="xs" c="dimmed">
      {t`paid ${paid}`}
    </Text>
  );
}
