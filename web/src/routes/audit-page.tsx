import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Anchor, Badge, Button, Card, Group, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { AuditTimeline } from '@/components/audit-timeline';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useAuditEntries, useVerifyAuditChain } from '@/features/audit/queries';
import { useCan } from '@/features/auth/use-can';
import { useSettings } from '@/features/organisation/queries';
import { SavedViewsMenu } from '@/features/saved-views/components/saved-views-menu';
import { errorMessage } from '@/lib/api';
import { formatCount } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';
import {
  entryFieldLabels,
  formatEntryValue,
  RECORD_TYPES,
  recordLink,
  recordName,
  recordTypeLabel,
} from './audit-entry-format';

const FILTER_KEYS = ['entityType', 'entityId'] as const;

export function AuditPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Audit trail`);
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const auditFilter = {
    entityType: filters.entityType || undefined,
    entityId: filters.entityId || undefined,
  };
  const query = useAuditEntries(auditFilter, { limit: 50 });
  const settings = useSettings();
  const baseCurrency = settings.data?.baseCurrency;
  const verify = useVerifyAuditChain();
  const report = verify.data;
  const brokenAt = report?.brokenAt;
  const checkpointId = report?.checkpointId;
  const problem = report?.problem;
  const entries = formatCount(report?.entries ?? 0);
  const sealed = formatCount(report?.sealed ?? 0);
  const checkpoints = formatCount(report?.checkpoints ?? 0);
  const moreFaults = formatCount((report?.faults ?? 1) - 1);

  return (
    <>
      <PageHeader
        title={t`Audit trail`}
        description={t`Every change, who made it and when. Entries are sealed into keyed checkpoints published outside the database, so an altered, removed or reordered entry is detectable.`}
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
                        title: t`Verification failed`,
                        message: errorMessage(err),
                      }),
                  })
                }
              >
                <Trans>Verify trail</Trans>
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
              ? t`The audit trail is intact`
              : brokenAt !== undefined
                ? t`The audit trail is faulty at entry ${brokenAt}`
                : checkpointId !== undefined
                  ? t`The audit trail is faulty at checkpoint ${checkpointId}`
                  : t`The audit trail is faulty`
          }
          role="status"
        >
          {report.ok
            ? t`${entries} entries verified, ${sealed} of them sealed in ${checkpoints} checkpoints.`
            : report.faults > 1
              ? t`${problem} (and ${moreFaults} more faults); ${entries} entries checked.`
              : t`${problem}; ${entries} entries checked.`}
        </Alert>
      )}
      <Card withBorder radius="md" padding="lg">
        <Card.Section withBorder inheritPadding py="sm" mb="lg">
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Select
              aria-label={t`Record type`}
              placeholder={t`All record types`}
              data={RECORD_TYPES.map((r) => ({ value: r.value, label: i18n._(r.many) }))}
              value={filters.entityType || null}
              onChange={(entityType) => setFilters({ entityType, entityId: null })}
              clearable
              w={220}
            />
            <SearchInput
              label={t`Record id`}
              placeholder={t`Record id`}
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
          fieldLabels={entryFieldLabels}
          formatValue={(field, value, entry) => formatEntryValue(i18n, entry, field, value, baseCurrency)}
          renderEntity={(entry) => {
            const to = recordLink(entry.entityType, entry.entityId);
            const name = recordName(entry);
            const type = recordTypeLabel(i18n, entry.entityType);
            return (
              <Group gap={6} wrap="nowrap" miw={0}>
                <Badge variant="light" color="gray" size="sm" radius="sm" tt="none" style={{ flex: 'none' }}>
                  {type}
                </Badge>
                {name &&
                  (to ? (
                    <Anchor component={Link} to={to} size="sm" fw={500} truncate>
                      {name}
                    </Anchor>
                  ) : (
                    <Text size="sm" fw={500} truncate>
                      {name}
                    </Text>
                  ))}
              </Group>
            );
          }}
        />
      </Card>
    </>
  );
}
