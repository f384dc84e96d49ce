import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconTruckReturn } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useAttachments } from '@/features/discussion/queries';
import { errorMessage, isApiError } from '@/lib/api';
import { fieldErrorsByLine } from '@/lib/contract-messages';
import { todayIso } from '@/lib/dates';
import { formatDecimal } from '@/lib/format';
import { isDecimal, isZero } from '@/lib/money';
import { REJECTION_REASON_LABELS } from '../labels';
import { type Receipt, type ReturnRemedy, useCreateReturn } from '../queries';

/**
 * A return of a receipt's rejected goods to the supplier: what goes back per line (all that was
 * rejected and not yet returned, to begin with) and what is expected for it.
 */
export function ReturnForm({ receipt, onDone }: { receipt: Receipt; onDone: () => void }) {
  const { t, i18n } = useLingui();
  const create = useCreateReturn();
  const lines = receipt.lines.filter((l) => !isZero(l.quantityReturnable));
  const [quantities, setQuantities] = useState<Record<number, string>>(() =>
    Object.fromEntries(lines.map((l) => [l.lineNo, l.quantityReturnable])),
  );
  const [remedy, setRemedy] = useState<ReturnRemedy>('replacement');
  const [expectedOn, setExpectedOn] = useState('');
  const [note, setNote] = useState('');
  const files = useAttachments('goods_receipt', receipt.id);
  // The receipt's photos and reports go with the return unless unticked: the supplier sees them.
  const [leftOut, setLeftOut] = useState<Set<string>>(() => new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setError(null);
    const taken = lines
      .map((l) => ({ lineNo: l.lineNo, quantity: (quantities[l.lineNo] ?? '').trim() }))
      .filter((l) => l.quantity !== '' && !(isDecimal(l.quantity) && isZero(l.quantity)));
    if (taken.length === 0) {
      setError(t`Enter what goes back of at least one line.`);
      return;
    }
    if (remedy === 'replacement' && !expectedOn) {
      setErrors({ replacementExpectedOn: t`Say when the replacement should arrive` });
      return;
    }
    try {
      const created = await create.mutateAsync({
        receiptId: receipt.id,
        remedy,
        replacementExpectedOn: remedy === 'replacement' ? expectedOn : null,
        note: note.trim() || null,
        lines: taken,
        attachmentIds: (files.data ?? []).filter((a) => !leftOut.has(a.id)).map((a) => a.id),
      });
      const { number } = created;
      notifications.show({
        color: 'teal',
        title: t`Return ${number} recorded`,
        message: t`The supplier has been told.`,
      });
      onDone();
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        setErrors(fieldErrorsByLine(err.fieldErrors, (i) => taken[i]?.lineNo));
      } else setError(errorMessage(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t`Return to supplier`}>
      <Stack gap="sm">
        <Text size="sm">
          <Trans>
            Goods rejected at inspection go back to the supplier, who is told by e-mail and in the portal.
          </Trans>
        </Text>
        {lines.map((l) => {
          const { lineNo, unitCode } = l;
          const most = formatDecimal(l.quantityReturnable);
          const reasons = l.inspections
            .filter((x) => x.rejectionReason)
            .map((x) => (x.rejectionReason ? i18n._(REJECTION_REASON_LABELS[x.rejectionReason]) : ''))
            .join(', ');
          return (
            <Group key={lineNo} justify="space-between" wrap="wrap" gap="xs" align="flex-end">
              <div style={{ minWidth: 0, flex: '1 1 12rem' }}>
                <Text size="sm" fw={500}>
                  {lineNo}. {l.description}
                </Text>
                <Text size="xs" c="dimmed">
                  <Trans>
                    {most} {unitCode} rejected — {reasons}
                  </Trans>
                </Text>
              </div>
              <TextInput
                w={{ base: '100%', xs: 160 }}
                label={t`Send back (${unitCode})`}
                aria-label={t`Quantity to send back of line ${lineNo}`}
                inputMode="decimal"
                value={quantities[lineNo] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setQuantities((q) => ({ ...q, [lineNo]: value }));
                }}
                error={errors[String(lineNo)]}
              />
            </Group>
          );
        })}
        <div>
          <Text size="sm" fw={500} mb={4} id="return-remedy-label">
            <Trans>What do you expect from the supplier?</Trans>
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="return-remedy-label"
            value={remedy}
            onChange={(v) => setRemedy(v as ReturnRemedy)}
            data={[
              { value: 'replacement', label: t`A replacement` },
              { value: 'credit', label: t`A credit` },
            ]}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {remedy === 'replacement'
              ? t`The quantity stays open on the order, due on the date below.`
              : t`The quantity is no longer expected; the supplier's credit note settles it.`}
          </Text>
        </div>
        {remedy === 'replacement' && (
          <TextInput
            type="date"
            label={t`Replacement due`}
            required
            min={todayIso()}
            value={expectedOn}
            onChange={(e) => setExpectedOn(e.currentTarget.value)}
            error={errors.replacementExpectedOn}
          />
        )}
        {(files.data ?? []).length > 0 && (
          <Checkbox.Group
            label={t`Send with the return`}
            description={t`The supplier sees these files in the portal.`}
            value={(files.data ?? []).filter((a) => !leftOut.has(a.id)).map((a) => a.id)}
            onChange={(kept) =>
              setLeftOut(new Set((files.data ?? []).filter((a) => !kept.includes(a.id)).map((a) => a.id)))
            }
            error={errors.attachmentIds}
          >
            <Stack gap={4} mt={4}>
              {(files.data ?? []).map((a) => (
                <Checkbox key={a.id} value={a.id} label={a.fileName} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Textarea
          label={t`Note to the supplier`}
          description={t`How the goods travel back, a return authorisation number…`}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
        />
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            color="red"
            leftSection={<IconTruckReturn size={16} />}
            loading={create.isPending}
          >
            <Trans>Return and tell the supplier</Trans>
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
