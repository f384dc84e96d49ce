import { type CostCentre, CreateCostCentreRequest, UpdateCostCentreRequest } from '@contracts/organisation';
import { useLingui } from '@lingui/react/macro';
import { Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { contractValidator } from '@/components/form-errors';
import { FormModal, useRecordReload, useSaveState } from '@/components/form-modal';
import type { Department } from '../queries';
import { getCostCentre, useCreateCostCentre, useUpdateCostCentre } from '../queries';
import type { RenderUserSelect } from './user-picker-field';

type Values = { code: string; name: string; departmentId: string; ownerUserId: string; active: boolean };

const valuesOf = (c: CostCentre | undefined, departmentId?: string): Values => ({
  code: c?.code ?? '',
  name: c?.name ?? '',
  departmentId: c?.departmentId ?? departmentId ?? '',
  ownerUserId: c?.ownerUserId ?? '',
  active: c?.active ?? true,
});

/** Create or edit a cost centre: code, name, department, owner and whether it is active. */
export function CostCentreFormModal({
  opened,
  onClose,
  costCentre,
  departments,
  defaultDepartmentId,
  renderUserSelect,
}: {
  opened: boolean;
  onClose: () => void;
  costCentre?: CostCentre;
  departments: readonly Department[];
  /** The department a new cost centre starts in (e.g. on the department's page). */
  defaultDepartmentId?: string;
  renderUserSelect: RenderUserSelect;
}) {
  const { t } = useLingui();
  const [base, setBase] = useState(costCentre);
  const editing = !!base;
  const withOwner = !!renderUserSelect;
  const toRequest = useMemo(
    () => (v: Values) => ({
      code: v.code.trim(),
      name: v.name,
      departmentId: v.departmentId,
      ...(withOwner && { ownerUserId: v.ownerUserId || null }),
      active: v.active,
    }),
    [withOwner],
  );
  const validate = useMemo(() => {
    const contract = contractValidator<Values>(
      editing ? UpdateCostCentreRequest : CreateCostCentreRequest,
      toRequest,
    );
    return (v: Values) => ({
      ...contract(v),
      ...(v.departmentId ? {} : { departmentId: t`Choose a department` }),
    });
  }, [editing, toRequest, t]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(costCentre, defaultDepartmentId),
    validate,
  });
  const state = useSaveState(form);
  const create = useCreateCostCentre();
  const update = useUpdateCostCentre();

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!opened) return;
    setBase(costCentre);
    const initial = valuesOf(costCentre, defaultDepartmentId);
    form.setInitialValues(initial);
    form.setValues(initial);
    form.clearErrors();
    state.reset();
  }, [opened, costCentre]);

  const departmentOptions = departments
    .filter((d) => d.active || d.id === base?.departmentId)
    .map((d) => {
      const label = `${d.code} · ${d.name}`;
      return { value: d.id, label: d.active ? label : t`${label} (inactive)` };
    });

  async function submit(values: Values) {
    const ok = await state.save(async () => {
      const saved = base
        ? await update.mutateAsync({ id: base.id, version: base.version, input: toRequest(values) })
        : await create.mutateAsync(toRequest(values));
      notifications.show({
        color: 'teal',
        title: base ? t`Cost centre saved` : t`Cost centre created`,
        message: `${saved.name} (${saved.code})`,
      });
    });
    if (ok) onClose();
  }

  const { reload, reloading } = useRecordReload({
    form,
    state,
    load: base ? () => getCostCentre(base.id) : undefined,
    valuesOf,
    onLoaded: setBase,
  });

  const code = base?.code ?? '';
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      isDirty={() => form.isDirty()}
      title={editing ? t`Edit cost centre ${code}` : t`New cost centre`}
      submitLabel={editing ? t`Save changes` : t`Create cost centre`}
      onSubmit={form.onSubmit(submit)}
      state={state}
      onReload={() => void reload()}
      reloading={reloading}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t`Code`}
          description={t`As used in accounting, e.g. CC-4100`}
          required
          maxLength={30}
          autoComplete="off"
          data-autofocus
          {...form.getInputProps('code')}
        />
        <TextInput
          label={t`Name`}
          required
          maxLength={200}
          autoComplete="off"
          {...form.getInputProps('name')}
        />
      </SimpleGrid>
      <Select
        label={t`Department`}
        required
        searchable
        data={departmentOptions}
        nothingFoundMessage={t`No such department`}
        allowDeselect={false}
        {...form.getInputProps('departmentId')}
        onChange={(v) => form.setFieldValue('departmentId', v ?? '')}
      />
      {renderUserSelect?.({
        label: t({ message: 'Owner', context: 'cost centre owner' }),
        description: t`Answers for the cost centre’s spending`,
        placeholder: t`Search name or e-mail`,
        clearable: true,
        value: form.values.ownerUserId || null,
        onChange: (v) => form.setFieldValue('ownerUserId', v ?? ''),
        error: form.errors.ownerUserId,
      })}
      <Switch
        label={t`Active`}
        description={t`Inactive cost centres cannot be charged on new documents.`}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
