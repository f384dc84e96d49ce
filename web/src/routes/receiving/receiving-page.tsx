import { Trans, useLingui } from '@lingui/react/macro';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowLeft, IconBarcode, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useShipNotices } from '@/features/dispatch/queries';
import { PurchaseOrderStatusBadge } from '@/features/purchase-orders/components/purchase-order-status-badge';
import { usePurchaseOrder } from '@/features/purchase-orders/queries';
import { ReceiveForm } from '@/features/receiving/components/receive-form';
import { type ExpectedDelivery, type Receipt, useExpectedDeliveries } from '@/features/receiving/queries';
import { formatDate, formatDecimal } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

type Picked = { orderId: string; shipNoticeId: string | null };

/**
 * The dock: find the order the goods came for — by its number, the supplier, or the ship notice's
 * number or tracking number (a barcode scanner types it and presses Enter) — see what is expected
 * and receive it in one step. `?order=` opens an order straight away (the order page links here).
 */
export function ReceivingPage() {
  const { t } = useLingui();
  usePageTitle(t`Receiving`);
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const q = params.get('q') ?? '';
  const orderParam = params.get('order');
  const [picked, setPicked] = useState<Picked | null>(
    orderParam ? { orderId: orderParam, shipNoticeId: params.get('shipNotice') } : null,
  );
  const [last, setLast] = useState<Receipt | null>(null);
  const found = useExpectedDeliveries(q);
  const items = found.data?.items ?? [];
  const lastNumber = last?.number ?? '';
  const lastOrderNumber = last?.purchaseOrderNumber ?? '';

  // A scanned ship notice names one order: open it at once, prefilled from the notice.
  useEffect(() => {
    const only = found.data?.items;
    if (!picked && only?.length === 1 && only[0]!.matchedShipNoticeId) {
      setPicked({ orderId: only[0]!.order.id, shipNoticeId: only[0]!.matchedShipNoticeId });
    }
  }, [found.data, picked]);

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setPicked(null);
    setLast(null);
    setParams(typed.trim() ? { q: typed.trim() } : {});
  }

  return (
    <>
      <PageHeader
        title={t`Receiving`}
        description={t`Find the order the goods came for — by its number, the supplier, or the ship notice’s number or tracking number — and enter what arrived.`}
        actions={
          <Button component={Link} to="/inspections" variant="default">
            <Trans>Inspection queue</Trans>
          </Button>
        }
      />
      <Stack gap="md" maw={880}>
        <form onSubmit={onSearch} aria-label={t`Find an order to receive`}>
          <Group gap="sm" align="flex-end" wrap="nowrap">
            <TextInput
              size="lg"
              style={{ flex: 1 }}
              // The dock's one field: a scanner types into it without a tap first.
              autoFocus
              label={t`Order, supplier, ship notice or tracking number`}
              placeholder={t`Scan or type, then Enter`}
              leftSection={<IconBarcode size={22} />}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              autoComplete="off"
            />
            <Button type="submit" size="lg" leftSection={<IconSearch size={18} />} aria-label={t`Find`}>
              <Text visibleFrom="xs" inherit>
                <Trans>Find</Trans>
              </Text>
            </Button>
          </Group>
        </form>

        {last && (
          <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-teal-light)">
            <Text fw={600}>
              <Trans>
                {lastNumber} recorded against{' '}
                <Anchor component={Link} to={`/purchase-orders/${last.purchaseOrderId}#receipts`}>
                  {lastOrderNumber}
                </Anchor>
              </Trans>
            </Text>
          </Paper>
        )}

        {picked ? (
          <PickedOrder picked={picked} onBack={() => setPicked(null)} onReceived={(r) => setLast(r)} />
        ) : (
          q && (
            <Results
              q={q}
              items={items}
              isLoading={found.isPending}
              error={found.error}
              onRetry={() => void found.refetch()}
              onPick={(p) => {
                setLast(null);
                setPicked(p);
              }}
            />
          )
        )}
      </Stack>
    </>
  );
}

