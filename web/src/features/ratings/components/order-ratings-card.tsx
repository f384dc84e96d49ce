import type { RaterRole } from '@contracts/ratings';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Group, Paper, Rating, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { ErrorState, LoadingState } from '@/components/states';
import { formatDateTime } from '@/lib/format';
import { type OrderRating, useOrderRatings } from '../queries';
import { ASPECT_LABELS, SCORE_WORDS } from './rating-form';

/** Who gave a rating, as the order page says it. */
export const RATER_ROLE_LABELS: Record<RaterRole, MessageDescriptor> = {
  requester: msg`Requester`,
  receiver: msg`Receiver`,
  buyer: msg`Buyer’s close-out`,
};

const ASPECTS = ['delivery', 'quality', 'service'] as const;

/** One rating: who and when, the three scores as stars with their words, the comment. */
function RatingRow({ rating }: { rating: OrderRating }) {
  const { t, i18n } = useLingui();
  const lineNo = rating.lineNo;
  return (
    <Paper withBorder radius="md" p="sm" component="li" style={{ listStyle: 'none' }}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {rating.ratedBy.name}
          </Text>
          <Badge variant="light" color={rating.raterRole === 'buyer' ? 'indigo' : 'gray'}>
            {i18n._(RATER_ROLE_LABELS[rating.raterRole])}
          </Badge>
          {lineNo !== null && (
            <Badge variant="outline" color="gray">
              {t`Line ${lineNo}`}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(rating.createdAt)}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" mt="xs">
        {ASPECTS.map((key) => {
          const score = rating[key];
          const words = i18n._(SCORE_WORDS[score]!);
          const aspect = i18n._(ASPECT_LABELS[key]);
          return (
            <Group
              key={key}
              gap={6}
              wrap="nowrap"
              aria-label={t`${aspect}: ${score} of 5, ${words}`}
              role="img"
            >
              <Text size="sm" w={72}>
                {aspect}
              </Text>
              <Rating value={score} readOnly size="sm" aria-hidden />
              <Text size="xs" c="dimmed" aria-hidden>
                {words}
              </Text>
            </Group>
          );
        })}
      </SimpleGrid>
      {rating.comment && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          “{rating.comment}”
          {rating.shared && (
            <Text span size="xs" c="dimmed">
              {' '}
              · <Trans>shared with the supplier</Trans>
            </Text>
          )}
        </Text>
      )}
    </Paper>
  );
}

/**
 * The ratings of an order on its page, newest first, with "Rate this order" for whoever may rate
 * it now (its requesters and receivers once something arrived, its buyer once received or closed).
 */
export function OrderRatingsCard({ orderId }: { orderId: string }) {
  const { t } = useLingui();
  const { data, isPending, error, refetch } = useOrderRatings(orderId);
  const canRate = data?.you.state === 'can_rate';
  return (
    <SectionCard
      title={t`Ratings`}
      description={t`How its requesters, receivers and buyer rated the supplier on this order: delivery, quality and service from 1 to 5.`}
      extra={
        canRate && (
          <Button
            component={Link}
            to={`/purchase-orders/${orderId}/rate`}
            variant="light"
            leftSection={<IconStar size={16} />}
          >
            <Trans>Rate this order</Trans>
          </Button>
        )
      }
    >
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          <Trans>
            No ratings yet. Its requesters and receivers are asked once everything is received; its buyer
            rates it when closing it.
          </Trans>
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0}>
          {data.items.map((r) => (
            <RatingRow key={r.id} rating={r} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
