import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { PageHeader } from '@/components/page-header';
import { RegisterWebhookModal } from '@/features/webhooks/components/register-webhook-modal';
import { WebhookEndpointTable } from '@/features/webhooks/components/webhook-endpoint-table';
import { useWebhookEndpoints } from '@/features/webhooks/queries';
import { usePageTitle } from '@/lib/use-page-title';

export function WebhooksPage() {
  const { t } = useLingui();
  usePageTitle(t`Webhooks`);
  const query = useWebhookEndpoints();
  const [registering, register] = useDisclosure();
  const registerButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={register.open}>
      <Trans>Register endpoint</Trans>
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t`Webhooks`}
        description={t`OpenPO tells other systems what happens to purchase orders, requisitions and approvals by POSTing signed events to their HTTPS endpoints.`}
        actions={registerButton}
      />
      <WebhookEndpointTable
        endpoints={query.data}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyAction={registerButton}
      />
      <RegisterWebhookModal opened={registering} onClose={register.close} />
    </>
  );
}
