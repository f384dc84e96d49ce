import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Select } from '@mantine/core';
import { useState } from 'react';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { OutboxMessageModal } from '@/features/notifications/components/outbox-message-modal';
import { OutboxTable } from '@/features/notifications/components/outbox-table';
import { EMAIL_STATUSES, type EmailStatus, useOutbox } from '@/features/notifications/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['status'] as const;

/** The status filter's options, in the words the outbox's status badges use. */
const STATUS_LABELS: Record<EmailStatus, MessageDescriptor> = {
  queued: msg`queued`,
  sent: msg`sent`,
  failed: msg`failed`,
};

function asStatus(value: string | undefined): EmailStatus | undefined {
  return (EMAIL_STATUSES as readonly string[]).includes(value ?? '') ? (value as EmailStatus) : undefined;
}

export function OutboxPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`E-mail outbox`);
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const status = asStatus(filters.status);
  const query = useOutbox({ status });
  const [viewing, setViewing] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title={t`E-mail outbox`}
        description={t`Every e-mail OpenPO sent or will send. Without an SMTP server configured, messages are written as files to the outbox directory instead.`}
        actions={<ExportMenu path="/outbox" filter={{ status }} fileStem="e-mail-outbox" />}
      />
      <OutboxTable
        messages={query.data?.pages.flatMap((p) => p.items)}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        onView={setViewing}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        toolbar={
          <Select
            aria-label={t`Status`}
            placeholder={t`Any status`}
            clearable
            w={180}
            value={status ?? null}
            onChange={(v) => setFilters({ status: v })}
            data={EMAIL_STATUSES.map((s) => ({ value: s, label: i18n._(STATUS_LABELS[s]) }))}
          />
        }
      />
      <OutboxMessageModal id={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
