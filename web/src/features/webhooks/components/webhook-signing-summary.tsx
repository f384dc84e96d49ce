import { Code, Stack, Text } from '@mantine/core';
import { DetailField } from '@/components/detail-section';
import { formatDateTime } from '@/lib/format';
import type { WebhookEndpoint } from '../api/list-webhook-endpoints';

/** Which secret signs an endpoint's deliveries now (never the secret itself) and how to check it. */
export function WebhookSigningSummary({ endpoint }: { endpoint: WebhookEndpoint }) {
  return (
    <Stack gap="md">
      <DetailField label="Current secret">
        <Code>{endpoint.secretHint}</Code>
      </DetailField>
      {endpoint.previousSecretExpiresAt && (
        <DetailField label="Previous secret">
          Also signs until {formatDateTime(endpoint.previousSecretExpiresAt)}
        </DetailField>
      )}
      <DetailField label="Signature header">
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {'OpenPO-Signature: t=<unix>,v1=<hex>'}
        </Code>
        <Text size="xs" c="dimmed" mt={6}>
          <Code>v1</Code> is the HMAC-SHA256 of <Code style={{ whiteSpace: 'nowrap' }}>{'<t>.<body>'}</Code>{' '}
          under the secret. Rotate the secret when it may have leaked.
        </Text>
      </DetailField>
      <DetailField label="Registered">{formatDateTime(endpoint.createdAt)}</DetailField>
      <DetailField label="Last changed">{formatDateTime(endpoint.updatedAt)}</DetailField>
    </Stack>
  );
}
