import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { SecretValue } from '@/components/secret-value';

// The header as a receiver reads it and what its signature covers: protocol notation, shown as code.
const SIGNATURE_HEADER = 'OpenPO-Signature: t=<unix seconds>,v1=<hex>';
const SIGNED_PAYLOAD = '<t>.<body>';

/**
 * A signing secret, shown the one time the server answers with it (after registering or
 * rotating), with a copy button, how a receiver checks a delivery's signature, and Done.
 */
export function WebhookSecretPanel({
  secret,
  url,
  onDone,
}: {
  secret: string;
  url: string;
  onDone: () => void;
}) {
  const { t } = useLingui();
  return (
    <Stack gap="md">
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title={t`Store it now: it will not be shown again`}
      >
        <Trans>
          Put this signing secret in the receiving system’s secret store. OpenPO shows only its last four
          characters from now on; if it is lost, rotate the secret.
        </Trans>
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="webhook-secret-label" style={{ overflowWrap: 'anywhere' }}>
          <Trans>Signing secret for {url}</Trans>
        </Text>
        <SecretValue
          value={secret}
          labelledBy="webhook-secret-label"
          copyLabel={t`Copy secret`}
          data-webhook-secret
        />
      </Stack>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          <Trans>Verifying a delivery</Trans>
        </Text>
        <Text size="sm">
          <Trans>Every delivery is a POST with a JSON body and the header</Trans>
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {SIGNATURE_HEADER}
        </Code>
        <List size="sm" spacing={4} type="ordered">
          <List.Item>
            <Trans>
              Compute the HMAC-SHA256 of <Code style={{ whiteSpace: 'nowrap' }}>{SIGNED_PAYLOAD}</Code> with
              this secret, over the raw body as received, and hex-encode it.
            </Trans>
          </List.Item>
          <List.Item>
            <Trans>
              Accept the delivery when it equals one of the <Code>v1</Code> values (during a rotation there is
              one per valid secret) and <Code>t</Code> is within five minutes of now.
            </Trans>
          </List.Item>
        </List>
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onDone} data-autofocus>
          <Trans>Done</Trans>
        </Button>
      </Group>
    </Stack>
  );
}
