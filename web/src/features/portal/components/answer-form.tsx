import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { fieldErrorsByLine } from '@/lib/contract-messages';
import { formatDate, formatDecimal, formatMoney } from '@/lib/format';
import { type PortalOrder, useSubmitAnswer } from '../queries';

type Decision = 'accept' | 'change' | 'reject';
type LineAnswer = {
  decision: Decision;
  promisedDate: string | null;
  quantity: string;
  unitPrice: string;
  reason: string;
};

const dueOf = (order: PortalOrder, line: PortalOrder['lines'][number]) =>
  line.neededBy ?? order.expectedDeliveryDate;

/**
 * The supplier's answer to a sent order, line by line — accept (with the date it promises), change
 * (another date, quantity or price) or reject (with why) — and one note, sent in one go. Cards,
 * not a table, so it works on a phone.
 */
export function AnswerForm({ order }: { order: PortalOrder }) {
  const { t } = useLingui();
  const submit = useSubmitAnswer();
  const [answers, setAnswers] = useState<Record<number, LineAnswer>>(() =>
    Object.fromEntries(
      order.lines.map((l) => [
        l.lineNo,
        {
          decision: 'accept',
          promisedDate: dueOf(order, l),
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          reason: '',
        },
      ]),
    ),
  );
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const set = (lineNo: number, patch: Partial<LineAnswer>) =>
    setAnswers((a) => ({ ...a, [lineNo]: { ...a[lineNo]!, ...patch } }));
  const changes = Object.values(answers).filter((a) => a.decision !== 'accept').length;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setErrors({});
    const lines = order.lines.map((l) => {
      const a = answers[l.lineNo]!;
      if (a.decision === 'accept')
        return { lineNo: l.lineNo, decision: a.decision, promisedDate: a.promisedDate };
      if (a.decision === 'reject')
        return { lineNo: l.lineNo, decision: a.decision, reason: a.reason.trim() || null };
      return {
        lineNo: l.lineNo,
        decision: a.decision,
        promisedDate: a.promisedDate,
        quantity: a.quantity.trim() || null,
        unitPrice: a.unitPrice.trim() || null,
        reason: a.reason.trim() || null,
      };
    });
    try {
      const answer = await submit.mutateAsync({
        id: order.id,
        body: { orderRevision: order.revision, note: note.trim() || null, lines },
      });
      notifications.show({
        color: 'teal',
        title: answer.status === 'accepted' ? t`Order confirmed` : t`Proposal sent`,
        message:
          answer.status === 'accepted'
            ? t`The buyer sees your confirmation and promised dates.`
            : t`The buyer decides on your proposal; you can change it until then.`,
      });
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        setErrors(fieldErrorsByLine(err.fieldErrors, (i) => order.lines[i]?.lineNo));
        setError(t`Some lines need another look.`);
      } else setError(errorMessage(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t`Your answer`}>
      <Stack gap="sm">
        {order.lines.map((l) => {
          const a = answers[l.lineNo]!;
          const due = dueOf(order, l);
          const dueText = formatDate(due);
          const { lineNo, unitCode } = l;
          const { currency } = order;
          return (
            <Paper key={l.lineNo} withBorder radius="md" p="sm" data-testid={`answer-line-${l.lineNo}`}>
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} size="sm">
                      {l.lineNo}. {l.description}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {formatDecimal(l.quantity)} {l.unitCode} × {formatMoney(l.unitPrice, order.currency)}
                      {due ? ` · ${t`needed by ${dueText}`}` : ''}
                    </Text>
                  </div>
                  {l.sku && (
                    <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                      {l.sku}
                    </Badge>
                  )}
                </Group>
                <SegmentedControl
                  fullWidth
                  value={a.decision}
                  onChange={(v) => set(l.lineNo, { decision: v as Decision })}
                  aria-label={t`Answer to line ${lineNo}`}
                  data={[
                    { value: 'accept', label: t`Accept` },
                    { value: 'change', label: t`Change` },
                    { value: 'reject', label: t`Reject` },
                  ]}
                />
                {a.decision !== 'reject' && (
                  <SimpleGrid cols={{ base: 1, xs: a.decision === 'change' ? 3 : 1 }} spacing="xs">
                    {/* The browser's own date field: a phone opens its native picker. */}
                    <TextInput
                      type="date"
                      label={a.decision === 'accept' ? t`Delivery date you promise` : t`Date you propose`}
                      value={a.promisedDate ?? ''}
                      onChange={(e) => set(l.lineNo, { promisedDate: e.currentTarget.value || null })}
                    />
                    {a.decision === 'change' && (
                      <>
                        <TextInput
                          label={t`Quantity (${unitCode})`}
                          inputMode="decimal"
                          value={a.quantity}
                          onChange={(e) => set(l.lineNo, { quantity: e.currentTarget.value })}
                        />
                        <TextInput
                          label={t`Unit price (${currency})`}
                          inputMode="decimal"
                          value={a.unitPrice}
                          onChange={(e) => set(l.lineNo, { unitPrice: e.currentTarget.value })}
                        />
                      </>
                    )}
                  </SimpleGrid>
                )}
                {a.decision !== 'accept' && (
                  <TextInput
                    label={a.decision === 'reject' ? t`Why you reject it` : t`Why (optional)`}
                    required={a.decision === 'reject'}
                    maxLength={1000}
                    value={a.reason}
                    onChange={(e) => set(l.lineNo, { reason: e.currentTarget.value })}
                  />
                )}
                {errors[String(l.lineNo)] && (
                  <Text size="sm" c="red" role="alert">
                    {errors[String(l.lineNo)]}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
        <Textarea
          label={t`Note to the buyer (optional)`}
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
          <Button type="submit" leftSection={<IconSend size={16} />} loading={submit.isPending}>
            {changes === 0 ? <Trans>Confirm the order</Trans> : <Trans>Send proposal</Trans>}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
