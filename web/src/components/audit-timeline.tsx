import type { AuditEntry } from '@contracts/audit';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Anchor,
  Badge,
  Blockquote,
  Box,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Timeline,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowRight,
  IconCircleCheck,
  IconEdit,
  IconHistory,
  IconPlus,
  IconShieldLock,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatCount, formatDateTime, formatRelative } from '@/lib/format';
import { EmptyState, ErrorState, LoadingState } from './states';

export type { AuditEntry };

const ACTION_LABELS: Record<string, MessageDescriptor> = {
  create: msg`Created`,
  update: msg`Updated`,
  delete: msg`Deleted`,
  revoke: msg`Revoked`,
  change_password: msg`Changed their password`,
  change_preferences: msg`Changed their language or locale`,
  'status:active': msg`Activated`,
  'status:on_hold': msg({ message: 'Put on hold', context: 'event' }),
  'status:blocked': msg`Blocked`,
  submit: msg`Submitted`,
  approve: msg`Approved`,
  reject: msg`Rejected`,
  cancel: msg`Cancelled`,
  close: msg`Closed`,
  hold: msg({ message: 'Put on hold', context: 'event' }),
  release: msg`Released from hold`,
  short_close: msg`Short-closed`,
  rematch: msg`Matched again`,
  accept: msg`Variances accepted`,
  submit_variance: msg`Variances submitted for approval`,
  'approve_variance:step': msg`Variances approved on a step`,
  reject_variance: msg`Variance acceptance rejected`,
  request_credit_note: msg`Credit note requested`,
  send: msg`Sent to the supplier`,
  acknowledge: msg`Acknowledged by the supplier`,
  supplier_response: msg`The supplier answered`,
  accept_supplier_proposal: msg`Accepted the supplier’s proposal`,
  decline_supplier_proposal: msg`Declined the supplier’s proposal`,
  ship_notice: msg`Ship notice`,
  goods_receipt: msg`Goods received`,
  receipt_reversal: msg`Receipt reversed`,
  inspection: msg`Inspected`,
  supplier_return: msg`Returned to the supplier`,
  receive: msg`Receiving moved the order`,
  send_cancellation: msg`Cancellation sent to the supplier`,
  send_closure: msg`Closing notice sent to the supplier`,
  dispatch_ready: msg`Documents of the send kept, as sent`,
  revise: msg`Changed after approval (new revision)`,
  'ordered-quantities': msg`Ordered quantities changed`,
  attachment_added: msg`Attached a file`,
  attachment_removed: msg`Removed a file`,
  comment_added: msg`Commented`,
};

/** A field's label as a page gives it: a text, or a message to show in the user's language. */
export type FieldLabel = string | MessageDescriptor;

/** The page's label of a field in the user's language, or one made of its name. */
function fieldLabelText(i18n: I18n, labels: Record<string, FieldLabel> | undefined, field: string): string {
  const label = labels?.[field];
  if (label === undefined) return humaniseField(field);
  return typeof label === 'string' ? label : i18n._(label);
}

type Described = Record<string, unknown> | null | undefined;
const described = (changes: AuditEntry['changes'], field: string, side: 'before' | 'after'): Described =>
  (changes[field]?.[side] as Described) ?? null;

/**
 * Entries better told in a sentence than as a table of fields: a file attached or removed (its
 * name, size and fingerprint), a comment (its text).
 */
