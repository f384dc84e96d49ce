import type { ShipNotice } from '@contracts/dispatch';
import type { PurchaseOrder } from '@contracts/purchase-orders';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconChevronDown, IconPackageImport } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { fieldErrorsByLine } from '@/lib/contract-messages';
import { todayIso } from '@/lib/dates';
import { formatDecimal } from '@/lib/format';
import { isDecimal, isNegative, isZero, subtractDecimal } from '@/lib/money';
import { type Receipt, useCreateReceipt } from '../queries';

type Line = PurchaseOrder['lines'][number];

/** What a line still expects: its progress's outstanding quantity (rejected goods are open again). */
const openOf = (l: Line): string => l.progress.outstanding;

/** Shipped and not yet received: what a ship notice says is on its way. */
function inTransit(l: Line): string {
  const rest = subtractDecimal(l.quantityShipped, l.quantityReceived);
  return isNegative(rest) ? '0' : rest;
}

/**
 * Receiving one order in one step, built for the dock and a phone: per open line a large quantity
 * field, prefilled from the ship notice the goods came with (its quantities) or else with what is
 * open; empty or 0 receives nothing of the line. The delivery note, storage location and a note
 * are one tap away.
 */
export function ReceiveForm({
  order,
  shipNotice,
  onReceived,
}: {
  order: PurchaseOrder;
  shipNotice: ShipNotice | null;
  onReceived?: (receipt: Receipt) => void;
}) {
  const { t } = useLingui();
  const create = useCreateReceipt();
  const lines = order.lines.filter(
    (l) => !isZero(openOf(l)) || shipNotice?.lines.some((s) => s.lineNo === l.lineNo),
  );
  const [quantities, setQuantities] = useState<Record<number, string>>(() =>
    Object.fromEntries(
      lines.map((l) => {
        const shipped = shipNotice?.lines.find((s) => s.lineNo === l.lineNo)?.quantity;
        return [l.lineNo, shipNotice ? (shipped ?? '') : openOf(l)];
      }),
    ),
  );
  const [more, setMore] = useState(false);
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [deliveryNote, setDeliveryNote] = useState(shipNotice?.supplierReference ?? '');
  const [storageLocation, setStorageLocation] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setErrors({});
    const received = lines
      .map((l) => ({ lineNo: l.lineNo, quantity: (quantities[l.lineNo] ?? '').trim() }))
      .filter((l) => l.quantity !== '' && !(isDecimal(l.quantity) && isZero(l.quantity)));
    if (received.length === 0) {
      setError(t`Enter the quantity received of at least one line.`);
      return;
    }
    try {
      const receipt = await create.mutateAsync({
        purchaseOrderId: order.id,
        shipNoticeId: shipNotice?.id ?? null,
        receivedOn,
        deliveryNote: deliveryNote.trim() || null,
        storageLocation: storageLocation.trim() || null,
        note: note.trim() || null,
        lines: received,
      });
      const { number } = receipt;
      notifications.show({
        color: 'teal',
        title: t`Goods receipt ${number} recorded`,
        message: receipt.pendingInspection
          ? t`Some goods await inspection before they count as delivered.`
          : receipt.overReceived
            ? t`More than was open was received on some line, within the tolerance: flagged.`
            : t`The order shows what arrived.`,
      });
      onReceived?.(receipt);
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        setErrors(fieldErrorsByLine(err.fieldErrors, (i) => received[i]?.lineNo));
        setError(
          err.status === 409
            ? t`Goods were received against this order meanwhile: check the quantities.`
            : t`Some fields need another look.`,
        );
      } else setError(errorMessage(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t`Goods receipt`}>
      <Stack gap="sm">
        {lines.length === 0 && (
          <Text c="dimmed">
            <Trans>Nothing is open on this order.</Trans>
          </Text>
        )}
        {lines.map((l) => {
          const { lineNo, unitCode } = l;
          const open = formatDecimal(openOf(l));
          const transit = inTransit(l);
          const transitText = formatDecimal(transit);
          const pending = l.progress.pendingInspection;
          const pendingText = formatDecimal(pending);
          return (
            <Paper key={lineNo} withBorder radius="md" p="sm" data-testid={`receive-line-${lineNo}`}>
              <Group justify="space-between" wrap="wrap" gap="xs" align="flex-end">
                <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
                  <Text fw={600}>
                    {lineNo}. {l.description}
                  </Text>
                  <Group gap={6} mt={2}>
                    <Text size="sm" c="dimmed">
                      <Trans>
                        {open} {unitCode} open
                      </Trans>
                    </Text>
                    {!isZero(transit) && (
                      <Badge variant="light" color="blue" size="sm">
                        <Trans>{transitText} in transit</Trans>
                      </Badge>
                    )}
                    {!isZero(pending) && (
                      <Badge variant="light" color="yellow" size="sm">
                        <Trans>{pendingText} awaiting inspection</Trans>
                      </Badge>
                    )}
                  </Group>
                </div>
                <TextInput
                  size="lg"
                  w={{ base: '100%', xs: 180 }}
                  label={t`Received (${unitCode})`}
                  aria-label={t`Quantity received of line ${lineNo}`}
                  inputMode="decimal"
                  autoComplete="off"
                  value={quantities[lineNo] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setQuantities((q) => ({ ...q, [lineNo]: value }));
                  }}
                  error={errors[String(lineNo)]}
                />
              </Group>
            </Paper>
          );
        })}
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setMore((m) => !m)}
          rightSection={
            <IconChevronDown size={14} style={{ transform: more ? 'rotate(180deg)' : undefined }} />
          }
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={more}
        >
          <Trans>Delivery note, storage location, note</Trans>
        </Button>
        <Collapse in={more}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <TextInput
                type="date"
                label={t`Received on`}
                value={receivedOn}
                max={todayIso()}
                onChange={(e) => setReceivedOn(e.currentTarget.value)}
                error={errors.receivedOn}
              />
              <TextInput
                label={t`Delivery note number`}
                maxLength={200}
                value={deliveryNote}
                onChange={(e) => setDeliveryNote(e.currentTarget.value)}
                error={errors.deliveryNote}
              />
              <TextInput
                label={t`Storage location`}
                maxLength={200}
                value={storageLocation}
                onChange={(e) => setStorageLocation(e.currentTarget.value)}
                error={errors.storageLocation}
              />
            </SimpleGrid>
            <Textarea
              label={t`Note (optional)`}
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
          </Stack>
        </Collapse>
        {(error || errors.lines || errors.shipNoticeId) && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {errors.lines ?? errors.shipNoticeId ?? error}
          </Alert>
        )}
        {lines.length > 0 && (
          <Button
            type="submit"
            size="lg"
            fullWidth
            leftSection={<IconPackageImport size={20} />}
            loading={create.isPending}
          >
            <Trans>Receive</Trans>
          </Button>
        )}
      </Stack>
    </form>
  );
}
