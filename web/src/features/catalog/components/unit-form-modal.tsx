import { CreateUnitRequest, type Unit, UpdateUnitRequest } from '@contracts/catalog';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { contractValidator } from '@/components/form-errors';
import { FormModal, useRecordReload, useSaveState } from '@/components/form-modal';
import { MONO_INPUT_STYLES } from '@/lib/input-styles';
import { compareDecimal, isDecimal } from '@/lib/money';
import { describeUnitConversion } from '../catalog-format';
import { getUnit, useCreateUnit, useUpdateUnit } from '../queries';

type Values = {
  code: string;
  name: string;
  decimals: number | string;
  baseUnitCode: string;
  factor: string;
  uneceCode: string;
};

const valuesOf = (u?: Unit): Values => ({
  code: u?.code ?? '',
  name: u?.name ?? '',
  decimals: u?.decimals ?? 0,
  baseUnitCode: u?.baseUnitCode ?? '',
  factor: u?.factor ?? '1',
  uneceCode: u?.uneceCode ?? '',
});

const fields = (v: Values) => ({
  name: v.name,
  decimals: v.decimals === '' ? Number.NaN : Number(v.decimals),
  baseUnitCode: v.baseUnitCode || null,
  factor: v.baseUnitCode ? v.factor.trim() : '1',
  uneceCode: v.uneceCode.trim() === '' ? null : v.uneceCode.trim().toUpperCase(),
});
const toCreate = (v: Values) => ({ code: v.code.trim(), ...fields(v) });

/** Create or edit a unit of measure; the code is fixed once created (items refer to it). */
export function UnitFormModal({
  opened,
  onClose,
  unit,
  units,
}: {
  opened: boolean;
  onClose: () => void;
  unit?: Unit;
  /** Every unit, for the base unit picker. */
  units: readonly Unit[];
}) {
  const { t } = useLingui();
  const [base, setBase] = useState(unit);
  const editing = !!base;
  const validate = useMemo(
    () =>
      editing
        ? contractValidator<Values>(UpdateUnitRequest, fields)
        : contractValidator<Values>(CreateUnitRequest, toCreate),
    [editing],
  );
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(unit),
    validate: (v) => ({ ...validate(v), ...(v.decimals === '' ? { decimals: t`Is required` } : {}) }),
  });
  const state = useSaveState(form);
  const create = useCreateUnit();
  const update = useUpdateUnit();

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!opened) return;
    setBase(unit);
    form.setInitialValues(valuesOf(unit));
    form.setValues(valuesOf(unit));
    form.clearErrors();
    state.reset();
  }, [opened, unit]);

  const v = form.values;
  const code = (base?.code ?? v.code.trim()) || t`this unit`;
  const baseOptions = units
    .filter((u) => u.code !== base?.code)
    .map((u) => ({ value: u.code, label: `${u.code} · ${u.name}` }));
  const hint =
    v.baseUnitCode && isDecimal(v.factor) && compareDecimal(v.factor, '0') > 0
      ? describeUnitConversion({ code, baseUnitCode: v.baseUnitCode, factor: v.factor.trim() })
      : null;

  async function submit(values: Values) {
    const ok = await state.save(async () => {
      const saved = base
        ? await update.mutateAsync({ code: base.code, version: base.version, input: fields(values) })
        : await create.mutateAsync(toCreate(values));
      notifications.show({
        color: 'teal',
        title: base ? t`Unit saved` : t`Unit created`,
        message: `${saved.code} · ${saved.name}`,
      });
    });
    if (ok) onClose();
  }

  const { reload, reloading } = useRecordReload({
    form,
    state,
    load: base ? () => getUnit(base.code) : undefined,
    valuesOf,
    onLoaded: setBase,
  });

  const decimals = v.decimals === '' ? null : Number(v.decimals);
  const baseCode = v.baseUnitCode;
  const editedCode = base?.code ?? '';
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      isDirty={() => form.isDirty()}
      title={editing ? t`Edit unit ${editedCode}` : t`New unit of measure`}
      submitLabel={editing ? t`Save changes` : t`Create unit`}
      onSubmit={form.onSubmit(submit)}
      state={state}
      onReload={() => void reload()}
      reloading={reloading}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          label={t`Code`}
          description={editing ? t`Never changes` : t`As on orders, e.g. BOX`}
          required={!editing}
          disabled={editing}
          maxLength={20}
          autoComplete="off"
          styles={MONO_INPUT_STYLES}
          data-autofocus={!editing || undefined}
          {...form.getInputProps('code')}
        />
        <TextInput
          label={t`Name`}
          description={t`e.g. Box of 12`}
          required
          maxLength={100}
          autoComplete="off"
          data-autofocus={editing || undefined}
          {...form.getInputProps('name')}
        />
        <NumberInput
          label={t`Decimals`}
          description={
            decimals === 0
              ? t`Whole numbers only`
              : decimals !== null && decimals > 0 && decimals <= 6
                ? plural(decimals, { one: 'Up to # place', other: 'Up to # places' })
                : t`0 to 6`
          }
          required
          min={0}
          max={6}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          {...form.getInputProps('decimals')}
        />
        <TextInput
          label={t`UN/ECE code`}
          description={t`What electronic orders call it: C62 one, KGM kilogram, HUR hour, XBX box`}
          maxLength={3}
          autoComplete="off"
          {...form.getInputProps('uneceCode')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t`Base unit`}
          description={t`Leave empty if this unit is not a multiple of another`}
          placeholder={t`None`}
          clearable
          searchable
          data={baseOptions}
          nothingFoundMessage={t`No such unit`}
          {...form.getInputProps('baseUnitCode')}
          onChange={(value) => {
            form.setFieldValue('baseUnitCode', value ?? '');
            if (!value) form.setFieldValue('factor', '1');
          }}
        />
        <TextInput
          label={t`Factor`}
          description={
            baseCode ? t`How many ${baseCode} make one ${code}` : t`Only for a unit with a base unit`
          }
          required={!!v.baseUnitCode}
          disabled={!v.baseUnitCode}
          inputMode="decimal"
          autoComplete="off"
          {...form.getInputProps('factor')}
        />
      </SimpleGrid>
      {hint ? (
        <Alert variant="light" color="indigo" icon={<IconArrowsExchange size={18} />} p="sm">
          <Text size="sm" fw={600} ff="monospace">
            {hint}
          </Text>
          <Text size="xs" c="dimmed">
            <Trans>
              Quantities in {code} convert to {baseCode} with this factor.
            </Trans>
          </Text>
        </Alert>
      ) : (
        v.baseUnitCode === '' && (
          <Text size="xs" c="dimmed">
            <Trans>Example: a BOX of 12 has base unit EA and factor 12, which reads “1 BOX = 12 EA”.</Trans>
          </Text>
        )
      )}
    </FormModal>
  );
}
