import type { PortalScorecard } from '@contracts/evaluation-feedback';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Muted } from '@/components/detail-section';
import { formatDate } from '@/lib/format';

/** Who gave a rating, as the supplier reads it: a function, never a person's name. */
export const RATER_ROLE_LABELS: Record<PortalScorecard['comments'][number]['raterRole'], MessageDescriptor> =
  {
    requester: msg`Requester`,
    receiver: msg`Receiving`,
    buyer: msg`Purchasing`,
  };

/** The rating comments shared with the supplier, newest first, each with its order. */
export function SharedComments({ comments }: { comments: PortalScorecard['comments'] }) {
  const { i18n } = useLingui();
  if (comments.length === 0)
    return (
      <Muted>
        <Trans>No comments were shared with you for this period.</Trans>
      </Muted>
    );
  return (
    <Stack gap="md">
      {comments.map((c) => (
        <Stack key={c.id} gap={4}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color="gray" radius="sm">
              {i18n._(RATER_ROLE_LABELS[c.raterRole])}
            </Badge>
            <Text size="xs" c="dimmed">
              {formatDate(c.ratedAt)}
            </Text>
            {c.orderNumber && (
              <Anchor component={Link} to={`/portal/orders/${c.purchaseOrderId}`} size="xs">
                {c.orderNumber}
              </Anchor>
            )}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {c.comment}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
