import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { applyServerErrors, FormErrorAlert } from '@/components/form-errors';
import type { FieldError } from '@/lib/api';
import { todayIso } from '@/lib/dates';
import { useProposePaymentRun } from '../queries';

type Values = {
  paymentDate: string | null;
  dueBy: string | null;
  nextRunDate: string | null;
  currency: string | null;
  note: string;
};

/**
 * Propose a payment run: the payment date, what is due by when, when the next run comes (discounts
 * that would expire before it are taken now), one currency or all. Opens the draft on success.
 */
export function ProposeRunModal({
  opened,
  onClose,
  currencies,
}: {
  opened: boolean;
  onClose: () => void;
  currencies: string[];
}) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const propose = useProposePaymentRun();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { paymentDate: todayIso(), dueBy: null, nextRunDate: null, currency: null, note: '' },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!opened) return;
    form.setValues({ paymentDate: todayIso(), dueBy: null, nextRunDate: null, currency: null, note: '' });
    form.clearErrors();
    setError(null);
    setUnmatched([]);
  }, [opened]);
  const datePattern = t({
    message: 'D MMM YYYY',
    comment: 'dayjs pattern of a picked date, e.g. 4 Dec 2026',
  });

  async function submit(values: Values) {
    setError(null);
    setUnmatched([]);
    try {
      const run = await propose.mutateAsync({
        ...(values.paymentDate ? { paymentDate: values.paymentDate } : {}),
        ...(values.dueBy ? { dueBy: values.dueBy } : {}),
        ...(values.nextRunDate ? { nextRunDate: values.nextRunDate } : {}),
        currency: values.currency,
        note: values.note.trim() || null,
      });
      onClose();
      void navigate(`/payment-runs/${run.id}`);
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err));
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t`Propose a payment run`} size="lg" centered>
      <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t`Propose a payment run`}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            <Trans>
              Every invoice approved for payment that is due by the date, and every one whose early-payment
              discount would expire before the next run, less its discount; the same suppliers’ credit notes
              are set off. Nothing is reserved until you confirm the run.
            </Trans>
          </Text>
          <FormErrorAlert error={error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DatePickerInput
              label={t`Payment date`}
              description={t`The day the bank pays`}
              required
              withAsterisk
              valueFormat={datePattern}
              {...form.getInputProps('paymentDate')}
            />
            <DatePickerInput
              label={t`Due by`}
              description={t`Invoices due on or before (default: the payment date)`}
              clearable
              valueFormat={datePattern}
              {...form.getInputProps('dueBy')}
            />
            <DatePickerInput
              label={t`Next run`}
              description={t`Discounts expiring before it are taken now (default: a week later)`}
              clearable
              valueFormat={datePattern}
              {...form.getInputProps('nextRunDate')}
            />
            <Select
              label={t`Currency`}
              description={t`Leave empty for all currencies`}
              placeholder={t`All currencies`}
              clearable
              searchable
              data={currencies}
              {...form.getInputProps('currency')}
            />
          </SimpleGrid>
          <Textarea label={t`Note`} autosize minRows={2} maxLength={1000} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              <Trans>Cancel</Trans>
            </Button>
            <Button type="submit" loading={propose.isPending}>
              <Trans>Propose run</Trans>
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
