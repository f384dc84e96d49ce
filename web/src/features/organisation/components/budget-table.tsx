import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/data-table';
import { RowAction } from '@/components/row-action';
import { formatMoney } from '@/lib/format';
import { compareDecimal, isNegative, sumDecimal, wholePercent } from '@/lib/money';
import type { Budget } from '../queries';
import { budgetPeriodLabel } from './budget-period';

export type BudgetTableProps = {
  budgets: Budget[] | undefined;
  baseCurrency: string;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyAction?: ReactNode;
  renderCostCentre: (costCentreId: string) => ReactNode;
  onEdit?: (budget: Budget) => void;
};

/**
 * How much of a budget is consumed (committed + actual), in whole % of its amount (over 100 when
 * exceeded), computed exactly; a budget of zero is 100 % consumed once anything is used.
 */
function consumption(b: Budget): number {
  const used = sumDecimal(b.committed, b.actual);
  return wholePercent(used, b.amount) ?? (compareDecimal(used, '0') > 0 ? 100 : 0);
}

function ConsumptionBar({ budget }: { budget: Budget }) {
  const { t } = useLingui();
  const pct = consumption(budget);
  const exceeded = isNegative(budget.available);
  return (
    <Stack gap={2}>
      <Progress
        value={Math.min(pct, 100)}
        color={exceeded ? 'red' : pct >= 85 ? 'yellow' : 'teal'}
        size="md"
        aria-label={t`${pct}% consumed`}
      />
      <Text size="xs" c={exceeded ? 'red' : 'dimmed'}>
        {exceeded ? <Trans>{pct}% consumed — exceeded</Trans> : <Trans>{pct}% consumed</Trans>}
      </Text>
    </Stack>
  );
}

/** Budgets with what is committed, actual and available, and a consumption bar (red when exceeded). */
export function BudgetTable(props: BudgetTableProps) {
  const { t, i18n } = useLingui();
  const money = (v: string) => formatMoney(v, props.baseCurrency);
  const columns: Column<Budget>[] = [
    {
      key: 'costCentre',
      header: t`Cost centre`,
      width: '24%',
      render: (b) => props.renderCostCentre(b.costCentreId),
    },
    {
      key: 'period',
      header: t`Period`,
      width: 170,
      render: (b) => (
        <Stack gap={0}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {budgetPeriodLabel(i18n, b.periodType, b.periodStart)}
          </Text>
          <Text size="xs" c="dimmed">
            {b.periodType === 'month' ? <Trans>Month</Trans> : <Trans>Fiscal year</Trans>}
          </Text>
        </Stack>
      ),
    },
    { key: 'amount', header: t`Budget`, align: 'right', nowrap: true, render: (b) => money(b.amount) },
    {
      key: 'committed',
      header: t`Committed`,
      align: 'right',
      nowrap: true,
      render: (b) => money(b.committed),
    },
    {
      key: 'actual',
      header: t`Actual`,
      align: 'right',
      nowrap: true,
      hideOnMobile: true,
      render: (b) => money(b.actual),
    },
    {
      key: 'available',
      header: t`Available`,
      align: 'right',
      nowrap: true,
      render: (b) => (
        <Text size="sm" fw={500} c={isNegative(b.available) ? 'red' : undefined}>
          {money(b.available)}
        </Text>
      ),
    },
    { key: 'consumption', header: t`Consumption`, width: 170, render: (b) => <ConsumptionBar budget={b} /> },
  ];
  if (props.onEdit) {
    const onEdit = props.onEdit;
    columns.push({
      key: 'actions',
      header: (
        <VisuallyHidden>
          <Trans>Actions</Trans>
        </VisuallyHidden>
      ),
      width: 60,
      align: 'right',
      render: (b) => {
        const period = budgetPeriodLabel(i18n, b.periodType, b.periodStart);
        const label = t`Edit the ${period} budget`;
        return (
          <Group justify="flex-end">
            <RowAction label={label} icon={<IconPencil size={16} />} onClick={() => onEdit(b)} />
          </Group>
        );
      },
    });
  }
  const count = props.budgets?.length ?? 0;
  return (
    <DataTable
      label={t`Budgets`}
      columns={columns}
      rows={props.budgets}
      rowKey={(b) => b.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No budget matches` : t`No budgets yet`}
      emptyText={
        props.filtered
          ? t`Try another cost centre or period type, or clear the filters.`
          : t`Set a budget per cost centre for a month or a fiscal year; orders are checked against it.`
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={shownFooter(i18n, count, props.hasNextPage)}
    />
  );
}

/** "3 budgets shown", "50 budgets shown — more available". */
function shownFooter(i18n: I18n, count: number, more: boolean): string {
  return more
    ? i18n._(
        msg`${plural(count, { one: '# budget shown — more available', other: '# budgets shown — more available' })}`,
      )
    : i18n._(msg`${plural(count, { one: '# budget shown', other: '# budgets shown' })}`);
}
