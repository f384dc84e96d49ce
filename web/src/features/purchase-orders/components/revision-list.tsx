import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
import type { PurchaseOrderRevision } from '../queries';

/** Labels of an order's fields in a revision's diff, in the order they are listed. */
export const ORDER_FIELD_LABELS: Record<string, MessageDescriptor> = {
  supplierId: msg`Supplier`,
  currency: msg`Currency`,
  exchangeRate: msg`Exchange rate`,
  exchangeRateDate: msg`Rate date`,
  paymentTermsNetDays: msg`Payment terms (net days)`,
  earlyPaymentDiscountPercent: msg`Early-payment discount %`,
  earlyPaymentDiscountDays: msg`Discount days`,
  incoterms: msg`Incoterms`,
  incotermsPlace: msg`Incoterms place`,
  shipTo: msg`Ship to`,
  billTo: msg`Bill to`,
  buyerId: msg`Buyer`,
  departmentId: msg`Department`,
  costCentreId: msg`Cost centre`,
  orderDate: msg`Order date`,
  expectedDeliveryDate: msg`Expected delivery`,
  notes: msg`Notes`,
  terms: msg`Terms`,
  subtotal: msg`Subtotal`,
  taxTotal: msg`Tax`,
  total: msg`Total`,
  totalBase: msg`Total in base currency`,
  itemId: msg`Item`,
  description: msg`Description`,
  quantity: msg`Quantity`,
  unitCode: msg`Unit`,
  unitPrice: msg`Unit price`,
  discountPercent: msg`Discount %`,
  taxRate: msg`Tax rate %`,
  netAmount: msg`Net amount`,
  taxAmount: msg`Tax amount`,
  neededBy: msg`Needed by`,
  quantityShortClosed: msg`Short-closed`,
  sources: msg`Requisition lines`,
  status: msg`Status`,
};

const rank = (field: string) => {
  const keys = Object.keys(ORDER_FIELD_LABELS);
  const i = keys.indexOf(field);
  return i < 0 ? keys.length : i;
};

/** Custom display of a field's value (ids as names …); undefined for the default. */
export type FormatDiffValue = (field: string, value: unknown) => ReactNode | undefined;

/** A field's label in the current language (its key when it has none). */
function fieldLabel(i18n: I18n, field: string): string {
  const label = ORDER_FIELD_LABELS[field];
  return label ? i18n._(label) : field;
}

