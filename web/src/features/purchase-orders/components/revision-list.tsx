import { Badge, Blockquote, Box, Button, Group, Stack, Table, Text, Timeline } from '@mantine/core';
import {
  IconArrowRight,
  IconGitCommit,
  IconHistory,
  IconMinus,
  IconPencil,
  IconPlus,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatDateTime, formatRelative } from '@/lib/format';
import type { PurchaseOrderRevision } from '../api/list-revisions';

/** Labels of an order's fields in a revision's diff, in the order they are listed. */
export const ORDER_FIELD_LABELS: Record<string, string> = {
  supplierId: 'Supplier',
  currency: 'Currency',
  exchangeRate: 'Exchange rate',
  exchangeRateDate: 'Rate date',
  paymentTermsNetDays: 'Payment terms (net days)',
  earlyPaymentDiscountPercent: 'Early-payment discount %',
  earlyPaymentDiscountDays: 'Discount days',
  incoterms: 'Incoterms',
  incotermsPlace: 'Incoterms place',
  shipTo: 'Ship to',
  billTo: 'Bill to',
  buyerId: 'Buyer',
  departmentId: 'Department',
  costCentreId: 'Cost centre',
  orderDate: 'Order date',
  expectedDeliveryDate: 'Expected delivery',
  notes: 'Notes',
  terms: 'Terms',
  subtotal: 'Subtotal',
  taxTotal: 'Tax',
  total: 'Total',
  totalBase: 'Total in base currency',
  itemId: 'Item',
  description: 'Description',
  quantity: 'Quantity',
  unitCode: 'Unit',
  unitPrice: 'Unit price',
  discountPercent: 'Discount %',
  taxRate: 'Tax rate %',
  netAmount: 'Net amount',
  taxAmount: 'Tax amount',
  neededBy: 'Needed by',
  quantityShortClosed: 'Short-closed',
  sources: 'Requisition lines',
  status: 'Status',
};

const rank = (field: string) => {
  const keys = Object.keys(ORDER_FIELD_LABELS);
  const i = keys.indexOf(field);
  return i < 0 ? keys.length : i;
};

/** Custom display of a field's value (ids as names …); undefined for the default. */
export type FormatDiffValue = (field: string, value: unknown) => ReactNode | undefined;

