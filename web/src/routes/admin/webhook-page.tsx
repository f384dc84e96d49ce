import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Grid, Group, Stack, Title } from '@mantine/core';
import { IconPlayerPause, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { WebhookDeliveryTable } from '@/features/webhooks/components/webhook-delivery-table';
import { WebhookEndpointActions } from '@/features/webhooks/components/webhook-endpoint-actions';
import { WebhookSettingsForm } from '@/features/webhooks/components/webhook-settings-form';
import { WebhookSigningSummary } from '@/features/webhooks/components/webhook-signing-summary';
import { EndpointStatusBadge } from '@/features/webhooks/components/webhook-status-badge';
import { useWebhookDeliveries, useWebhookEndpoint } from '@/features/webhooks/queries';
import { isApiError } from '@/lib/api';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

/** How long the log is fetched every few seconds after a test event or "Send again". */
const WATCH_MS = 30_000;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function WebhookPage() {
  const { id = '' } = useParams();
  const { t } = useLingui();
  const endpointQuery = useWebhookEndpoint(id);
  const endpoint = endpointQuery.data;
  const [watchingSince, setWatchingSince] = useState<number | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const deliveriesQuery = useWebhookDeliveries(id, {
    // A delivery on its way changes within seconds; pending ones wait for their next attempt.
    poll: (rows) => {
      if (watchingSince !== null) return 2_000;
      return rows.some((d) => d.status === 'pending') ? 15_000 : false;
    },
  });
  const host = endpoint ? hostOf(endpoint.url) : null;
  usePageTitle(host ? t`Webhook ${host}` : t`Webhook`);

  useEffect(() => {
    if (watchingSince === null) return;
    const timer = setTimeout(() => setWatchingSince(null), WATCH_MS);
    return () => clearTimeout(timer);
  }, [watchingSince]);
  const watch = () => setWatchingSince(Date.now());

  if (endpointQuery.isPending) return <LoadingState />;
  if (isApiError(endpointQuery.error) && [404, 422].includes(endpointQuery.error.status))
    return <NotFoundPage />;
  if (!endpoint)
    return <ErrorState error={endpointQuery.error} onRetry={() => void endpointQuery.refetch()} />;

  const historyLabels = { url: t`URL`, eventTypes: t`Event types`, active: t`Active`, secret: t`Secret` };
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Webhooks`, to: '/admin/webhooks' }, { label: hostOf(endpoint.url) }]}
        title={endpoint.url}
        badge={<EndpointStatusBadge active={endpoint.active} size="lg" />}
        description={endpoint.description || undefined}
        actions={<WebhookEndpointActions endpoint={endpoint} onPinged={watch} />}
      />
      <Stack gap="lg">
        {!endpoint.active && (
          <Alert
            color="gray"
            variant="light"
            icon={<IconPlayerPause size={18} />}
            title={t`This endpoint is disabled`}
          >
            <Trans>
              It receives no new events, and deliveries still waiting for it fail at their next attempt.
              Enable it to receive events again.
            </Trans>
          </Alert>
        )}
        <Stack gap="sm" component="section" aria-label={t`Delivery log`}>
          <Group justify="space-between" align="center" gap="sm">
            <Title order={2} fz="lg" fw={600}>
              <Trans>Delivery log</Trans>
            </Title>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={14} />}
              onClick={() => {
                setRefreshing(true);
                void deliveriesQuery.refetch().finally(() => setRefreshing(false));
              }}
              loading={refreshing}
            >
              <Trans>Refresh</Trans>
            </Button>
          </Group>
          <WebhookDeliveryTable
            endpointId={endpoint.id}
            deliveries={deliveriesQuery.data?.pages.flatMap((p) => p.items)}
            isLoading={deliveriesQuery.isPending}
            error={deliveriesQuery.error}
            onRetry={() => void deliveriesQuery.refetch()}
            onRedelivered={watch}
            hasNextPage={deliveriesQuery.hasNextPage}
            isFetchingNextPage={deliveriesQuery.isFetchingNextPage}
            onLoadMore={() => void deliveriesQuery.fetchNextPage()}
          />
        </Stack>
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <SectionCard title={t`Settings`}>
              <WebhookSettingsForm
                key={endpoint.id}
                endpoint={endpoint}
                onReload={async () => {
                  const { data, error } = await endpointQuery.refetch();
                  if (!data) throw error;
                  return data;
                }}
              />
            </SectionCard>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <SectionCard title={t`Signing`}>
              <WebhookSigningSummary endpoint={endpoint} />
            </SectionCard>
          </Grid.Col>
        </Grid>
        <SectionCard title={t`History`}>
          <RecordHistory entityType="webhook_endpoint" entityId={endpoint.id} fieldLabels={historyLabels} />
        </SectionCard>
      </Stack>
    </>
  );
}
