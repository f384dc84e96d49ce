import {
  CreateExchangeRateRequest,
  type ExchangeRate,
  UpdateExchangeRateRequest,
} from '@contracts/organisation';
import { useLingui } from '@lingui/react/macro';
import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { DetailField } from '@/components/detail-section';
import { contractValidator } from '@/components/form-errors';
import { FormModal, useRecordReload, useSaveState } from '@/components/form-modal';
import { formatDate, formatDecimal } from '@/lib/format';
import { MONO_INPUT_STYLES } from '@/lib/input-styles';
import { compareDecimal, isDecimal } from '@/lib/money';
import { getExchangeRate, useCreateExchangeRate, useUpdateExchangeRate } from '../queries';

type Values = { currency: string; rate: string; validOn: string | null };

const valuesOf = (r?: ExchangeRate, currency?: string): Values => ({
  currency: r?.currency ?? currency ?? '',
  rate: r?.rate ?? '',
  validOn: r?.validOn ?? dayjs().format('YYYY-MM-DD'),
});

/** How the date picker shows its value (a dayjs format). */
const DATE_FORMAT = 'D MMM YYYY';

const toCreate = (v: Values) => ({ currency: v.currency, rate: v.rate.trim(), validOn: v.validOn ?? '' });
const toUpdate = (v: Values) => ({ rate: v.rate.trim() });

/** Enter a rate valid from a date, or correct the rate of an existing entry. */
export function ExchangeRateFormModal({
  opened,
  onClose,
  rate,
  baseCurrency,
  currencyOptions,
  defaultCurrency,
}: {
  opened: boolean;
  onClose: () => void;
  rate?: ExchangeRate;
  baseCurrency: string;
  currencyOptions: { value: string; label: string }[];
  defaultCurrency?: string;
}) {
  const { t } = useLingui();
  const [base, setBase] = useState(rate);
  const editing = !!base;
  const validate = useMemo(() => {
    const contract = editing
      ? contractValidator<Values>(UpdateExchangeRateRequest, toUpdate)
      : contractValidator<Values>(CreateExchangeRateRequest, toCreate);
    return (v: Values) => ({
      ...contract(v),
      ...(!editing && !v.currency ? { currency: t`Choose a currency` } : {}),
      ...(!editing && !v.validOn ? { validOn: t`Choose the date the rate applies from` } : {}),
      ...(v.rate.trim() === '' ? { rate: t`Is required` } : {}),
    });
  }, [editing, t]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(rate, defaultCurrency),
    validate,
  });
  const state = useSaveState(form);
  const create = useCreateExchangeRate();
  const update = useUpdateExchangeRate();

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!opened) return;
    setBase(rate);
    const initial = valuesOf(rate, defaultCurrency);
    form.setInitialValues(initial);
    form.setValues(initial);
    form.clearErrors();
    state.reset();
  }, [opened, rate]);

  async function submit(values: Values) {
    const ok = await state.save(async () => {
      const saved = base
        ? await update.mutateAsync({ id: base.id, version: base.version, input: toUpdate(values) })
        : await create.mutateAsync(toCreate(values));
      const from = saved.currency;
      const rateText = formatDecimal(saved.rate);
      const to = saved.baseCurrency;
      const validOn = formatDate(saved.validOn);
      notifications.show({
        color: 'teal',
        title: base ? t`Rate corrected` : t`Rate entered`,
        message: t`1 ${from} = ${rateText} ${to} from ${validOn}`,
      });
    });
    if (ok) onClose();
  }

  const { reload, reloading } = useRecordReload({
    form,
    state,
    load: base ? () => getExchangeRate(base.id) : undefined,
    valuesOf,
    onLoaded: setBase,
  });

  const v = form.values;
  const currency = base?.currency ?? (v.currency || '…');
  const pair = base ? base.baseCurrency : baseCurrency;
  const typedRate = formatDecimal(v.rate.trim());
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      isDirty={() => form.isDirty()}
      title={editing ? t`Correct exchange rate` : t`New exchange rate`}
      submitLabel={editing ? t`Save rate` : t`Enter rate`}
      onSubmit={form.onSubmit(submit)}
      state={state}
      onReload={() => void reload()}
      reloading={reloading}
      size="md"
    >
      {editing && base ? (
        <SimpleGrid cols={2}>
          <DetailField label={t`Currency`}>
            {base.currency} → {base.baseCurrency}
          </DetailField>
          <DetailField label={t`Valid from`}>{formatDate(base.validOn)}</DetailField>
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t`Currency`}
            required
            searchable
            data={currencyOptions}
            nothingFoundMessage={t`No such active currency`}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('currency')}
            onChange={(c) => form.setFieldValue('currency', c ?? '')}
          />
          <DatePickerInput
            label={t`Valid from`}
            description={t`Applies until the next rate`}
            required
            withAsterisk
            valueFormat={DATE_FORMAT}
            {...form.getInputProps('validOn')}
          />
        </SimpleGrid>
      )}
      <TextInput
        label={t`Rate: ${pair} for 1 ${currency}`}
        description={t`How many ${pair} one ${currency} buys; up to 10 decimal places`}
        required
        inputMode="decimal"
        autoComplete="off"
        styles={MONO_INPUT_STYLES}
        data-autofocus={editing || undefined}
        {...form.getInputProps('rate')}
      />
      {isDecimal(v.rate) && compareDecimal(v.rate, '0') > 0 && (
        <Text size="sm" c="dimmed" ff="monospace">
          1 {currency} = {typedRate} {pair}
        </Text>
      )}
    </FormModal>
  );
}