function entrySummary(i18n: I18n, entry: AuditEntry): ReactNode | null {
  switch (entry.action) {
    case 'attachment_added':
    case 'attachment_removed': {
      const file = described(
        entry.changes,
        'attachment',
        entry.action === 'attachment_added' ? 'after' : 'before',
      );
      if (!file) return null;
      const bytes = typeof file.sizeBytes === 'number' ? formatCount(file.sizeBytes) : null;
      return (
        <Text size="sm" mt={4}>
          {String(file.fileName ?? '')}
          <Text span size="xs" c="dimmed">
            {bytes !== null && `, ${i18n._(msg`${bytes} bytes`)}`} · {'SHA-256'}{' '}
            {String(file.sha256 ?? '').slice(0, 12)}…
          </Text>
        </Text>
      );
    }
    case 'send':
    case 'send_cancellation':
    case 'send_closure':
    case 'dispatch_ready': {
      // The files exactly as they were sent, to download from the send they belong to.
      const sent = described(entry.changes, 'dispatch', 'after');
      if (!sent || typeof sent.id !== 'string' || entry.entityType !== 'purchase_order') return null;
      const files = Array.isArray(sent.files)
        ? (sent.files as { fileName?: unknown; sha256?: unknown }[])
        : [];
      const recipients = Array.isArray(sent.recipients) ? sent.recipients.map(String).join(', ') : '';
      return (
        <Stack gap={2} mt={4}>
          {recipients && (
            <Text size="sm">
              {i18n._(msg`To`)} {recipients}
            </Text>
          )}
          <Group gap="xs">
            {files.map((f) => {
              const name = String(f.fileName ?? '');
              const role = name.endsWith('.pdf') ? 'pdf' : name.endsWith('.eml') ? 'message' : 'ubl';
              return (
                <Anchor
                  key={name}
                  size="sm"
                  href={`/api/v1/purchase-orders/${entry.entityId}/dispatches/${String(sent.id)}/files/${role}`}
                  download={name}
                >
                  {name}
                </Anchor>
              );
            })}
          </Group>
        </Stack>
      );
    }
    case 'comment_added': {
      const comment = described(entry.changes, 'comment', 'after');
      if (!comment) return null;
      return (
        <Blockquote p="xs" mt={6} color="gray" iconSize={0} fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {String(comment.body ?? '')}
        </Blockquote>
      );
    }
    default:
      return null;
  }
}

