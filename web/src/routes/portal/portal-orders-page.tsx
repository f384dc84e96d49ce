import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Group, Paper, Stack, Tabs, Text, UnstyledButton } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { PortalStatusBadge } from '@/features/portal/components/portal-status-badge';
import { type PortalOrderSummary, type PortalTab, usePortalOrders } from '@/features/portal/queries';
import { formatDate, formatMoney } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

const TABS: { value: PortalTab; label: MessageDescriptor }[] = [
  { value: 'to_answer', label: msg`To answer` },
  { value: 'to_ship', label: msg`To ship` },
  { value: 'shipped', label: msg`Shipped` },
  { value: 'done', label: msg`Done` },
];

const ANSWER: Partial<
  Record<NonNullable<PortalOrderSummary['answer']>, { label: MessageDescriptor; color: string }>
> = {
  proposed: { label: msg`Proposal with the buyer`, color: 'yellow' },
  proposal_declined: { label: msg`Proposal declined: answer again`, color: 'red' },
};

/** The supplier's orders, by what is to be done with them. */
export function PortalOrdersPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Your orders`);
  const [params, setParams] = useSearchParams();
  const tab = (TABS.find((x) => x.value === params.get('tab'))?.value ?? 'to_answer') as PortalTab;
  const orders = usePortalOrders(tab);
  const items = orders.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title={t`Your orders`}
        description={t`Orders sent to you: answer them line by line, then ship.`}
      />
      <Tabs value={tab} onChange={(v) => setParams(v ? { tab: v } : {})} mb="md">
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x.value} value={x.value}>
              {i18n._(x.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {orders.isPending ? (
        <LoadingState />
      ) : orders.error ? (
        <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t`Nothing here`}>
          <Trans>No order of yours is in this list.</Trans>
        </EmptyState>
      ) : (
        <Stack gap="sm">
          {items.map((o) => {
            const answer = o.answer ? ANSWER[o.answer] : undefined;
            const { revision, buyerName } = o;
            const ordered = formatDate(o.orderDate);
            return (
              <UnstyledButton key={o.id} component={Link} to={`/portal/orders/${o.id}`}>
                <Paper withBorder radius="md" p="md" data-testid="portal-order">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={2}>
                      <Group gap="xs">
                        <Text fw={700}>{o.number}</Text>
                        {o.revision > 0 && (
                          <Text size="sm" c="dimmed">
                            <Trans>revision {revision}</Trans>
                          </Text>
                        )}
                      </Group>
                      <Text size="sm" c="dimmed">
                        {t`Ordered ${ordered} by ${buyerName}`}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      {answer && (
                        <Badge color={answer.color} variant="light">
                          {i18n._(answer.label)}
                        </Badge>
                      )}
                      <PortalStatusBadge status={o.status} />
                      <Text fw={600}>{formatMoney(o.total, o.currency)}</Text>
                    </Group>
                  </Group>
                </Paper>
              </UnstyledButton>
            );
          })}
          {orders.hasNextPage && (
            <Group justify="center">
              <Button
                variant="subtle"
                loading={orders.isFetchingNextPage}
                onClick={() => void orders.fetchNextPage()}
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
