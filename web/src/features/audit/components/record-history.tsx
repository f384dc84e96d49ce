import { Trans } from '@lingui/react/macro';
import { Text } from '@mantine/core';
import type { ComponentProps } from 'react';
import { AuditTimeline } from '@/components/audit-timeline';
import { isApiError } from '@/lib/api';
import { useAuditEntries } from '../queries';

/** The audit trail of one record (GET /audit?entityType=&entityId=). */
export function RecordHistory({
  entityType,
  entityId,
  fieldLabels,
  formatValue,
}: {
  entityType: string;
  entityId: string;
  fieldLabels?: ComponentProps<typeof AuditTimeline>['fieldLabels'];
  formatValue?: ComponentProps<typeof AuditTimeline>['formatValue'];
}) {
  const query = useAuditEntries({ entityType, entityId }, { limit: 20 });
  if (isApiError(query.error) && query.error.status === 403) {
    return (
      <Text size="sm" c="dimmed">
        <Trans>The history of this record is visible to auditors and administrators.</Trans>
      </Text>
    );
  }
  return (
    <AuditTimeline
      entries={query.data?.pages.flatMap((p) => p.items)}
      isLoading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      hasNextPage={query.hasNextPage}
      isFetchingNextPage={query.isFetchingNextPage}
      onLoadMore={() => void query.fetchNextPage()}
      fieldLabels={fieldLabels}
      formatValue={formatValue}
    />
  );
}
