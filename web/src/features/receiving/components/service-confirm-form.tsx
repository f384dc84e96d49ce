import type { PurchaseOrder } from '@contracts/purchase-orders';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconChecks } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { fieldErrorsByLine } from '@/lib/contract-messages';
import { formatDecimal, formatMoney } from '@/lib/format';
import { isZero } from '@/lib/money';
import { useCreateReceipt } from '../queries';

type Mode = 'percent' | 'amount';

/** The service lines of an order that still expect something. */
export function openServiceLines(order: PurchaseOrder): PurchaseOrder['lines'] {
  return order.lines.filter((l) => l.service && !isZero(l.progress.outstanding));
}

/**
 * Confirms services as received: per service line how far the whole line is complete (%) or the
 * amount delivered now; the server turns either into quantity at the line's terms, and the order's
 * progress follows. Lines left empty are not confirmed.
 */
export function ServiceConfirmForm({ order, onDone }: { order: PurchaseOrder; onDone: () => void }) {
  const { t } = useLingui();
  const create = useCreateReceipt();
  const lines = openServiceLines(order);
  const [modes, setModes] = useState<Record<number, Mode>>({});
  const [values, setValues] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setError(null);
    const given = lines
      .map((l) => ({
        lineNo: l.lineNo,
        mode: modes[l.lineNo] ?? 'percent',
        value: (values[l.lineNo] ?? '').trim(),
      }))
      .filter((l) => l.value !== '');
    if (given.length === 0) {
      setError(t`Enter how far at least one service is complete, or the amount delivered.`);
      return;
    }
    try {
      const receipt = await create.mutateAsync({
        purchaseOrderId: order.id,
        lines: given.map((l) =>
          l.mode === 'percent'
            ? { lineNo: l.lineNo, percentComplete: l.value }
            : { lineNo: l.lineNo, amount: l.value },
        ),
      });
      const { number } = receipt;
      notifications.show({
        color: 'teal',
        title: t`${number} recorded`,
        message: t`The services count as delivered.`,
      });
      onDone();
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        setErrors(fieldErrorsByLine(err.fieldErrors, (i) => given[i]?.lineNo));
      } else setError(errorMessage(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t`Confirm services`}>
      <Stack gap="md">
        <Text size="sm">
          <Trans>
            Say how far each service is complete in all, or the amount delivered now. What it adds counts as
            delivered.
          </Trans>
        </Text>
        {lines.map((l) => {
          const { lineNo, unitCode } = l;
          const mode = modes[lineNo] ?? 'percent';
          const done = formatDecimal(l.progress.acceptedPercent);
          const accepted = formatDecimal(l.quantityAccepted);
          const ordered = formatDecimal(l.progress.expected);
          const net = formatMoney(l.netAmount, order.currency);
          return (
            <Stack key={lineNo} gap={6}>
              <div>
                <Text size="sm" fw={500}>
                  {lineNo}. {l.description}
                </Text>
                <Text size="xs" c="dimmed">
                  <Trans>
                    {done} % confirmed ({accepted} of {ordered} {unitCode}) · {net} net
                  </Trans>
                </Text>
              </div>
              <Group gap="sm" align="flex-end" wrap="wrap">
                <SegmentedControl
                  size="xs"
                  aria-label={t`How line ${lineNo} is confirmed`}
                  value={mode}
                  onChange={(v) => setModes((m) => ({ ...m, [lineNo]: v as Mode }))}
                  data={[
                    { value: 'percent', label: t`% complete` },
                    { value: 'amount', label: t`Amount` },
                  ]}
                />
                <TextInput
                  w={{ base: '100%', xs: 200 }}
                  aria-label={
                    mode === 'percent'
                      ? t`Percent complete of line ${lineNo}`
                      : t`Amount delivered of line ${lineNo}`
                  }
                  inputMode="decimal"
                  rightSection={mode === 'percent' ? '%' : order.currency}
                  rightSectionWidth={mode === 'percent' ? undefined : 48}
                  value={values[lineNo] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setValues((v) => ({ ...v, [lineNo]: value }));
                  }}
                  error={errors[String(lineNo)]}
                />
              </Group>
            </Stack>
          );
        })}
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconChecks size={16} />} loading={create.isPending}>
            <Trans>Confirm</Trans>
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
