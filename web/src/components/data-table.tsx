import { Trans, useLingui } from '@lingui/react/macro';
import {
  Box,
  Button,
  Center,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from './states';

export type Column<T> = {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** CSS width of the column, e.g. 120 or '30%'. */
  width?: number | string;
  align?: 'left' | 'right' | 'center';
  /** Keep the cell on one line. */
  nowrap?: boolean;
  /** Hidden below the "sm" breakpoint to keep phones readable. */
  hideOnMobile?: boolean;
  /**
   * Its place on a phone, where each row is a card: `lead` before the title (a checkbox),
   * `title` the card's heading (by default the first column that is not `lead`), `aside` at the
   * top right (a total, a state), `field` a labelled value below (the default), `wide` one across
   * the card's width (a name that should not be cut), `hidden` not shown.
   */
  phone?: 'lead' | 'title' | 'aside' | 'field' | 'wide' | 'hidden';
  /** The list can be sorted by this column (the table's `onSort` is called with the key). */
  sortKey?: string;
  /** The order the server sorts it in (figures highest first, names A–Z); descending by default. */
  sortDirection?: 'ascending' | 'descending';
};

/**
 * For a table that may scroll sideways inside its card (`Table.ScrollContainer`'s
 * `scrollAreaProps`): its scrolling area takes the focus, so the keyboard scrolls it too (WCAG 2.1.1).
 */
export const KEYBOARD_SCROLL = { viewportProps: { tabIndex: 0 } };

/** Below this width lists are cards: a phone held upright (390 px) has no room for columns. */
export const PHONE_QUERY = '(max-width: 599px)';

/** The rows as cards: title and what matters at the top, the other fields labelled below. */
function RowCards<T>({
  label,
  columns,
  rows,
  rowKey,
}: {
  label: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}) {
  const placed = columns.filter((c) => c.phone !== 'hidden');
  const lead = placed.filter((c) => c.phone === 'lead');
  const title =
    placed.find((c) => c.phone === 'title') ?? placed.find((c) => !c.phone || c.phone === 'field');
  const aside = placed.filter((c) => c.phone === 'aside');
  const fields = placed.filter((c) => c !== title && (!c.phone || c.phone === 'field' || c.phone === 'wide'));
  return (
    <Box component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      {rows.map((row, i) => (
        <Box
          component="li"
          key={rowKey(row)}
          p="md"
          style={{
            borderTopWidth: 1,
            borderTopStyle: i > 0 ? 'solid' : 'none',
            borderTopColor: 'var(--mantine-color-default-border)',
            overflowWrap: 'anywhere',
          }}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
              {lead.map((c) => (
                <Box key={c.key}>{c.render(row)}</Box>
              ))}
              {title && <Box style={{ minWidth: 0 }}>{title.render(row)}</Box>}
            </Group>
            {aside.length > 0 && (
              <Stack gap={4} align="flex-end" style={{ flexShrink: 0, textAlign: 'right' }}>
                {aside.map((c) => (
                  <Box key={c.key}>{c.render(row)}</Box>
                ))}
              </Stack>
            )}
          </Group>
          {fields.length > 0 && (
            <SimpleGrid cols={2} spacing="sm" verticalSpacing={6} mt="xs">
              {fields.map((c) => (
                <Box
                  key={c.key}
                  style={{ minWidth: 0, gridColumn: c.phone === 'wide' ? '1 / -1' : undefined }}
                >
                  <Text size="xs" c="dimmed" component="div">
                    {c.header}
                  </Text>
                  <Box fz="sm">{c.render(row)}</Box>
                </Box>
              ))}
            </SimpleGrid>
          )}
        </Box>
      ))}
    </Box>
  );
}

export type DataTableProps<T> = {
  /** Accessible name of the table ("Suppliers"). */
  label: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  isLoading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Toolbar: search box and filters, left-aligned. */
  toolbar?: ReactNode;
  /** What to show when there are no rows (after loading, without error). */
  emptyTitle?: string;
  emptyText?: ReactNode;
  emptyAction?: ReactNode;
  /** Cursor pagination: "Load more" appends the next page. */
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
  /** Shown under the table, e.g. "12 suppliers". */
  footer?: ReactNode;
  /** Below this width (px) the table scrolls sideways inside its container; 640 unless a wide table needs more. */
  minWidth?: number;
  /** The `sortKey` of the column the rows are sorted by; its header says so. */
  sortedBy?: string;
  /** Columns with a `sortKey` get a header button that sorts by them. */
  onSort?: (sortKey: string) => void;
  /** Narrower cell padding, for a table of many figures. */
  dense?: boolean;
};

/** A column's header: a button that sorts by it, where the table sorts. */
function HeaderCell<T>({
  column,
  sortedBy,
  onSort,
}: {
  column: Column<T>;
  sortedBy?: string;
  onSort?: (sortKey: string) => void;
}) {
  const { sortKey } = column;
  if (!sortKey || !onSort) return <>{column.header}</>;
  const active = sortedBy === sortKey;
  const Icon = column.sortDirection === 'ascending' ? IconSortAscending : IconSortDescending;
  return (
    <UnstyledButton
      onClick={() => onSort(sortKey)}
      fw={active ? 700 : 600}
      fz="sm"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, textAlign: 'inherit' }}
    >
      <span>{column.header}</span>
      {active && <Icon size={14} aria-hidden style={{ flexShrink: 0 }} />}
    </UnstyledButton>
  );
}

