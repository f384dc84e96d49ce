import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ActionIcon, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate, formatDateTime, formatDecimal } from '@/lib/format';
import type { ExchangeRate } from '../queries';

export type ExchangeRateTableProps = {
  rates: ExchangeRate[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyAction?: ReactNode;
  onEdit?: (rate: ExchangeRate) => void;
  onDelete?: (rate: ExchangeRate) => void;
};

/** "1 EUR = 1.0842 USD". */
export function describeRate(rate: { currency: string; baseCurrency: string; rate: string }): string {
  return `1 ${rate.currency} = ${formatDecimal(rate.rate)} ${rate.baseCurrency}`;
}

export function ExchangeRateTable(props: ExchangeRateTableProps) {
  const { t, i18n } = useLingui();
  const columns: Column<ExchangeRate>[] = [
    {
      key: 'validOn',
      header: t`Valid from`,
      width: 130,
      nowrap: true,
      render: (r) => (
        <Text size="sm" fw={500}>
          {formatDate(r.validOn)}
        </Text>
      ),
    },
    {
      key: 'currency',
      header: t`Currency`,
      width: 100,
      render: (r) => (
        <Text size="sm" ff="monospace" fw={600}>
          {r.currency}
        </Text>
      ),
    },
    {
      key: 'rate',
      header: t`Rate`,
      render: (r) => (
        <Text size="sm" ff="monospace">
          {describeRate(r)}
        </Text>
      ),
    },
    {
      key: 'createdAt',
      header: t`Entered`,
      width: 170,
      nowrap: true,
      hideOnMobile: true,
      render: (r) => (
        <Text size="sm" c="dimmed">
          {formatDateTime(r.createdAt)}
        </Text>
      ),
    },
  ];
  if (props.onEdit || props.onDelete) {
    columns.push({
      key: 'actions',
      header: (
        <VisuallyHidden>
          <Trans>Actions</Trans>
        </VisuallyHidden>
      ),
      width: 84,
      align: 'right',
      render: (r) => {
        const currency = r.currency;
        const validOn = r.validOn;
        return (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {props.onEdit && (
              <Tooltip label={t`Correct the rate`} withArrow>
                <ActionIcon
                  variant="subtle"
                  aria-label={t`Edit ${currency} rate of ${validOn}`}
                  onClick={() => props.onEdit?.(r)}
                >
                  <IconPencil size={16} />
                </ActionIcon>
              </Tooltip>
            )}
            {props.onDelete && (
              <Tooltip label={t`Delete the rate`} withArrow>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t`Delete ${currency} rate of ${validOn}`}
                  onClick={() => props.onDelete?.(r)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      },
    });
  }
  const count = props.rates?.length ?? 0;
  return (
    <DataTable
      label={t`Exchange rates`}
      columns={columns}
      rows={props.rates}
      rowKey={(r) => r.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No rate matches` : t`No exchange rates yet`}
      emptyText={
        props.filtered
          ? t`Try another currency or date range.`
          : t`Enter rates so that documents in other currencies can be converted to the base currency.`
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={shownFooter(i18n, count, props.hasNextPage)}
    />
  );
}

/** "3 rates shown", "50 rates shown — more available". */
function shownFooter(i18n: I18n, count: number, more: boolean): string {
  return more
    ? i18n._(
        msg`${plural(count, { one: '# rate shown — more available', other: '# rates shown — more available' })}`,
      )
    : i18n._(msg`${plural(count, { one: '# rate shown', other: '# rates shown' })}`);
}
