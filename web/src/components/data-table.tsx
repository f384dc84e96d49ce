import { Box, Button, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
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
};

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
};

/** A list page's table: toolbar, loading / error / empty states and cursor pagination. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, rows } = props;
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
      <EmptyState title={props.emptyTitle ?? 'Nothing here yet'} action={props.emptyAction}>
        {props.emptyText}
      </EmptyState>
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={props.minWidth ?? 640}>
        <Table
          highlightOnHover
          verticalSpacing="sm"
          horizontalSpacing="md"
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
                >
                  {c.header}
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
                Load more
              </Button>
            </Center>
          )}
        </Group>
      )}
    </Stack>
  );
}
