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
import { PageHeader } from '@/components/page-header';
import {
  type BulkApproveItem,
  type BulkApproveResult,
  useBulkApprove,
} from '@/features/approvals/api/bulk-approve';
import { type ApprovalInboxItem, useApprovalInbox } from '@/features/approvals/api/list-approval-inbox';
import { InboxBudgetBadge } from '@/features/approvals/components/inbox-budget-badge';
import { useSettings } from '@/features/organisation/api/get-settings';
import { errorMessage } from '@/lib/api';
import { formatDateTime, formatMoney, formatRelative } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

const TYPE_LABELS: Record<ApprovalInboxItem['documentType'], string> = {
  requisition: 'Requisition',
  purchase_order: 'Purchase order',
  purchase_order_revision: 'PO revision',
};

const pathOf = (item: ApprovalInboxItem) =>
  item.documentType === 'requisition'
    ? `/requisitions/${item.documentId}`
    : `/purchase-orders/${item.documentId}`;

/** A PO revision is approved as its purchase order. */
const bulkItemOf = (item: ApprovalInboxItem): BulkApproveItem => ({
  documentType: item.documentType === 'requisition' ? 'requisition' : 'purchase_order',
  id: item.documentId,
  version: item.version,
});

const keyOf = (item: ApprovalInboxItem) => `${item.documentId}:${item.stepId}`;

function Waiting({ since }: { since: Date }) {
  const days = (Date.now() - since.getTime()) / 86_400_000;
  return (
    <Tooltip label={formatDateTime(since)}>
      <Text
        size="sm"
        c={days >= 3 ? 'orange' : 'dimmed'}
        fw={days >= 3 ? 600 : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        {formatRelative(since)}
      </Text>
    </Tooltip>
  );
}

type Outcome = { item: ApprovalInboxItem; result: BulkApproveResult };

function BulkOutcome({ outcomes, onClose }: { outcomes: Outcome[]; onClose: () => void }) {
  const failed = outcomes.filter((o) => !o.result.ok);
  const approved = outcomes.length - failed.length;
  return (
    <Alert
      color={failed.length ? (approved ? 'yellow' : 'red') : 'green'}
      title={`${approved} of ${outcomes.length} approved`}
      withCloseButton
      onClose={onClose}
      role="status"
    >
      <List size="sm" spacing={4}>
        {outcomes.map(({ item, result }) => (
          <List.Item key={keyOf(item)}>
            <Text span size="sm" ff="monospace" fw={500}>
              {item.number}
            </Text>{' '}
            {result.ok ? (
              <Text span size="sm" c="green">
                {result.status === 'approved'
                  ? 'approved — the document is now approved'
                  : 'approved — your step is done, the document waits for the next one'}
              </Text>
            ) : (
              <Text span size="sm" c="red">
                not approved: {result.detail ?? `HTTP ${result.httpStatus ?? '?'}`}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function ApprovalsPage() {
  usePageTitle('Awaiting my approval');
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
          notifications.show({ color: 'red', title: 'Nothing was approved', message: errorMessage(err) }),
      },
    );
  };

  const columns: Column<ApprovalInboxItem>[] = [
    {
      key: 'select',
      header: (
        <Checkbox
          aria-label="Select all"
          checked={allChosen}
          indeterminate={chosen.length > 0 && !allChosen}
          onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows?.map(keyOf)) : new Set())}
        />
      ),
      width: 44,
      phone: 'lead',
      render: (r) => (
        <Checkbox
          aria-label={`Select ${r.number}`}
          checked={selected.has(keyOf(r))}
          onChange={(e) => toggle(keyOf(r), e.currentTarget.checked)}
        />
      ),
    },
    {
      key: 'number',
      header: 'Document',
      width: 150,
      render: (r) => (
        <Stack gap={0}>
          <Anchor component={Link} to={pathOf(r)} ff="monospace" size="sm" fw={500}>
            {r.number}
          </Anchor>
          <Text size="xs" c="dimmed">
            {TYPE_LABELS[r.documentType]}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'supplier',
      header: 'Supplier / requester',
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm" fw={500} lineClamp={2}>
            {r.supplierName ?? '—'}
          </Text>
          {r.requesterName && (
            <Text size="xs" c="dimmed">
              by {r.requesterName}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'total',
      header: 'Total',
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
      header: 'Budget',
      width: 150,
      render: (r) => <InboxBudgetBadge budget={r.budget} baseCurrency={baseCurrency} />,
    },
    {
      key: 'step',
      header: 'Step',
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
          {r.onBehalfOfUserId && (
            <Badge size="xs" variant="light" color="grape" w="fit-content">
              as delegate
            </Badge>
          )}
        </Stack>
      ),
    },
    {
      key: 'waiting',
      header: 'Waiting since',
      width: 160,
      render: (r) => <Waiting since={r.waitingSince} />,
    },
  ];

  const count = rows?.length ?? 0;
  return (
    <>
      <PageHeader
        title="Awaiting my approval"
        description={
          rows
            ? count === 0
              ? 'Nothing is waiting for you.'
              : `${count} ${count === 1 ? 'document is' : 'documents are'} waiting, oldest first.`
            : 'Requisitions and purchase orders waiting for your decision, oldest first.'
        }
      />
      <Stack gap="lg">
        {outcomes && <BulkOutcome outcomes={outcomes} onClose={() => setOutcomes(null)} />}
        <SectionCard
          title={`Inbox${rows ? ` (${count})` : ''}`}
          description="The steps waiting for you, or for someone you stand in for. Review one, or approve several at once."
        >
          <DataTable
            label="Documents awaiting my approval"
            columns={columns}
            rows={rows}
            rowKey={keyOf}
            isLoading={inbox.isPending}
            error={inbox.error}
            onRetry={() => void inbox.refetch()}
            emptyTitle="Nothing is waiting for you"
            emptyText="Documents whose current approval step names you appear here."
            toolbar={
              count > 0 ? (
                <Group align="flex-end" gap="sm" wrap="wrap" style={{ flex: 1 }}>
                  <Textarea
                    label="Comment (optional)"
                    placeholder="Recorded with each approval"
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
                    Approve selected{chosen.length ? ` (${chosen.length})` : ''}
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