function plain(i18n: I18n, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (field === 'sources' && Array.isArray(value)) {
    const count = value.length;
    return i18n._(msg`${plural(count, { one: '# line', other: '# lines' })}`);
  }
  if (Array.isArray(value)) return value.map((v) => plain(i18n, field, v)).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('line1' in o)
      return [o.line1, o.line2, [o.postalCode, o.city].filter(Boolean).join(' '), o.region, o.country]
        .filter(Boolean)
        .join(', ');
    return Object.entries(o)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${fieldLabel(i18n, k)}: ${plain(i18n, k, v)}`)
      .join(', ');
  }
  return String(value);
}

function Value({ field, value, format }: { field: string; value: unknown; format?: FormatDiffValue }) {
  const { i18n } = useLingui();
  const custom = value === null || value === undefined ? undefined : format?.(field, value);
  if (custom !== undefined && custom !== null) return <>{custom}</>;
  const text = plain(i18n, field, value);
  if (!text)
    return (
      <Text span size="sm" c="dimmed" fs="italic">
        <Trans>empty</Trans>
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
  const { t, i18n } = useLingui();
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
              {fieldLabel(i18n, field)}
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Group gap={8} wrap="nowrap" align="flex-start">
                <Box c="dimmed" style={{ minWidth: 0 }}>
                  <Value field={field} value={change.before} format={format} />
                </Box>
                <IconArrowRight size={14} style={{ flex: 'none', marginTop: 3 }} aria-label={t`changed to`} />
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
  const { t } = useLingui();
  const { header, lines } = revision.changes;
  const headerCount = Object.keys(header).length;
  const rev = revision.revision;
  return (
    <Stack gap={6}>
      {headerCount > 0 && (
        <ChangesTable label={t`Revision ${rev}: header changes`} changes={header} format={format} />
      )}
      {lines.added.map((l) => {
        const lineNo = String(l.lineNo);
        const summary = lineSummary(l, format);
        return (
          <Group key={`added-${lineNo}`} gap={6} wrap="nowrap" align="flex-start">
            <Badge size="sm" color="teal" variant="light" radius="sm" leftSection={<IconPlus size={10} />}>
              <Trans>Line {lineNo}</Trans>
            </Badge>
            <Text size="sm">
              <Trans>Added: {summary}</Trans>
            </Text>
          </Group>
        );
      })}
      {lines.removed.map((l) => {
        const lineNo = String(l.lineNo);
        return (
          <Group key={`removed-${lineNo}`} gap={6} wrap="nowrap" align="flex-start">
            <Badge size="sm" color="red" variant="light" radius="sm" leftSection={<IconMinus size={10} />}>
              <Trans>Line {lineNo}</Trans>
            </Badge>
            <Text size="sm" td="line-through" c="dimmed">
              {lineSummary(l, format)}
            </Text>
          </Group>
        );
      })}
      {lines.changed.map(({ lineNo, changes }) => (
        <Stack key={`changed-${lineNo}`} gap={2}>
          <Badge size="sm" color="blue" variant="light" radius="sm" leftSection={<IconPencil size={10} />}>
            <Trans>Line {lineNo}</Trans>
          </Badge>
          <Box pl="md">
            <ChangesTable
              label={t`Revision ${rev}: line ${lineNo} changes`}
              changes={changes}
              format={format}
            />
          </Box>
        </Stack>
      ))}
      {headerCount === 0 && lines.added.length + lines.removed.length + lines.changed.length === 0 && (
        <Text size="sm" c="dimmed">
          <Trans>No differences recorded.</Trans>
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
  const { t } = useLingui();
  const { revisions } = props;
  if (props.error && !revisions?.length)
    return <ErrorState error={props.error} onRetry={props.onRetry} title={t`Could not load the revisions`} />;
  if (props.isLoading && !revisions) return <LoadingState label={t`Loading revisions…`} />;
  if (!revisions || revisions.length === 0)
    return (
      <EmptyState title={t`No revisions`}>
        <Trans>Changes made after approval are recorded here as revisions, each with what changed.</Trans>
      </EmptyState>
    );
  return (
    <Stack gap="md">
      <Timeline bulletSize={22} lineWidth={2}>
        {revisions.map((r) => {
          const { revision, createdByName } = r;
          return (
            <Timeline.Item key={revision} bullet={<IconGitCommit size={12} />}>
              <Group gap={6} wrap="wrap" align="baseline">
                <Text fw={600} size="sm">
                  <Trans>Revision {revision}</Trans>
                </Text>
                {createdByName && (
                  <Text size="sm" c="dimmed">
                    <Trans>by {createdByName}</Trans>
                  </Text>
                )}
                <Text size="sm" c="dimmed" component="time" dateTime={r.createdAt.toISOString()}>
                  · {formatRelative(r.createdAt)} ({formatDateTime(r.createdAt)})
                </Text>
                {r.requiresApproval && (
                  <Badge size="sm" color="yellow" variant="light" radius="sm">
                    <Trans>Went back for approval</Trans>
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
                    <Trans>Reason:</Trans>
                  </Text>{' '}
                  {r.reason}
                </Blockquote>
              )}
              <Box mt={6}>
                <RevisionDiff revision={r} format={props.format} />
              </Box>
            </Timeline.Item>
          );
        })}
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
            <Trans>Show older revisions</Trans>
          </Button>
        </Group>
      )}
    </Stack>
  );
}
