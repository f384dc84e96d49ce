import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Group, Switch, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/data-table';
import type { Currency } from '../queries';

export type CurrencyTableProps = {
  currencies: Currency[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  baseCurrency?: string;
  /** Switches a currency on or off; absent for users who may only read. */
  onToggle?: (currency: Currency, active: boolean) => void;
  /** The code whose change is being saved. */
  pendingCode?: string | null;
};

/** ISO currencies with the switch that offers them for new documents. */
export function CurrencyTable(props: CurrencyTableProps) {
  const { t, i18n } = useLingui();
  const columns: Column<Currency>[] = [
    {
      key: 'code',
      header: t`Code`,
      width: 110,
      render: (c) => (
        <Group gap={6} wrap="nowrap">
          <Text ff="monospace" size="sm" fw={600}>
            {c.code}
          </Text>
          {c.code === props.baseCurrency && (
            <Tooltip label={t`The base currency: totals and reports are kept in it`} withArrow>
              <Badge size="xs" variant="filled" radius="sm">
                <Trans>Base</Trans>
              </Badge>
            </Tooltip>
          )}
        </Group>
      ),
    },
    { key: 'name', header: t`Name`, render: (c) => <Text size="sm">{c.name}</Text> },
    {
      key: 'minorUnits',
      header: t`Decimals`,
      width: 100,
      align: 'right',
      hideOnMobile: true,
      render: (c) => <Text size="sm">{c.minorUnits}</Text>,
    },
    {
      key: 'active',
      phone: 'aside',
      header: t`In use`,
      width: 150,
      render: (c) => {
        const code = c.code;
        return props.onToggle ? (
          <Switch
            checked={c.active}
            onChange={(e) => props.onToggle?.(c, e.currentTarget.checked)}
            disabled={props.pendingCode === c.code}
            label={c.active ? t`Active` : t`Inactive`}
            aria-label={t`${code} active`}
            size="sm"
          />
        ) : (
          <Badge color={c.active ? 'teal' : 'gray'} variant="light" size="sm" radius="sm">
            {c.active ? <Trans>Active</Trans> : <Trans>Inactive</Trans>}
          </Badge>
        );
      },
    },
  ];
  const count = props.currencies?.length ?? 0;
  return (
    <DataTable
      label={t`Currencies`}
      columns={columns}
      rows={props.currencies}
      rowKey={(c) => c.code}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No currency matches` : t`No currencies`}
      emptyText={props.filtered ? t`Try another search or clear the filter.` : undefined}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={shownFooter(i18n, count, props.hasNextPage)}
    />
  );
}

/** "3 currencies shown", "50 currencies shown — more available". */
function shownFooter(i18n: I18n, count: number, more: boolean): string {
  return more
    ? i18n._(
        msg`${plural(count, { one: '# currency shown — more available', other: '# currencies shown — more available' })}`,
      )
    : i18n._(msg`${plural(count, { one: '# currency shown', other: '# currencies shown' })}`);
}
