import {
  REQUISITION_STATUSES,
  type RequisitionStatus,
  type RequisitionSummary,
} from '@contracts/requisitions';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Checkbox, SegmentedControl, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { BulkCancelDrafts, usePicked } from '@/components/draft-selection';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { RequisitionTable } from '@/features/requisitions/components/requisition-table';
import { transitionRequisition, useRequisitions } from '@/features/requisitions/queries';
import { REQUISITION_STATUS_LABELS } from '@/features/requisitions/requisition-format';
import { SavedViewsMenu } from '@/features/saved-views/components/saved-views-menu';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['q', 'status', 'view', 'returned'] as const;

function asStatus(value: string): RequisitionStatus | undefined {
  return (REQUISITION_STATUSES as readonly string[]).includes(value)
    ? (value as RequisitionStatus)
    : undefined;
}

/** "My requisitions", and for those who may see them, everyone's (?view=all). */
export function RequisitionsPage() {
  const { t, i18n } = useLingui();
  const can = useCan();
  const statusOptions = REQUISITION_STATUSES.map((s) => ({
    value: s,
    label: i18n._(REQUISITION_STATUS_LABELS[s]),
  }));
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  // Approvers, buyers and auditors see every requisition; requesters their own and their department's.
  const seesAll = can('requisitions:approve') || can('workbench:use') || can('audit:read');
  const all = filters.view === 'all';
  const title = all ? (seesAll ? t`All requisitions` : t`Department requisitions`) : t`My requisitions`;
  usePageTitle(title);
  const filter = {
    q: filters.q || undefined,
    status: asStatus(filters.status),
    mine: all ? undefined : ('true' as const),
    returned: filters.returned === 'true' ? ('true' as const) : undefined,
  };
  const query = useRequisitions(filter);
  const requisitions = query.data?.pages.flatMap((p) => p.items);
  // The user's own drafts picked for "Cancel N drafts…"; kept only while they are on screen.
  const { data: me } = useMe();
  const ownDraft = (r: RequisitionSummary) =>
    r.status === 'draft' && !!me && (r.requesterId === me.user.id || r.createdBy === me.user.id);
  const { picked, selection, clear } = usePicked(ownDraft);
  const pickedDrafts = (requisitions ?? []).filter((r) => picked.has(r.id) && ownDraft(r));
  const newButton = can('requisitions:write') ? (
    <Button component={Link} to="/requisitions/new" leftSection={<IconPlus size={16} />}>
      <Trans>New requisition</Trans>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={title}
        description={
          all
            ? seesAll
              ? t`Every requisition in the organisation, newest first.`
              : t`Your requisitions and your department’s, newest first.`
            : t`What you asked to be bought, and how far each request has got.`
        }
        actions={
          <>
            <SavedViewsMenu list="requisitions" />
            <ExportMenu path="/requisitions" filter={filter} fileStem="requisitions" />
            {newButton}
          </>
        }
      />
      <RequisitionTable
        requisitions={requisitions}
        selection={can('requisitions:write') ? selection : undefined}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={!!(filter.q || filter.status || filter.returned)}
        showRequester={all}
        emptyTitle={
          !all && !filter.q && !filter.status && !filter.returned
            ? t`You have not raised a requisition yet`
            : undefined
        }
        emptyAction={newButton}
        toolbar={
          <>
            <BulkCancelDrafts
              documents={pickedDrafts}
              subject="requisition"
              cancel={(r, reason) =>
                transitionRequisition({ id: r.id, version: r.version, action: 'cancel', text: reason })
              }
              onDone={clear}
            />
            <SegmentedControl
              aria-label={t`Whose requisitions`}
              value={all ? 'all' : 'mine'}
              onChange={(v) => setFilters({ view: v === 'all' ? 'all' : null })}
              data={[
                { value: 'mine', label: t`Mine` },
                { value: 'all', label: seesAll ? t`All` : t`My department` },
              ]}
            />
            <SearchInput
              label={t`Search requisitions`}
              placeholder={t`Search number, justification or line`}
              value={filters.q}
              onChange={(q) => setFilters({ q })}
            />
            <Select
              aria-label={t`Status`}
              placeholder={t`All statuses`}
              data={statusOptions}
              value={filter.status ?? null}
              onChange={(status) => setFilters({ status })}
              clearable
              w={190}
            />
            <Checkbox
              label={t`Sent back for changes`}
              checked={!!filter.returned}
              onChange={(e) => setFilters({ returned: e.currentTarget.checked ? 'true' : null })}
              mb={8}
            />
          </>
        }
      />
    </>
  );
}
