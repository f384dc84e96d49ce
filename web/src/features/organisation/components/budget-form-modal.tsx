import { type Budget, CreateBudgetRequest, UpdateBudgetRequest } from '@contracts/organisation';
import { Trans, useLingui } from '@lingui/react/macro';
import { SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { contractValidator } from '@/components/form-errors';
import { FormModal, useRecordReload, useSaveState } from '@/components/form-modal';
import { getBudget, useCreateBudget, useUpdateBudget } from '../queries';
import { budgetPeriodLabel } from './budget-period';

type Values = {
  costCentreId: string;
  periodType: Budget['periodType'];
  /** YYYY-MM-01 for a month; the fiscal year's first day for a year. */
  month: string | null;
  year: string;
  amount: string;
};

/** How the month picker shows its value (a dayjs format). */
const MONTH_FORMAT = 'MMMM YYYY';

const toUpdate = (v: Values) => ({ amount: v.amount.trim() });

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => String(thisYear - 1 + i));

const valuesOf = (b: Budget | undefined, costCentreId?: string): Values => ({
  costCentreId: b?.costCentreId ?? costCentreId ?? '',
  periodType: b?.periodType ?? 'month',
  month: b?.periodType === 'month' ? b.periodStart : dayjs().startOf('month').format('YYYY-MM-DD'),
  year: b ? b.periodStart.slice(0, 4) : String(thisYear),
  amount: b?.amount ?? '',
});

/** Set a cost centre's budget for a month or a fiscal year, or change an existing budget's amount. */
export function BudgetFormModal({
  opened,
  onClose,
  budget,
  costCentreOptions,
  defaultCostCentreId,
  fiscalYearStartMonth,
  baseCurrency,
}: {
  opened: boolean;
  onClose: () => void;
  budget?: Budget;
  costCentreOptions: { value: string; label: string }[];
  defaultCostCentreId?: string;
  fiscalYearStartMonth: number;
  baseCurrency: string;
}) {
  const { t, i18n } = useLingui();
  const [base, setBase] = useState(budget);
  const editing = !!base;
  const toCreate = useMemo(
    () => (v: Values) => ({
      costCentreId: v.costCentreId,
      periodType: v.periodType,
      periodStart:
        v.periodType === 'month'
          ? (v.month ?? '')
          : `${v.year}-${String(fiscalYearStartMonth).padStart(2, '0')}-01`,
      amount: v.amount.trim(),
    }),
    [fiscalYearStartMonth],
  );
  const validate = useMemo(() => {
    const contract = editing
      ? contractValidator<Values>(UpdateBudgetRequest, toUpdate)
      : contractValidator<Values>(CreateBudgetRequest, toCreate);
    return (v: Values) => ({
      ...contract(v),
      ...(editing || v.costCentreId ? {} : { costCentreId: t`Choose a cost centre` }),
      ...(editing || v.periodType === 'year' || v.month ? {} : { month: t`Choose the month` }),
    });
  }, [editing, toCreate, t]);
  const form = useForm<Values>({ mode: 'controlled', initialValues: valuesOf(budget), validate });
  const state = useSaveState(form, { periodStart: 'month' });
  const create = useCreateBudget();
  const update = useUpdateBudget();

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!opened) return;
    setBase(budget);
    const initial = valuesOf(budget, defaultCostCentreId);
    form.setInitialValues(initial);
    form.setValues(initial);
    form.clearErrors();
    state.reset();
  }, [opened, budget]);

  async function submit(values: Values) {
    const ok = await state.save(async () => {
      const saved = base
        ? await update.mutateAsync({ id: base.id, version: base.version, input: toUpdate(values) })
        : await create.mutateAsync(toCreate(values));
      notifications.show({
        color: 'teal',
        title: base ? t`Budget saved` : t`Budget set`,
        message: `${budgetPeriodLabel(i18n, saved.periodType, saved.periodStart)}: ${saved.amount} ${baseCurrency}`,
      });
    });
    if (ok) onClose();
  }

  const { reload, reloading } = useRecordReload({
    form,
    state,
    load: base ? () => getBudget(base.id) : undefined,
    valuesOf: (b: Budget) => valuesOf(b),
    onLoaded: setBase,
  });

  const v = form.values;
  const period = base ? budgetPeriodLabel(i18n, base.periodType, base.periodStart) : '';
  const title = base ? t`Edit the ${period} budget` : t`New budget`;
  const startMonth = dayjs(new Date(2000, fiscalYearStartMonth - 1, 1)).format('MMMM');

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      isDirty={() => form.isDirty()}
      title={title}
      submitLabel={editing ? t`Save amount` : t`Set budget`}
      onSubmit={form.onSubmit(submit)}
      state={state}
      onReload={() => void reload()}
      reloading={reloading}
    >
      <Stack gap="md">
        {!editing && (
          <>
            <Select
              label={t`Cost centre`}
              required
              searchable
              data={costCentreOptions}
              nothingFoundMessage={t`No such cost centre`}
              allowDeselect={false}
              {...form.getInputProps('costCentreId')}
              onChange={(c) => form.setFieldValue('costCentreId', c ?? '')}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                <Trans>Period</Trans>
              </Text>
              <SegmentedControl
                aria-label={t`Period type`}
                data={[
                  { value: 'month', label: t`Month` },
                  { value: 'year', label: t`Fiscal year` },
                ]}
                {...form.getInputProps('periodType')}
              />
            </Stack>
            {v.periodType === 'month' ? (
              <MonthPickerInput
                label={t`Month`}
                required
                valueFormat={MONTH_FORMAT}
                {...form.getInputProps('month')}
              />
            ) : (
              <Select
                label={t`Fiscal year starting in`}
                description={t`The fiscal year starts in ${startMonth} (see Settings)`}
                required
                allowDeselect={false}
                data={YEARS.map((y) => ({
                  value: y,
                  label: budgetPeriodLabel(
                    i18n,
                    'year',
                    `${y}-${String(fiscalYearStartMonth).padStart(2, '0')}-01`,
                  ),
                }))}
                {...form.getInputProps('year')}
                error={form.errors.year ?? form.errors.month}
              />
            )}
          </>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t`Amount (${baseCurrency})`}
            description={t`In base currency; orders in other currencies are converted`}
            required
            inputMode="decimal"
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('amount')}
          />
        </SimpleGrid>
      </Stack>
    </FormModal>
  );
}
