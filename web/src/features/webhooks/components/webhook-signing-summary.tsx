import { Trans, useLingui } from '@lingui/react/macro';
import { Code, Stack, Text } from '@mantine/core';
import { DetailField } from '@/components/detail-section';
import { formatDateTime } from '@/lib/format';
import type { WebhookEndpoint } from '../queries';

const SIGNATURE_HEADER = 'OpenPO-Signature: t=<unix>,v1=<hex>';
const SIGNED_PAYLOAD = '<t>.<body>';

/** Which secret signs an endpoint's deliveries now (never the secret itself) and how to check it. */
export function WebhookSigningSummary({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useLingui();
  const previousUntil = endpoint.previousSecretExpiresAt && formatDateTime(endpoint.previousSecretExpiresAt);
  return (
    <Stack gap="md">
      <DetailField label={t`Current secret`}>
        <Code>{endpoint.secretHint}</Code>
      </DetailField>
      {previousUntil && (
        <DetailField label={t`Previous secret`}>
          <Trans>Also signs until {previousUntil}</Trans>
        </DetailField>
      )}
      <DetailField label={t`Signature header`}>
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {SIGNATURE_HEADER}
        </Code>
        <Text size="xs" c="dimmed" mt={6}>
          <Trans>
            <Code>v1</Code> is the HMAC-SHA256 of{' '}
            <Code style={{ whiteSpace: 'nowrap' }}>{SIGNED_PAYLOAD}</Code> under the secret. Rotate the secret
            when it may have leaked.
          </Trans>
        </Text>
      </DetailField>
      <DetailField label={t`Registered`}>{formatDateTime(endpoint.createdAt)}</DetailField>
      <DetailField label={t`Last changed`}>{formatDateTime(endpoint.updatedAt)}</DetailField>
    </Stack>
  );
}