function Results({
  q,
  items,
  isLoading,
  error,
  onRetry,
  onPick,
}: {
  q: string;
  items: ExpectedDelivery[];
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  onPick: (p: Picked) => void;
}) {
  const { t } = useLingui();
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (isLoading) return <LoadingState label={t`Looking for orders`} />;
  if (items.length === 0)
    return (
      <EmptyState title={t`No order awaits goods for “${q}”`}>
        <Trans>
          Only orders sent to the supplier and not yet fully received can be received. Try the order number
          (PO-…), the supplier’s name, or the tracking number on the parcel.
        </Trans>
      </EmptyState>
    );
  return (
    <Stack gap="sm" aria-label={t`Orders awaiting goods`}>
      {items.map(({ order, shipNotices, matchedShipNoticeId }) => {
        const orderNumber = order.number;
        const expected = order.expectedDeliveryDate ? formatDate(order.expectedDeliveryDate) : '';
        return (
          <Paper key={order.id} withBorder radius="md" p="md">
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Title order={3} size="h4">
                    {order.number}
                  </Title>
                  <Text c="dimmed" size="sm">
                    {order.supplierName}
                    {order.expectedDeliveryDate && (
                      <>
                        {' · '}
                        <Trans>expected {expected}</Trans>
                      </>
                    )}
                  </Text>
                </div>
                <PurchaseOrderStatusBadge status={order.status} />
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                {shipNotices.map((n) => {
                  const lineCount = n.lines.length;
                  const noticeNumber = n.number;
                  const shippedOn = formatDate(n.despatchDate);
                  return (
                    <UnstyledButton
                      key={n.id}
                      onClick={() => onPick({ orderId: order.id, shipNoticeId: n.id })}
                      aria-label={t`Receive ${noticeNumber}`}
                    >
                      <Paper
                        withBorder
                        radius="md"
                        p="sm"
                        style={
                          n.id === matchedShipNoticeId
                            ? { borderColor: 'var(--mantine-color-blue-5)' }
                            : undefined
                        }
                      >
                        <Group gap={6}>
                          <Text fw={600} size="sm">
                            {n.number}
                          </Text>
                          {n.id === matchedShipNoticeId && (
                            <Badge size="xs" variant="light">
                              <Trans>scanned</Trans>
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {[n.carrier, n.trackingNumber].filter(Boolean).join(' · ') || t`no tracking number`}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {lineCount === 1 ? (
                            <Trans>1 line, shipped {shippedOn}</Trans>
                          ) : (
                            <Trans>
                              {lineCount} lines, shipped {shippedOn}
                            </Trans>
                          )}
                        </Text>
                      </Paper>
                    </UnstyledButton>
                  );
                })}
              </SimpleGrid>
              <Button
                size="md"
                variant={shipNotices.length > 0 ? 'default' : 'filled'}
                onClick={() => onPick({ orderId: order.id, shipNoticeId: null })}
              >
                {shipNotices.length > 0 ? (
                  <Trans>Receive without a ship notice</Trans>
                ) : (
                  <Trans>Receive {orderNumber}</Trans>
                )}
              </Button>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

function PickedOrder({
  picked,
  onBack,
  onReceived,
}: {
  picked: Picked;
  onBack: () => void;
  onReceived: (r: Receipt) => void;
}) {
  const { t } = useLingui();
  const order = usePurchaseOrder(picked.orderId);
  const notices = useShipNotices(picked.orderId, { enabled: picked.shipNoticeId !== null });
  const [round, setRound] = useState(0);
  const error = order.error ?? notices.error;
  if (error) return <ErrorState error={error} onRetry={() => void order.refetch()} />;
  if (!order.data || (picked.shipNoticeId && !notices.data))
    return <LoadingState label={t`Loading the order`} />;
  const o = order.data;
  const accepted = formatDecimal(o.progress.acceptedPercent);
  const shipNoticeNumber =
    notices.data?.pages.flatMap((p) => p.items).find((n) => n.id === picked.shipNoticeId)?.number ?? '';
  const shipNotice =
    notices.data?.pages.flatMap((p) => p.items).find((n) => n.id === picked.shipNoticeId) ?? null;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Group gap="xs">
              <Title order={2} size="h3">
                <Anchor component={Link} to={`/purchase-orders/${o.id}`} inherit>
                  {o.number}
                </Anchor>
              </Title>
              <PurchaseOrderStatusBadge status={o.status} />
            </Group>
            <Text c="dimmed" size="sm">
              {o.supplier.legalName} · <Trans>received {accepted} %</Trans>
            </Text>
          </div>
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
            <Trans>Another order</Trans>
          </Button>
        </Group>
        {shipNotice && round === 0 && (
          <Text size="sm">
            <Trans>
              Prefilled from ship notice {shipNoticeNumber}: change what differs from what arrived.
            </Trans>
          </Text>
        )}
        <ReceiveForm
          key={`${o.id}:${round}`}
          order={o}
          shipNotice={round === 0 ? shipNotice : null}
          onReceived={(r) => {
            onReceived(r);
            setRound((n) => n + 1);
          }}
        />
      </Stack>
    </Paper>
  );
}
