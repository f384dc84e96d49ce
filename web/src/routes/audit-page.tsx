import { Alert, Anchor, Badge, Button, Card, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { AuditTimeline } from '@/components/audit-timeline';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useAuditEntries } from '@/features/audit/api/list-audit-entries';
import { useVerifyAuditChain } from '@/features/audit/api/verify-audit-chain';
import { useCan } from '@/features/auth/use-can';
import { SavedViewsMenu } from '@/features/saved-views/components/saved-views-menu';
import { errorMessage } from '@/lib/api';
import { formatCount } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['entityType', 'entityId'] as const;
const ENTITY_TYPES = [
  { value: 'supplier', label: 'Suppliers' },
  { value: 'user', label: 'Users' },
  { value: 'api_token', label: 'API tokens' },
];

/** Where a record of this type is shown, if it has a page. */
function recordLink(entityType: string, entityId: string): string | null {
  if (entityType === 'supplier') return `/suppliers/${entityId}`;
  if (entityType === 'user') return `/admin/users/${entityId}`;
  return null;
}

export function AuditPage() {
  usePageTitle('Audit trail');
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const auditFilter = {
    entityType: filters.entityType || undefined,
    entityId: filters.entityId || undefined,
  };
  const query = useAuditEntries(auditFilter, { limit: 50 });
  const verify = useVerifyAuditChain();
  const report = verify.data;

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change, who made it and when. Entries are sealed into keyed checkpoints published outside the database, so an altered, removed or reordered entry is detectable."
        actions={
          <>
            <SavedViewsMenu list="audit" />
            <ExportMenu path="/audit" filter={auditFilter} fileStem="audit-trail" />
            {can('audit:verify') && (
              <Button
                variant="light"
                leftSection={<IconShieldCheck size={16} />}
                loading={verify.isPending}
                onClick={() =>
                  verify.mutate(undefined, {
                    onError: (err) =>
                      notifications.show({
                        color: 'red',
                        title: 'Verification failed',
                        message: errorMessage(err),
                      }),
                  })
                }
              >
                Verify trail
              </Button>
            )}
          </>
        }
      />
      {report && (
        <Alert
          mb="lg"
          color={report.ok ? 'teal' : 'red'}
          variant="light"
          title={
            report.ok
              ? 'The audit trail is intact'
              : report.brokenAt !== undefined
                ? `The audit trail is faulty at entry ${report.brokenAt}`
                : report.checkpointId !== undefined
                  ? `The audit trail is faulty at checkpoint ${report.checkpointId}`
                  : 'The audit trail is faulty'
          }
          role="status"
        >
          {report.ok
            ? `${formatCount(report.entries)} entries verified, ${formatCount(report.sealed)} of them sealed in ${formatCount(report.checkpoints)} checkpoints.`
            : `${report.problem}${report.faults > 1 ? ` (and ${formatCount(report.faults - 1)} more faults)` : ''}; ${formatCount(report.entries)} entries checked.`}
        </Alert>
      )}
      <Card withBorder radius="md" padding="lg">
        <Card.Section withBorder inheritPadding py="sm" mb="lg">
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Select
              aria-label="Record type"
              placeholder="All record types"
              data={ENTITY_TYPES}
              value={filters.entityType || null}
              onChange={(entityType) => setFilters({ entityType, entityId: null })}
              clearable
              w={200}
            />
            <SearchInput
              label="Record id"
              placeholder="Record id"
              value={filters.entityId}
              onChange={(entityId) => setFilters({ entityId })}
            />
          </div>
        </Card.Section>
        <AuditTimeline
          entries={query.data?.pages.flatMap((p) => p.items)}
          isLoading={query.isPending}
          error={query.error}
          onRetry={() => void query.refetch()}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
          showEntity
          renderEntity={(entry) => {
            const to = recordLink(entry.entityType, entry.entityId);
            const label = `${entry.entityType.replace(/_/g, ' ')} ${entry.entityId.slice(0, 8)}`;
            return to ? (
              <Anchor component={Link} to={to} size="sm">
                {label}
              </Anchor>
            ) : (
              <Badge variant="light" color="gray" size="sm" radius="sm" tt="none">
                {label}
              </Badge>
            );
          }}
        />
      </Card>
    </>
  );
}
