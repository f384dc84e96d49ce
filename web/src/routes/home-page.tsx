import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Grid, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, Navigate } from 'react-router';
import { type Count, CountTile } from '@/components/count-tile';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { ApprovalCycleTimes } from '@/features/approvals/components/approval-cycle-times';
import { useMe } from '@/features/auth/queries';
import { type PermissionName, useCan } from '@/features/auth/use-can';
import { OrdersByState } from '@/features/purchase-orders/components/orders-by-state';
import { SpendByCategory } from '@/features/reports/components/spend-by-category';
import { type HomeData, useHome } from '@/features/reports/queries';
import { formatRelative } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

// The chart library is large: the queues show first, the chart follows when it has loaded.
const SpendByMonthChart = lazy(async () => ({
  default: (await import('@/features/reports/components/spend-by-month-chart')).SpendByMonthChart,
}));

/** The permissions whose holders have work on the home page; someone with none of them but the audit trail lands there. */
const WORK: PermissionName[] = [
  'approvals:act',
  'requisitions:write',
  'workbench:use',
  'purchase_orders:write',
];

type Tile = {
  key: string;
  label: string;
  value: Count;
  hint?: ReactNode;
  to?: string;
  warning?: boolean;
};

/** The queues of the user's roles, most urgent kinds first within each role. */
function tilesOf(i18n: I18n, home: HomeData): Tile[] {
  const tiles: Tile[] = [];
  const a = home.approvals;
  if (a) {
    const waitingLong = a.waitingLong;
    const oldest = a.oldestWaitingSince ? formatRelative(a.oldestWaitingSince) : null;
    tiles.push({
      key: 'approvals',
      label: i18n._(msg`Awaiting my approval`),
      value: a.waiting,
      to: '/approvals',
      warning: waitingLong > 0,
      hint:
        waitingLong > 0
          ? i18n._(
              msg`${plural(waitingLong, {
                one: '# has waited 3 days or more',
                other: '# have waited 3 days or more',
              })}`,
            )
          : oldest
            ? i18n._(msg`The oldest arrived ${oldest}`)
            : i18n._(msg`Nothing waits for your decision`),
    });
  }
  const r = home.requisitions;
  if (r)
    tiles.push(
      {
        key: 'requisitions-returned',
        label: i18n._(msg`Requisitions returned to me`),
        value: r.returnedToMe,
        to: '/requisitions?returned=true',
        warning: true,
        hint: i18n._(msg`An approver asked for changes or rejected them`),
      },
      {
        key: 'requisitions-drafts',
        label: i18n._(msg`My draft requisitions`),
        value: r.drafts,
        to: '/requisitions?status=draft',
      },
      {
        key: 'requisitions-in-approval',
        label: i18n._(msg`My requisitions in approval`),
        value: r.inApproval,
        to: '/requisitions?status=submitted',
      },
    );
  if (home.workbench)
    tiles.push({
      key: 'workbench',
      label: i18n._(msg`Requisition lines to order`),
      value: home.workbench.linesToOrder,
      to: '/workbench',
      hint: i18n._(msg`Approved and not yet on an order`),
    });
  const p = home.purchasing;
  if (p)
    tiles.push(
      {
        key: 'orders-returned',
        label: i18n._(msg`Orders returned to me`),
        value: p.returnedToMe,
        to: '/purchase-orders?buyer=me&returned=true',
        warning: true,
        hint: i18n._(msg`An approver asked for changes or rejected them`),
      },
      {
        key: 'orders-approved',
        label: i18n._(msg`Approved orders to send`),
        value: p.approvedToSend,
        to: '/purchase-orders?status=approved',
      },
      {
        key: 'deliveries-late',
        label: i18n._(msg`Late deliveries`),
        value: p.lateDeliveries,
        to: '/purchase-orders?overdue=true',
        warning: true,
        hint: i18n._(msg`Goods awaited after their expected date`),
      },
      {
        key: 'deliveries-due',
        label: i18n._(msg`Deliveries due in 7 days`),
        value: p.dueThisWeek,
        to: '/purchase-orders?dueSoon=true',
        hint: i18n._(msg`Expected from today to a week ahead`),
      },
    );
  return tiles;
}