function plain(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (field === 'sources' && Array.isArray(value))
    return `${value.length} ${value.length === 1 ? 'line' : 'lines'}`;
  if (Array.isArray(value)) return value.map((v) => plain(field, v)).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('line1' in o)
      return [o.line1, o.line2, [o.postalCode, o.city].filter(Boolean).join(' '), o.region, o.country]
        .filter(Boolean)
        .join(', ');
    return Object.entries(o)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${ORDER_FIELD_LABELS[k] ?? k}: ${plain(k, v)}`)
      .join(', ');
  }
  return String(value);
}

function Value({ field, value, format }: { field: string; value: unknown; format?: FormatDiffValue }) {
  const custom = value === null || value === undefined ? undefined : format?.(field, value);
  if (custom !== undefined && custom !== null) return <>{custom}</>;
  const text = plain(field, value);
  if (!text)
    return (
      <Text span size="sm" c="dimmed" fs="italic">
        empty
      </Text>
    );
  return (
    <Text span size="sm" lineClamp={3} title={text} style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

function ChangesTable({
  label,
  changes,
  format,
}: {
  label: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  format?: FormatDiffValue;
}) {
  const rows = Object.entries(changes).sort(([a], [b]) => rank(a) - rank(b));
  return (
    <Table
      withRowBorders={false}
      verticalSpacing={2}
      horizontalSpacing="xs"
      layout="fixed"
      aria-label={label}
    >
      <Table.Tbody>
        {rows.map(([field, change]) => (
          <Table.Tr key={field}>
            <Table.Td w={190} c="dimmed" fz="sm" style={{ verticalAlign: 'top' }}>
              {ORDER_FIELD_LABELS[field] ?? field}
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Group gap={8} wrap="nowrap" align="flex-start">
                <Box c="dimmed" style={{ minWidth: 0 }}>
                  <Value field={field} value={change.before} format={format} />
                </Box>
                <IconArrowRight size={14} style={{ flex: 'none', marginTop: 3 }} aria-label="changed to" />
                <Box style={{ minWidth: 0 }}>
                  <Value field={field} value={change.after} format={format} />
                </Box>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function lineSummary(line: Record<string, unknown>, format?: FormatDiffValue): ReactNode {
  return (
    <>
      <Text span size="sm" fw={500}>
        {String(line.description ?? '')}
      </Text>
      <Text span size="sm" c="dimmed">
        {' '}
        · {String(line.quantity ?? '')} {String(line.unitCode ?? '')} × {String(line.unitPrice ?? '')}
        {line.discountPercent && line.discountPercent !== '0' ? `, −${String(line.discountPercent)}%` : ''}
        {line.itemId ? ' · ' : ''}
      </Text>
      {line.itemId ? <Value field="itemId" value={line.itemId} format={format} /> : null}
    </>
  );
}

/** One change order: what changed in the header, and line by line. */
export function RevisionDiff({
  revision,
  format,
}: {
  revision: PurchaseOrderRevision;
  format?: FormatDiffValue;
}) {
  const { header, lines } = revision.changes;
  const headerCount = Object.keys(header).length;
  return (
    <Stack gap={6}>
      {headerCount > 0 && (
        <ChangesTable
          label={`Revision ${revision.revision}: header changes`}
          changes={header}
          format={format}
        />
      )}
      {lines.added.map((l) => (
        <Group key={`added-${String(l.lineNo)}`} gap={6} wrap="nowrap" align="flex-start">
          <Badge size="sm" color="teal" variant="light" radius="sm" leftSection={<IconPlus size={10} />}>
            Line {String(l.lineNo)}
          </Badge>
          <Text size="sm">Added: {lineSummary(l, format)}</Text>
        </Group>
      ))}
      {lines.removed.map((l) => (
        <Group key={`removed-${String(l.lineNo)}`} gap={6} wrap="nowrap" align="flex-start">
          <Badge size="sm" color="red" variant="light" radius="sm" leftSection={<IconMinus size={10} />}>
            Line {String(l.lineNo)}
          </Badge>
          <Text size="sm" td="line-through" c="dimmed">
            {lineSummary(l, format)}
          </Text>
        </Group>
      ))}
      {lines.changed.map((c) => (
        <Stack key={`changed-${c.lineNo}`} gap={2}>
          <Badge size="sm" color="blue" variant="light" radius="sm" leftSection={<IconPencil size={10} />}>
            Line {c.lineNo}
          </Badge>
          <Box pl="md">
            <ChangesTable
              label={`Revision ${revision.revision}: line ${c.lineNo} changes`}
              changes={c.changes}
              format={format}
            />
          </Box>
        </Stack>
      ))}
      {headerCount === 0 && lines.added.length + lines.removed.length + lines.changed.length === 0 && (
        <Text size="sm" c="dimmed">
          No differences recorded.
        </Text>
      )}
    </Stack>
  );
}

/** The change orders of a purchase order, newest first, each with its field-by-field and line-by-line diff. */
export function RevisionList(props: {
  revisions: PurchaseOrderRevision[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  format?: FormatDiffValue;
}) {
  const { revisions } = props;
  if (props.error && !revisions?.length)
    return <ErrorState error={props.error} onRetry={props.onRetry} title="Could not load the revisions" />;
  if (props.isLoading && !revisions) return <LoadingState label="Loading revisions…" />;
  if (!revisions || revisions.length === 0)
    return (
      <EmptyState title="No revisions">
        Changes made after approval are recorded here as revisions, each with what changed.
      </EmptyState>
    );
  return (
    <Stack gap="md">
      <Timeline bulletSize={22} lineWidth={2}>
        {revisions.map((r) => (
          <Timeline.Item key={r.revision} bullet={<IconGitCommit size={12} />}>
            <Group gap={6} wrap="wrap" align="baseline">
              <Text fw={600} size="sm">
                Revision {r.revision}
              </Text>
              {r.createdByName && (
                <Text size="sm" c="dimmed">
                  by {r.createdByName}
                </Text>
              )}
              <Text size="sm" c="dimmed" component="time" dateTime={r.createdAt.toISOString()}>
                · {formatRelative(r.createdAt)} ({formatDateTime(r.createdAt)})
              </Text>
              {r.requiresApproval && (
                <Badge size="sm" color="yellow" variant="light" radius="sm">
                  Went back for approval
                </Badge>
              )}
            </Group>
            {r.approvalExplanation && (
              <Text size="sm" mt={4} c={r.requiresApproval ? 'yellow' : 'dimmed'}>
                {r.approvalExplanation}
              </Text>
            )}
            {r.reason && (
              <Blockquote p="xs" mt={6} color="gray" iconSize={0} fz="sm">
                <Text span size="sm" fw={500}>
                  Reason:
                </Text>{' '}
                {r.reason}
              </Blockquote>
            )}
            <Box mt={6}>
              <RevisionDiff revision={r} format={props.format} />
            </Box>
          </Timeline.Item>
        ))}
      </Timeline>
      {props.hasNextPage && (
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconHistory size={14} />}
            onClick={props.onLoadMore}
            loading={props.isFetchingNextPage}
          >
            Show older revisions
          </Button>
        </Group>
      )}
    </Stack>
  );
}
