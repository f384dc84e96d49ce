import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatDate, formatDateTime, formatDecimal } from '@/lib/format';
import { REJECTION_REASON_LABELS, RETURN_REMEDY_LABELS } from '../labels';
import type { SupplierReturn, useReturns } from '../queries';
import { FileLinks } from './receipt-files';

/**
 * One return to supplier: what went back and why, and what is expected for it (a replacement by a
 * date, or a credit). The order page, the returns list and the supplier's portal show it alike;
 * `orderLink` names the order where the page is not the order's own.
 */
export function ReturnItem({
  ret: r,
  orderLink,
  portal = false,
}: {
  ret: SupplierReturn;
  orderLink?: ReactNode;
  /** Shown to the supplier: its files come through the portal's route. */
  portal?: boolean;
}) {
  const { t, i18n } = useLingui();
  const { number, receiptNumber } = r;
  const who = r.recordedBy.name;
  const when = formatDateTime(r.recordedAt);
  const due = r.replacementExpectedOn ? formatDate(r.replacementExpectedOn) : '';
  return (
    <Paper withBorder radius="md" p="sm" id={r.number} data-testid={`return-${r.number}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <div>
            <Group gap="xs">
              <Text fw={600}>{r.number}</Text>
              <Badge variant="light" color={r.remedy === 'credit' ? 'grape' : 'blue'}>
                {i18n._(RETURN_REMEDY_LABELS[r.remedy])}
              </Badge>
              {orderLink}
            </Group>
            <Text size="xs" c="dimmed">
              <Trans>
                Goods of {receiptNumber}, sent back {when} by {who}
              </Trans>
            </Text>
          </div>
          <Text size="sm" fw={500}>
            {r.remedy === 'replacement' ? (
              <Trans>Replacement due {due}</Trans>
            ) : (
              <Trans>Credit expected</Trans>
            )}
          </Text>
        </Group>
        <Stack
          gap={6}
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={t`Lines of ${number}`}
        >
          {r.lines.map((l) => {
            const lot = l.lotNumber;
            return (
              <li key={l.lineNo}>
                <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
                  <Text size="sm" style={{ minWidth: 0 }}>
                    <Text span c="dimmed">
                      {l.lineNo}.
                    </Text>{' '}
                    {l.description}
                    {lot && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · <Trans>lot {lot}</Trans>
                      </Text>
                    )}
                  </Text>
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {formatDecimal(l.quantity)} {l.unitCode}
                  </Text>
                </Group>
                {l.rejectionReasons.map((x, i) => {
                  const reason = i18n._(REJECTION_REASON_LABELS[x.reason]);
                  const why = x.note ?? '';
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no identity of their own
                    <Text key={i} size="xs" c="red">
                      {why ? t`${reason}: ${why}` : reason}
                    </Text>
                  );
                })}
              </li>
            );
          })}
        </Stack>
        {r.attachments.length > 0 && <FileLinks files={r.attachments} portal={portal} />}
        {r.note && (
          <Text size="sm" c="dimmed">
            {r.note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * A page of returns with its states (loading, error with a retry, empty) and *Show more*: the
 * Returns page and the supplier's portal list them alike; `orderPath` is where a return's order
 * opens for who reads it.
 */
export function ReturnList({
  query,
  orderPath,
  portal = false,
  empty,
}: {
  query: ReturnType<typeof useReturns>;
  orderPath: (r: SupplierReturn) => string;
  portal?: boolean;
  empty: { title: string; body: ReactNode };
}) {
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <LoadingState />;
  if (items.length === 0) return <EmptyState title={empty.title}>{empty.body}</EmptyState>;
  return (
    <Stack gap="sm">
      {items.map((r) => (
        <ReturnItem
          key={r.id}
          ret={r}
          portal={portal}
          orderLink={
            <Anchor component={Link} to={orderPath(r)} size="sm">
              {r.purchaseOrderNumber}
            </Anchor>
          }
        />
      ))}
      {query.hasNextPage && (
        <Button
          variant="default"
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          <Trans>Show more</Trans>
        </Button>
      )}
    </Stack>
  );
}
