import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Card, Group, Rating, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLeaveGuard } from '@/components/leave-guard';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { useReadNotificationsAbout } from '@/features/notifications/queries';
import { PurchaseOrderStatusBadge } from '@/features/purchase-orders/components/purchase-order-status-badge';
import { usePurchaseOrder } from '@/features/purchase-orders/queries';
import { RATER_ROLE_LABELS } from '@/features/ratings/components/order-ratings-card';
import { ASPECT_LABELS, RatingForm, SCORE_WORDS } from '@/features/ratings/components/rating-form';
import { type OrderRating, useOrderRatings } from '@/features/ratings/queries';
import { isApiError } from '@/lib/api';
import { formatDecimal } from '@/lib/format';
import { isZero } from '@/lib/money';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

/** The rating just given (or the one given before), read back: the thank-you state. */
function ThankYou({
  rating,
  orderId,
  justNow,
}: {
  /** Null when the viewer's rating is older than the ratings loaded. */
  rating: OrderRating | null;
  orderId: string;
  justNow: boolean;
}) {
  const { t, i18n } = useLingui();
  const aspects = rating
    ? (['delivery', 'quality', 'service'] as const).map((k) => [i18n._(ASPECT_LABELS[k]), rating[k]] as const)
    : [];
  return (
    <Stack gap="md" align="flex-start">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon color="teal" variant="light" size={40} radius="xl">
          <IconCircleCheck size={24} />
        </ThemeIcon>
        <div>
          <Title order={2} fz="lg">
            {justNow ? <Trans>Thank you for your rating</Trans> : <Trans>You rated this order</Trans>}
          </Title>
          <Text size="sm" c="dimmed">
            <Trans>
              It counts in the supplier’s satisfaction score, which buyers see when they choose suppliers.
            </Trans>
          </Text>
        </div>
      </Group>
      <Stack gap={6}>
        {aspects.map(([label, score]) => {
          const words = i18n._(SCORE_WORDS[score]!);
          return (
            <Group
              key={label}
              gap="sm"
              wrap="nowrap"
              role="img"
              aria-label={t`${label}: ${score} of 5, ${words}`}
            >
              <Text size="sm" w={80}>
                {label}
              </Text>
              <Rating value={score} readOnly aria-hidden />
              <Text size="sm" c="dimmed" aria-hidden>
                {words}
              </Text>
            </Group>
          );
        })}
      </Stack>
      {rating?.comment && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          “{rating.comment}”
        </Text>
      )}
      <Button component={Link} to={`/purchase-orders/${orderId}`} variant="light">
        <Trans>Back to the order</Trans>
      </Button>
    </Stack>
  );
}

/**
 * Rating an order, opened from the link of the notification or e-mail asking for it (one click
 * for a signed-in user; the session says who rates): delivery, quality and service, a comment, and
 * whether the supplier may see it. Once rated, a thank-you; someone who may not rate (yet) is told
 * why.
 */
export function RatePurchaseOrderPage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const { data: me } = useMe();
  const order = usePurchaseOrder(id);
  const ratings = useOrderRatings(id);
  const [given, setGiven] = useState<OrderRating | null>(null);
  const dirty = useRef(false);
  const onDirtyChange = useCallback((d: boolean) => {
    dirty.current = d;
  }, []);
  const { dialog } = useLeaveGuard(() => dirty.current);
  const can = useCan();
  // Opened from the notification or its e-mail: what asked for it is read now.
  useReadNotificationsAbout(order.data ? { type: 'purchase_order', id: order.data.id } : null, {
    enabled: can('notifications:own'),
  });
  const orderNumber = order.data?.number;
  usePageTitle(orderNumber ? t`Rate ${orderNumber}` : t`Rate an order`);

  const error = order.error ?? ratings.error;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error)
    return (
      <ErrorState
        error={error}
        onRetry={() => {
          void order.refetch();
          void ratings.refetch();
        }}
      />
    );
  const o = order.data;
  const list = ratings.data;
  if (!o || !list) return <LoadingState />;

  const you = list.you;
  const mine = given ?? list.items.find((r) => r.ratedBy.id === me?.user.id && r.lineNo === null) ?? null;
  const { number, supplierName } = o;
  const received = o.lines.filter((l) => !isZero(l.progress.received));
  const moreLines = received.length - 5;
  const statusLabel = <PurchaseOrderStatusBadge status={o.status} size="sm" />;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: t`Purchase orders`, to: '/purchase-orders' },
          { label: number, to: `/purchase-orders/${o.id}` },
          { label: t({ message: 'Rate', context: 'breadcrumb of the rating form' }) },
        ]}
        title={t`How did ${supplierName} do?`}
        description={you.raterRole ? `${number} · ${i18n._(RATER_ROLE_LABELS[you.raterRole])}` : number}
        badge={statusLabel}
      />
      <Card withBorder radius="md" padding="lg" maw={640}>
        {given || you.state === 'rated' ? (
          <ThankYou rating={mine} orderId={o.id} justNow={given !== null} />
        ) : you.state === 'can_rate' ? (
          <Stack gap="md">
            {received.length > 0 && (
              <Stack gap={2} aria-label={t`What was received`} component="section">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  <Trans>What was received</Trans>
                </Text>
                {received.slice(0, 5).map((l) => {
                  const quantity = formatDecimal(l.progress.received);
                  const { description, unitCode } = l;
                  return (
                    <Text key={l.lineNo} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      <Trans>
                        {quantity} {unitCode} · {description}
                      </Trans>
                    </Text>
                  );
                })}
                {moreLines > 0 && (
                  <Text size="sm" c="dimmed">
                    <Plural value={moreLines} one="and # more line" other="and # more lines" />
                  </Text>
                )}
              </Stack>
            )}
            <RatingForm
              orderId={o.id}
              onDirtyChange={onDirtyChange}
              onRated={(rating) => {
                dirty.current = false;
                setGiven(rating);
              }}
            />
          </Stack>
        ) : (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
            {you.state === 'not_a_rater' ? (
              <Trans>
                Only the order’s requesters, the people who received it and its buyer rate it. You can still
                read its ratings on the order.
              </Trans>
            ) : you.raterRole === 'buyer' ? (
              <Trans>Its buyer rates the order once it is received or closed.</Trans>
            ) : (
              <Trans>The order can be rated once goods or services were received against it.</Trans>
            )}
            <Group mt="sm">
              <Button component={Link} to={`/purchase-orders/${o.id}`} variant="default" size="xs">
                <Trans>Back to the order</Trans>
              </Button>
            </Group>
          </Alert>
        )}
      </Card>
      {dialog}
    </>
  );
}