/** A list page's table: toolbar, loading / error / empty states and cursor pagination. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, rows } = props;
  const { t } = useLingui();
  const phone = useMediaQuery(PHONE_QUERY);
  let body: ReactNode;
  if (props.error && !rows?.length) {
    body = (
      <Box p="md">
        <ErrorState error={props.error} onRetry={props.onRetry} />
      </Box>
    );
  } else if (props.isLoading && !rows) {
    body = <LoadingState />;
  } else if (!rows || rows.length === 0) {
    body = (
      <EmptyState title={props.emptyTitle ?? t`Nothing here yet`} action={props.emptyAction}>
        {props.emptyText}
      </EmptyState>
    );
  } else if (phone) {
    body = <RowCards label={props.label} columns={columns} rows={rows} rowKey={props.rowKey} />;
  } else {
    body = (
      <Table.ScrollContainer minWidth={props.minWidth ?? 640}>
        <Table
          highlightOnHover
          verticalSpacing="sm"
          horizontalSpacing={props.dense ? 'xs' : 'md'}
          aria-label={props.label}
          layout="fixed"
        >
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  w={c.width}
                  ta={c.align}
                  visibleFrom={c.hideOnMobile ? 'sm' : undefined}
                  aria-sort={
                    c.sortKey && props.sortedBy === c.sortKey ? (c.sortDirection ?? 'descending') : undefined
                  }
                >
                  <HeaderCell column={c} sortedBy={props.sortedBy} onSort={props.onSort} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={props.rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td
                    key={c.key}
                    ta={c.align}
                    visibleFrom={c.hideOnMobile ? 'sm' : undefined}
                    style={{ whiteSpace: c.nowrap ? 'nowrap' : undefined, overflowWrap: 'anywhere' }}
                  >
                    {c.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="md">
      {props.toolbar && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          {props.toolbar}
        </Group>
      )}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {body}
      </Paper>
      {(props.footer || props.hasNextPage) && rows && rows.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {props.footer}
          </Text>
          {props.hasNextPage && props.onLoadMore && (
            <Center>
              <Button variant="default" onClick={props.onLoadMore} loading={props.isFetchingNextPage}>
                <Trans>Load more</Trans>
              </Button>
            </Center>
          )}
        </Group>
      )}
    </Stack>
  );
}
