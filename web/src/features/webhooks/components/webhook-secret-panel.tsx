import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { SecretValue } from '@/components/secret-value';

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
  return (
    <Stack gap="md">
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title="Store it now: it will not be shown again"
      >
        Put this signing secret in the receiving system’s secret store. OpenPO shows only its last four
        characters from now on; if it is lost, rotate the secret.
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="webhook-secret-label" style={{ overflowWrap: 'anywhere' }}>
          Signing secret for {url}
        </Text>
        <SecretValue
          value={secret}
          labelledBy="webhook-secret-label"
          copyLabel="Copy secret"
          data-webhook-secret
        />
      </Stack>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          Verifying a delivery
        </Text>
        <Text size="sm">Every delivery is a POST with a JSON body and the header</Text>
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {'OpenPO-Signature: t=<unix seconds>,v1=<hex>'}
        </Code>
        <List size="sm" spacing={4} type="ordered">
          <List.Item>
            Compute the HMAC-SHA256 of <Code style={{ whiteSpace: 'nowrap' }}>{'<t>.<body>'}</Code> with this
            secret, over the raw body as received, and hex-encode it.
          </List.Item>
          <List.Item>
            Accept the delivery when it equals one of the <Code>v1</Code> values (during a rotation there is
            one per valid secret) and <Code>t</Code> is within five minutes of now.
          </List.Item>
        </List>
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onDone} data-autofocus>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
