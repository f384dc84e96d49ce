import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { SectionCard } from '@/components/detail-section';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { InboxBudgetBadge } from '@/features/approvals/components/inbox-budget-badge';
import {
  type ApprovalInboxItem,
  type BulkApproveItem,
  type BulkApproveResult,
  useApprovalInbox,
  useBulkApprove,
} from '@/features/approvals/queries';
import { useSettings } from '@/features/organisation/queries';
import { errorMessage } from '@/lib/api';
import { formatDateTime, formatMoney, formatRelative } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

const TYPE_LABELS: Record<ApprovalInboxItem['documentType'], MessageDescriptor> = {
  requisition: msg`Requisition`,
  purchase_order: msg`Purchase order`,
  purchase_order_revision: msg`PO revision`,
  invoice_variance: msg`Invoice variance`,
};

const PATHS: Record<ApprovalInboxItem['documentType'], string> = {
  requisition: '/requisitions',
  purchase_order: '/purchase-orders',
  purchase_order_revision: '/purchase-orders',
  invoice_variance: '/invoices',
};

const pathOf = (item: ApprovalInboxItem) => `${PATHS[item.documentType]}/${item.documentId}`;

/** A PO revision is approved as its purchase order. */
const bulkItemOf = (item: ApprovalInboxItem): BulkApproveItem => ({
  documentType: item.documentType === 'purchase_order_revision' ? 'purchase_order' : item.documentType,
  id: item.documentId,
  version: item.version,
});

/** Whether an approval decided the document (not only the approver's step): an invoice variance leaves its exception. */
const documentDecided = (item: ApprovalInboxItem, status: string | undefined) =>
  item.documentType === 'invoice_variance'
    ? status !== undefined && status !== 'exception'
    : status === 'approved';

const keyOf = (item: ApprovalInboxItem) => `${item.documentId}:${item.stepId}`;

function Waiting({ since }: { since: Date }) {
  const days = (Date.now() - since.getTime()) / 86_400_000;
  return (
    <Tooltip label={formatDateTime(since)}>
      <Text size="sm" c={days >= 3 ? 'orange' : 'dimmed'} fw={days >= 3 ? 600 : undefined}>
        {formatRelative(since)}
      </Text>
    </Tooltip>
  );
}

type Outcome = { item: ApprovalInboxItem; result: BulkApproveResult };

