import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ActionIcon, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/data-table';
import { RowAction } from '@/components/row-action';
import { formatDecimal, formatMoney } from '@/lib/format';
import { isZero } from '@/lib/money';
import type { PriceListEntry } from '../queries';
import { describeValidity, ValidityBadge } from './price-validity';

export type PriceListTableProps = {
  label?: string;
  entries: PriceListEntry[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
  filtered?: boolean;
  emptyTitle?: string;
  emptyText?: ReactNode;
  emptyAction?: ReactNode;
  /** The supplier cell (a link with its name); the column is left out without it. */
  renderSupplier?: (supplierId: string) => ReactNode;
  /** The item cell; the column is left out without it (e.g. on the item's own page). */
  renderItem?: (itemId: string) => ReactNode;
  /** The unit quantities count in, when all entries are of one item. */
  unitCode?: string;
  onEdit?: (entry: PriceListEntry) => void;
  onDelete?: (entry: PriceListEntry) => void;
};

/** Supplier prices: quantity breaks, unit price and currency, validity and lead time. */
export function PriceListTable(props: PriceListTableProps) {
  const { t, i18n } = useLingui();
  const columns: Column<PriceListEntry>[] = [];
  if (props.renderSupplier) {
    const render = props.renderSupplier;
    // Beside an item column the supplier takes a share; alone it takes what the other columns leave.
    const width = props.renderItem ? '17%' : undefined;
    columns.push({ key: 'supplier', header: t`Supplier`, width, render: (e) => render(e.supplierId) });
  }
  if (props.renderItem) {
    const render = props.renderItem;
    columns.push({ key: 'item', header: t`Item`, render: (e) => render(e.itemId) });
  }
  columns.push(
    {
      key: 'part',
      header: t`Part no.`,
      width: 115,
      hideOnMobile: true,
      render: (e) =>
        e.supplierPartNumber ? (
          <Text size="sm" ff="monospace">
            {e.supplierPartNumber}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    {
      key: 'minQuantity',
      header: t`Quantity break`,
      width: 165,
      align: 'right',
      nowrap: true,
      render: (e) => (
        <Text size="sm">
          {isZero(e.minQuantity) ? t`Any` : `≥ ${formatDecimal(e.minQuantity)}`}
          {props.unitCode && !isZero(e.minQuantity) ? ` ${props.unitCode}` : ''}
        </Text>
      ),
    },
    {
      key: 'unitPrice',
      header: t`Unit price`,
      width: 125,
      align: 'right',
      nowrap: true,
      render: (e) => (
        <Text size="sm" fw={600} title={`${e.unitPrice} ${e.currency}`}>
          {formatMoney(e.unitPrice, e.currency)}
        </Text>
      ),
    },
    {
      key: 'validity',
      header: t`Validity`,
      width: 175,
      render: (e) => (
        <Stack gap={2} align="flex-start">
          <ValidityBadge entry={e} />
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {describeValidity(i18n, e)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'leadTime',
      header: t`Lead time`,
      width: 120,
      align: 'right',
      nowrap: true,
      hideOnMobile: true,
      render: (e) => {
        const days = e.leadTimeDays;
        return <Text size="sm">{days === 0 ? t`Same day` : t`${days} d`}</Text>;
      },
    },
  );
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
      render: (e) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          {props.onEdit && (
            <RowAction
              label={t`Edit price`}
              icon={<IconPencil size={16} />}
              onClick={() => props.onEdit?.(e)}
            />
          )}
          {props.onDelete && (
            <Tooltip label={t`Delete price`} withArrow>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t`Delete price`}
                onClick={() => props.onDelete?.(e)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      ),
    });
  }
  const count = props.entries?.length ?? 0;
  return (
    <DataTable
      label={props.label ?? t`Prices`}
      columns={columns}
      rows={props.entries}
      rowKey={(e) => e.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.emptyTitle ?? (props.filtered ? t`No price matches` : t`No prices yet`)}
      emptyText={
        props.emptyText ??
        (props.filtered
          ? t`Try other filters, or clear them.`
          : t`Add what each supplier charges, with quantity breaks and validity, or import a CSV file.`)
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        !props.onLoadMore
          ? undefined
          : props.hasNextPage
            ? plural(count, {
                one: '# price shown — more available',
                other: '# prices shown — more available',
              })
            : plural(count, { one: '# price shown', other: '# prices shown' })
      }
    />
  );
}
