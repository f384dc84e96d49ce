import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlayerPause, IconPlayerPlay, IconSend } from '@tabler/icons-react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { errorMessage } from '@/lib/api';
import { usePingWebhookEndpoint, useUpdateWebhookEndpoint, type WebhookEndpoint } from '../queries';
import { RotateSecretModal } from './rotate-secret-modal';

/** The endpoint page's actions: send a test event, rotate the secret, disable or enable. */
export function WebhookEndpointActions({
  endpoint,
  onPinged,
}: {
  endpoint: WebhookEndpoint;
  /** A test event is on its way: its delivery shows in the log in a moment. */
  onPinged?: () => void;
}) {
  const { t } = useLingui();
  const ping = usePingWebhookEndpoint();
  const update = useUpdateWebhookEndpoint();
  const [rotating, rotate] = useDisclosure();
  const [disabling, disable] = useDisclosure();

  async function sendTestEvent() {
    try {
      await ping.mutateAsync(endpoint.id);
      onPinged?.();
      notifications.show({
        color: 'teal',
        title: t`Test event sent`,
        message: t`Its webhook.ping delivery shows in the log in a moment.`,
      });
    } catch (err) {
      notifications.show({ color: 'red', title: t`Could not send a test event`, message: errorMessage(err) });
    }
  }

  async function setActive(active: boolean) {
    await update.mutateAsync({ id: endpoint.id, version: endpoint.version, input: { active } });
    notifications.show({
      color: 'teal',
      title: active ? t`Endpoint enabled` : t`Endpoint disabled`,
      message: active ? t`New events are delivered to it again.` : t`No events are delivered to it now.`,
    });
  }

  const { url } = endpoint;
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconSend size={16} />}
        onClick={() => void sendTestEvent()}
        loading={ping.isPending}
        disabled={!endpoint.active}
        title={endpoint.active ? undefined : t`Enable the endpoint to send it a test event`}
      >
        <Trans>Send test event</Trans>
      </Button>
      <Button variant="light" color="orange" leftSection={<IconKey size={16} />} onClick={rotate.open}>
        <Trans>Rotate secret</Trans>
      </Button>
      {endpoint.active ? (
        <Button
          variant="light"
          color="red"
          leftSection={<IconPlayerPause size={16} />}
          onClick={disable.open}
        >
          <Trans>Disable</Trans>
        </Button>
      ) : (
        <Button
          variant="light"
          color="teal"
          leftSection={<IconPlayerPlay size={16} />}
          loading={update.isPending}
          onClick={() =>
            void setActive(true).catch((err: unknown) =>
              notifications.show({ color: 'red', title: t`Could not enable`, message: errorMessage(err) }),
            )
          }
        >
          <Trans>Enable</Trans>
        </Button>
      )}
      <RotateSecretModal endpoint={endpoint} opened={rotating} onClose={rotate.close} />
      <ConfirmWithReasonModal
        opened={disabling}
        onClose={disable.close}
        title={t`Disable endpoint`}
        message={
          <Trans>
            <strong style={{ overflowWrap: 'anywhere' }}>{url}</strong> gets no more events until it is
            enabled again. Deliveries still waiting to be sent to it fail at their next attempt.
          </Trans>
        }
        withoutReason
        confirmLabel={t`Disable endpoint`}
        color="red"
        onConfirm={() => setActive(false)}
      />
    </>
  );
}