function BulkOutcome({ outcomes, onClose }: { outcomes: Outcome[]; onClose: () => void }) {
  const { t } = useLingui();
  const failed = outcomes.filter((o) => !o.result.ok);
  const approved = outcomes.length - failed.length;
  const total = outcomes.length;
  return (
    <Alert
      color={failed.length ? (approved ? 'yellow' : 'red') : 'green'}
      title={t`${approved} of ${total} approved`}
      withCloseButton
      onClose={onClose}
      role="status"
    >
      <List size="sm" spacing={4}>
        {outcomes.map(({ item, result }) => {
          const detail = result.ok ? null : (result.detail ?? `HTTP ${result.httpStatus ?? '?'}`);
          return (
            <List.Item key={keyOf(item)}>
              <Text span size="sm" ff="monospace" fw={500}>
                {item.number}
              </Text>{' '}
              {result.ok ? (
                <Text span size="sm" c="green">
                  {documentDecided(item, result.status) ? (
                    <Trans>approved — the document is now approved</Trans>
                  ) : (
                    <Trans>approved — your step is done, the document waits for the next one</Trans>
                  )}
                </Text>
              ) : (
                <Text span size="sm" c="red">
                  <Trans>not approved: {detail}</Trans>
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}

export function ApprovalsPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Awaiting my approval`);
  const inbox = useApprovalInbox();
  const baseCurrency = useSettings().data?.baseCurrency;
  const bulk = useBulkApprove();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [comment, setComment] = useState('');
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);

  // The server answers oldest first; sorting again keeps that promise whatever the page holds.
  const rows = inbox.data?.items.slice().sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime());
  const chosen = rows?.filter((r) => selected.has(keyOf(r))) ?? [];
  const allChosen = !!rows?.length && chosen.length === rows.length;

  const toggle = (key: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const approveSelected = () => {
    const items = chosen;
    bulk.mutate(
      { items: items.map(bulkItemOf), comment },
      {
        onSuccess: (results) => {
          const matched = results.map((result, i) => ({
            item: items.find((it) => it.documentId === result.id) ?? items[i]!,
            result,
          }));
          setOutcomes(matched);
          setSelected(new Set());
          setComment('');
        },
        onError: (err) =>
          notifications.show({ color: 'red', title: t`Nothing was approved`, message: errorMessage(err) }),
      },
    );
  };

  const columns: Column<ApprovalInboxItem>[] = [
    {
      key: 'select',
      header: (
        <Checkbox
          aria-label={t`Select all`}
          checked={allChosen}
          indeterminate={chosen.length > 0 && !allChosen}
          onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows?.map(keyOf)) : new Set())}
        />
      ),
      width: 44,
      phone: 'lead',
      render: (r) => {
        const number = r.number;
        return (
          <Checkbox
            aria-label={t`Select ${number}`}
            checked={selected.has(keyOf(r))}
            onChange={(e) => toggle(keyOf(r), e.currentTarget.checked)}
          />
        );
      },
    },
    {
      key: 'number',
      header: t`Document`,
      width: 150,
      render: (r) => (
        <Stack gap={0}>
          <Anchor component={Link} to={pathOf(r)} ff="monospace" size="sm" fw={500}>
            {r.number}
          </Anchor>
          <Text size="xs" c="dimmed">
            {i18n._(TYPE_LABELS[r.documentType])}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'supplier',
      header: t`Supplier / requester`,
      render: (r) => {
        const requester = r.requesterName;
        return (
          <Stack gap={0}>
            <Text size="sm" fw={500} lineClamp={2}>
              {r.supplierName ?? '—'}
            </Text>
            {r.requesterName && (
              <Text size="xs" c="dimmed">
                <Trans>by {requester}</Trans>
              </Text>
            )}
          </Stack>
        );
      },
    },
    {
      key: 'total',
      header: t`Total`,
      width: 140,
      phone: 'aside',
      align: 'right',
      nowrap: true,
      render: (r) => (
        <Stack gap={0} align="flex-end">
          <Text size="sm" ff="monospace" fw={500}>
            {r.total && r.currency ? formatMoney(r.total, r.currency) : '—'}
          </Text>
          {r.totalBase && baseCurrency && r.currency !== baseCurrency && (
            <Text size="xs" c="dimmed" ff="monospace">
              {formatMoney(r.totalBase, baseCurrency)}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'budget',
      header: t`Budget`,
      width: 150,
      render: (r) => <InboxBudgetBadge budget={r.budget} baseCurrency={baseCurrency} />,
    },
    {
      key: 'step',
      header: t`Step`,
      width: '28%',
      hideOnMobile: true,
      render: (r) => (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {r.stepName}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2} title={r.explanation}>
            {r.explanation}
          </Text>
          {r.details.length > 0 && (
            <List size="xs" spacing={0} aria-label={t`What is decided`}>
              {r.details.map((d) => (
                <List.Item key={d}>
                  <Text size="xs" lineClamp={2} title={d}>
                    {d}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
          {r.onBehalfOfUserId && (
            <Badge size="xs" variant="light" color="grape" w="fit-content">
              <Trans>as delegate</Trans>
            </Badge>
          )}
        </Stack>
      ),
    },
    {
      key: 'waiting',
      header: t`Waiting since`,
      width: 160,
      render: (r) => <Waiting since={r.waitingSince} />,
    },
  ];

  const count = rows?.length ?? 0;
  const selectedCount = chosen.length;
  return (
    <>
      <PageHeader
        title={t`Awaiting my approval`}
        description={
          rows
            ? count === 0
              ? t`Nothing is waiting for you.`
              : t`${plural(count, {
                  one: '# document is waiting, oldest first.',
                  other: '# documents are waiting, oldest first.',
                })}`
            : t`Requisitions, purchase orders and invoice variances waiting for your decision, oldest first.`
        }
        actions={
          count ? <ExportMenu path="/approvals/inbox" filter={{}} fileStem="approval-inbox" /> : undefined
        }
      />
      <Stack gap="lg">
        {outcomes && <BulkOutcome outcomes={outcomes} onClose={() => setOutcomes(null)} />}
        <SectionCard
          title={rows ? t`Inbox (${count})` : t`Inbox`}
          description={t`The steps waiting for you, or for someone you stand in for. Review one, or approve several at once.`}
        >
          <DataTable
            label={t`Documents awaiting my approval`}
            columns={columns}
            rows={rows}
            rowKey={keyOf}
            isLoading={inbox.isPending}
            error={inbox.error}
            onRetry={() => void inbox.refetch()}
            emptyTitle={t`Nothing is waiting for you`}
            emptyText={t`Documents whose current approval step names you appear here.`}
            toolbar={
              count > 0 ? (
                <Group align="flex-end" gap="sm" wrap="wrap" style={{ flex: 1 }}>
                  <Textarea
                    label={t`Comment (optional)`}
                    placeholder={t`Recorded with each approval`}
                    autosize
                    minRows={1}
                    maxRows={3}
                    maxLength={2000}
                    value={comment}
                    onChange={(e) => setComment(e.currentTarget.value)}
                    style={{ flex: 1, minWidth: 220 }}
                  />
                  <Button
                    leftSection={<IconChecks size={16} />}
                    disabled={chosen.length === 0}
                    loading={bulk.isPending}
                    onClick={approveSelected}
                  >
                    {selectedCount ? (
                      <Trans>Approve selected ({selectedCount})</Trans>
                    ) : (
                      <Trans>Approve selected</Trans>
                    )}
                  </Button>
                </Group>
              ) : undefined
            }
          />
        </SectionCard>
      </Stack>
    </>
  );
}
