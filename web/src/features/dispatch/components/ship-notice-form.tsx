import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Autocomplete,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconTruckDelivery } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { fieldErrorsByLine } from '@/lib/contract-messages';
import { todayIso } from '@/lib/dates';
import { formatDecimal } from '@/lib/format';
import { isDecimal, isNegative, isZero, maxDecimal, subtractDecimal } from '@/lib/money';
import { CARRIER_TRACKING_URLS } from '../../../../../src/domain/dispatch';
import { useCreateShipNotice } from '../queries';

/** What the form needs of an order line. */
export type ShippableLine = {
  lineNo: number;
  description: string;
  quantity: string;
  unitCode: string;
  quantityShipped: string;
  quantityReceived: string;
  quantityShortClosed: string;
};

/** What is still to ship of a line: ordered less short-closed, less shipped or received (the more). */
export function openToShip(l: ShippableLine): string {
  const open = subtractDecimal(
    subtractDecimal(l.quantity, l.quantityShortClosed),
    maxDecimal(l.quantityShipped, l.quantityReceived),
  );
  return isNegative(open) ? '0' : open;
}

const CARRIERS = CARRIER_TRACKING_URLS.map((c) => c.label);

/**
 * A ship notice against one order: per line the quantity shipped (prefilled with what is still
 * open; empty or 0 ships nothing of it), the despatch and expected dates, carrier, tracking number,
 * packages and a note. The supplier in the portal, or the buyer on its behalf (`onBehalf`).
 */
export function ShipNoticeForm({
  orderId,
  lines,
  onBehalf = false,
  onDone,
}: {
  orderId: string;
  lines: ShippableLine[];
  onBehalf?: boolean;
  onDone?: () => void;
}) {
  const { t } = useLingui();
  const create = useCreateShipNotice();
  const [quantities, setQuantities] = useState<Record<number, string>>(() =>
    Object.fromEntries(lines.map((l) => [l.lineNo, openToShip(l)])),
  );
  const [despatchDate, setDespatchDate] = useState(todayIso());
  const [expectedDeliveryDate, setExpected] = useState('');
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTracking] = useState('');
  const [packages, setPackages] = useState<number | string>('');
  const [supplierReference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setErrors({});
    const shipped = lines
      .map((l) => ({ lineNo: l.lineNo, quantity: (quantities[l.lineNo] ?? '').trim() }))
      .filter((l) => l.quantity !== '' && !(isDecimal(l.quantity) && isZero(l.quantity)));
    if (shipped.length === 0) {
      setError(t`Enter the quantity shipped of at least one line.`);
      return;
    }
    try {
      const notice = await create.mutateAsync({
        orderId,
        body: {
          despatchDate,
          expectedDeliveryDate: expectedDeliveryDate || null,
          carrier: carrier.trim() || null,
          trackingNumber: trackingNumber.trim() || null,
          packages: typeof packages === 'number' ? packages : null,
          supplierReference: supplierReference.trim() || null,
          note: note.trim() || null,
          lines: shipped,
        },
      });
      const { number } = notice;
      notifications.show({
        color: 'teal',
        title: t`Ship notice ${number} sent`,
        message: onBehalf ? t`Recorded on the supplier's behalf.` : t`The buyer sees what is on its way.`,
      });
      onDone?.();
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        setErrors(fieldErrorsByLine(err.fieldErrors, (i) => shipped[i]?.lineNo));
        setError(t`Some fields need another look.`);
      } else setError(errorMessage(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t`Ship notice`}>
      <Stack gap="sm">
        {/* Lines shipped in full are not asked about again. */}
        {lines
          .filter((l) => !isZero(openToShip(l)))
          .map((l) => {
            const open = openToShip(l);
            const { lineNo, unitCode } = l;
            const openText = formatDecimal(open);
            const ordered = formatDecimal(l.quantity);
            return (
              <Paper key={l.lineNo} withBorder radius="md" p="sm" data-testid={`ship-line-${l.lineNo}`}>
                <Group justify="space-between" wrap="wrap" gap="xs" align="flex-end">
                  <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
                    <Text fw={600} size="sm">
                      {l.lineNo}. {l.description}
                    </Text>
                    <Text size="sm" c="dimmed">
                      <Trans>
                        {openText} {unitCode} open of {ordered}
                      </Trans>
                    </Text>
                  </div>
                  <TextInput
                    w={{ base: '100%', xs: 160 }}
                    label={t`Shipped (${unitCode})`}
                    aria-label={t`Quantity shipped of line ${lineNo}`}
                    inputMode="decimal"
                    value={quantities[l.lineNo] ?? ''}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setQuantities((q) => ({ ...q, [l.lineNo]: value }));
                    }}
                    error={errors[String(l.lineNo)]}
                  />
                </Group>
              </Paper>
            );
          })}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {/* The browser's own date fields: a phone opens its native picker. */}
          <TextInput
            type="date"
            label={t`Despatch date`}
            required
            value={despatchDate}
            onChange={(e) => setDespatchDate(e.currentTarget.value)}
            error={errors.despatchDate}
          />
          <TextInput
            type="date"
            label={t`Expected delivery`}
            value={expectedDeliveryDate}
            onChange={(e) => setExpected(e.currentTarget.value)}
            error={errors.expectedDeliveryDate}
          />
          <Autocomplete
            label={t`Carrier`}
            data={CARRIERS}
            maxLength={200}
            value={carrier}
            onChange={setCarrier}
            error={errors.carrier}
          />
          <TextInput
            label={t`Tracking number`}
            maxLength={200}
            value={trackingNumber}
            onChange={(e) => setTracking(e.currentTarget.value)}
            error={errors.trackingNumber}
          />
          <NumberInput
            label={t`Packages`}
            min={1}
            max={100000}
            allowDecimal={false}
            value={packages}
            onChange={setPackages}
            error={errors.packages}
          />
          <TextInput
            label={onBehalf ? t`Supplier's delivery note number` : t`Your delivery note number`}
            maxLength={200}
            value={supplierReference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={errors.supplierReference}
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
        {(error || errors.lines) && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {errors.lines ?? error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconTruckDelivery size={16} />} loading={create.isPending}>
            {onBehalf ? <Trans>Record ship notice</Trans> : <Trans>Send ship notice</Trans>}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