/**
 * "/": what waits for the signed-in user, with a count and a link each, and the figures of their
 * roles. Someone whose only work is reading the audit trail (an auditor) lands on it instead.
 */
export function HomePage() {
  const { t, i18n } = useLingui();
  const can = useCan();
  const { data: me } = useMe();
  const auditorOnly = can('audit:read') && !WORK.some((p) => can(p));
  const home = useHome({ enabled: !auditorOnly });
  usePageTitle(t`Home`);

  if (auditorOnly) return <Navigate to="/audit" replace />;
  if (home.isPending) return <LoadingState />;
  if (home.error) return <ErrorState error={home.error} onRetry={() => void home.refetch()} />;

  const data = home.data;
  const tiles = tilesOf(i18n, data);
  const firstName = me?.user.name.split(' ')[0];
  const spendCurrency = data.spendByMonth?.currency;
  const charts =
    data.spendByMonth !== null || data.ordersByState !== null || data.approvalCycleTimes !== null;

  return (
    <>
      <PageHeader
        title={firstName ? t`Welcome, ${firstName}` : t`Home`}
        description={t`What waits for you, and how purchasing is going.`}
      />
      <Stack gap="lg">
        {tiles.length > 0 && (
          <section aria-labelledby="home-waiting">
            <Title order={2} fz="lg" fw={600} mb="sm" id="home-waiting">
              <Trans>Waiting for you</Trans>
            </Title>
            <SimpleGrid cols={{ base: 2, lg: 4 }} spacing={{ base: 'xs', sm: 'md' }}>
              {tiles.map((tile) => (
                <CountTile
                  key={tile.key}
                  label={tile.label}
                  value={tile.value}
                  hint={tile.hint}
                  to={tile.to}
                  tone={tile.warning ? 'warning' : 'default'}
                  icon={
                    tile.warning && tile.value.count > 0 ? (
                      <IconAlertTriangle size={18} color="var(--mantine-color-orange-text)" aria-hidden />
                    ) : undefined
                  }
                />
              ))}
            </SimpleGrid>
          </section>
        )}
        {charts && (
          <Grid gutter="lg">
            {data.spendByMonth && (
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <SectionCard
                  title={t`Spend by month`}
                  description={t`Committed in ${spendCurrency}, the last twelve months`}
                  extra={
                    <Anchor component={Link} to="/reports/spend" size="sm">
                      <Trans>Spend report</Trans>
                    </Anchor>
                  }
                >
                  <Suspense fallback={<LoadingState label={t`Loading the chart…`} />}>
                    <SpendByMonthChart spend={data.spendByMonth} />
                  </Suspense>
                </SectionCard>
              </Grid.Col>
            )}
            {data.ordersByState && (
              <Grid.Col span={{ base: 12, md: 6, lg: 4 }}>
                <SectionCard title={t`Orders by state`} description={t`Every purchase order you can see`}>
                  <OrdersByState counts={data.ordersByState} />
                </SectionCard>
              </Grid.Col>
            )}
            {data.spendByCategory && (
              <Grid.Col span={{ base: 12, md: 6 }}>
                <SectionCard
                  title={t`Spend by category`}
                  description={t`Committed in ${spendCurrency}, the last twelve months, by the category of each line's item`}
                >
                  <SpendByCategory spend={data.spendByCategory} />
                </SectionCard>
              </Grid.Col>
            )}
            {data.approvalCycleTimes && (
              <Grid.Col span={{ base: 12, md: 6, lg: data.spendByCategory ? 6 : data.spendByMonth ? 12 : 8 }}>
                <SectionCard
                  title={t`Approval cycle time`}
                  description={t`From submission to final approval, documents approved in the last 90 days`}
                >
                  <ApprovalCycleTimes times={data.approvalCycleTimes} />
                </SectionCard>
              </Grid.Col>
            )}
          </Grid>
        )}
        {tiles.length === 0 && !charts && (
          <EmptyState title={t`Nothing to show for your role`}>
            <Trans>
              Your account has no purchasing work. Use the menu, or see{' '}
              <Anchor component={Link} to="/account">
                your account
              </Anchor>
              .
            </Trans>
          </EmptyState>
        )}
      </Stack>
    </>
  );
}