/** "status:on_hold" → "Status: on hold" when no better label is known. */
export function actionLabel(i18n: I18n, action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return i18n._(known);
  const words = action.replace(/[_:]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "paymentTermsNetDays" → "Payment terms net days". */
export function humaniseField(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function actionIcon(action: string) {
  if (action === 'create') return <IconPlus size={12} />;
  if (action.startsWith('status:')) return <IconCircleCheck size={12} />;
  if (action.includes('password') || action === 'revoke') return <IconShieldLock size={12} />;
  return <IconEdit size={12} />;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function plainValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? formatDateTime(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plainValue).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${humaniseField(k).toLowerCase()}: ${plainValue(v)}`)
      .join(', ');
  }
  return String(value);
}

function Value({ value, format }: { value: unknown; format?: (value: unknown) => ReactNode }) {
  const { t } = useLingui();
  const custom = format?.(value);
  if (custom !== undefined && custom !== null) return <>{custom}</>;
  const text = typeof value === 'boolean' ? (value ? t`yes` : t`no`) : plainValue(value);
  if (!text) {
    return (
      <Text component="span" size="sm" c="dimmed" fs="italic">
        {Array.isArray(value) ? <Trans>none</Trans> : <Trans>empty</Trans>}
      </Text>
    );
  }
  return (
    <Text component="span" size="sm" lineClamp={3} title={text} style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

/** Fields the page names first, in the order it names them; the rest alphabetically. */
function orderedChanges(changes: AuditEntry['changes'], labels: Record<string, FieldLabel> = {}) {
  const order = Object.keys(labels);
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  return Object.entries(changes).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

export type AuditTimelineProps = {
  entries: AuditEntry[] | undefined;
  isLoading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
  /**
   * Labels for the record's field names, e.g. { paymentTermsNetDays: msg`Payment terms (days)` }:
   * texts, or messages shown in the user's language; per entry where entries are of many types.
   */
  fieldLabels?: Record<string, FieldLabel> | ((entry: AuditEntry) => Record<string, FieldLabel> | undefined);
  /** Custom display of a field's value (return undefined for the default). */
  formatValue?: (field: string, value: unknown, entry: AuditEntry) => ReactNode;
  /** Show which record each entry is about (for the audit page that lists many). */
  showEntity?: boolean;
  renderEntity?: (entry: AuditEntry) => ReactNode;
};

/** Who changed what and when, newest first, with each field's value before → after. */
export function AuditTimeline(props: AuditTimelineProps) {
  const { t, i18n } = useLingui();
  const { entries } = props;
  if (props.error && !entries?.length)
    return <ErrorState error={props.error} onRetry={props.onRetry} title={t`Could not load the history`} />;
  if (props.isLoading && !entries) return <LoadingState label={t`Loading history…`} />;
  if (!entries || entries.length === 0) {
    return (
      <EmptyState title={t`No history yet`}>
        <Trans>Changes to this record will be listed here.</Trans>
      </EmptyState>
    );
  }
  return (
    <Stack gap="md">
      <Timeline bulletSize={22} lineWidth={2}>
        {entries.map((entry) => {
          const summary = entrySummary(i18n, entry);
          const labels =
            typeof props.fieldLabels === 'function' ? props.fieldLabels(entry) : props.fieldLabels;
          const changes = summary ? [] : orderedChanges(entry.changes, labels);
          const format = (field: string) => (v: unknown) => props.formatValue?.(field, v, entry);
          const isCreate = entry.action === 'create';
          const action = actionLabel(i18n, entry.action);
          const actor = entry.actorName;
          return (
            <Timeline.Item key={entry.seq} bullet={actionIcon(entry.action)}>
              <Group gap={6} wrap="wrap" align="baseline">
                <Trans>
                  <Text fw={600} size="sm">
                    {action}
                  </Text>{' '}
                  <Text size="sm" c="dimmed">
                    by
                  </Text>{' '}
                  <Text size="sm" fw={500}>
                    {actor}
                  </Text>
                </Trans>
                <Tooltip label={formatDateTime(entry.at)} withArrow>
                  <Text size="sm" c="dimmed" component="time" dateTime={entry.at.toISOString()}>
                    · {formatRelative(entry.at)} ({formatDateTime(entry.at)})
                  </Text>
                </Tooltip>
                {props.showEntity &&
                  (props.renderEntity?.(entry) ?? (
                    <Badge variant="light" color="gray" size="sm">
                      {entry.entityType}
                    </Badge>
                  ))}
              </Group>
              {entry.reason && (
                <Blockquote p="xs" mt={6} color="gray" iconSize={0} fz="sm">
                  <Text span size="sm" fw={500}>
                    <Trans>Reason:</Trans>
                  </Text>{' '}
                  {entry.reason}
                </Blockquote>
              )}
              {summary}
              {changes.length > 0 && (
                <Box mt={6}>
                  <Table
                    withRowBorders={false}
                    verticalSpacing={2}
                    horizontalSpacing="xs"
                    layout="fixed"
                    fz="sm"
                    aria-label={t`Changes: ${action}`}
                  >
                    <Table.Tbody>
                      {changes.map(([field, change]) => (
                        <Table.Tr key={field}>
                          <Table.Td
                            w={{ base: 116, sm: 180 }}
                            c="dimmed"
                            style={{ verticalAlign: 'top', overflowWrap: 'anywhere', hyphens: 'auto' }}
                          >
                            {fieldLabelText(i18n, labels, field)}
                          </Table.Td>
                          <Table.Td style={{ verticalAlign: 'top' }}>
                            {isCreate ? (
                              <Value value={change.after} format={format(field)} />
                            ) : (
                              <Group gap={8} wrap="nowrap" align="flex-start">
                                <Box
                                  // Never narrower than its longest word: a short value ("empty") beside
                                  // a long one would otherwise run into the arrow.
                                  style={{
                                    flexGrow: 0,
                                    flexShrink: 1,
                                    flexBasis: 'auto',
                                    minWidth: 'min-content',
                                  }}
                                  c="dimmed"
                                >
                                  <Value value={change.before} format={format(field)} />
                                </Box>
                                <IconArrowRight
                                  size={14}
                                  style={{ flex: 'none', marginTop: 3 }}
                                  aria-label={t`changed to`}
                                />
                                <Box style={{ flexGrow: 0, flexShrink: 1, flexBasis: 'auto', minWidth: 0 }}>
                                  <Value value={change.after} format={format(field)} />
                                </Box>
                              </Group>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Box>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
      {props.hasNextPage && props.onLoadMore && (
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconHistory size={14} />}
            onClick={props.onLoadMore}
            loading={props.isFetchingNextPage}
          >
            <Trans>Show older entries</Trans>
          </Button>
        </Group>
      )}
    </Stack>
  );
}
