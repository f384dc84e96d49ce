import { CreateDepartmentRequest, type Department, UpdateDepartmentRequest } from '@contracts/organisation';
import { useLingui } from '@lingui/react/macro';
import { SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { contractValidator } from '@/components/form-errors';
import { FormModal, useRecordReload, useSaveState } from '@/components/form-modal';
import { getDepartment, useCreateDepartment, useUpdateDepartment } from '../queries';
import type { RenderUserSelect } from './user-picker-field';

type Values = { code: string; name: string; headUserId: string; active: boolean };

const valuesOf = (d?: Department): Values => ({
  code: d?.code ?? '',
  name: d?.name ?? '',
  headUserId: d?.headUserId ?? '',
  active: d?.active ?? true,
});

/** Create or edit a department: code, name, head of department and whether it is active. */
export function DepartmentFormModal({
  opened,
  onClose,
  department,
  renderUserSelect,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  department?: Department;
  renderUserSelect: RenderUserSelect;
  onSaved?: (department: Department) => void;
}) {
  const { t } = useLingui();
  const [base, setBase] = useState(department);
  const editing = !!base;
  const withHead = !!renderUserSelect;
  const toRequest = useMemo(
    () => (v: Values) => ({
      code: v.code.trim(),
      name: v.name,
      ...(withHead && { headUserId: v.headUserId || null }),
      active: v.active,
    }),
    [withHead],
  );
  const validate = useMemo(
    () => contractValidator<Values>(editing ? UpdateDepartmentRequest : CreateDepartmentRequest, toRequest),
    [editing, toRequest],
  );
  const form = useForm<Values>({ mode: 'controlled', initialValues: valuesOf(department), validate });
  const state = useSaveState(form);
  const create = useCreateDepartment();
  const update = useUpdateDepartment();

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!opened) return;
    setBase(department);
    form.setInitialValues(valuesOf(department));
    form.setValues(valuesOf(department));
    form.clearErrors();
    state.reset();
  }, [opened, department]);

  async function submit(values: Values) {
    const ok = await state.save(async () => {
      const saved = base
        ? await update.mutateAsync({ id: base.id, version: base.version, input: toRequest(values) })
        : await create.mutateAsync(toRequest(values));
      notifications.show({
        color: 'teal',
        title: base ? t`Department saved` : t`Department created`,
        message: `${saved.name} (${saved.code})`,
      });
      onSaved?.(saved);
    });
    if (ok) onClose();
  }

  const { reload, reloading } = useRecordReload({
    form,
    state,
    load: base ? () => getDepartment(base.id) : undefined,
    valuesOf,
    onLoaded: setBase,
  });

  const code = base?.code ?? '';
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      isDirty={() => form.isDirty()}
      title={editing ? t`Edit department ${code}` : t`New department`}
      submitLabel={editing ? t`Save changes` : t`Create department`}
      onSubmit={form.onSubmit(submit)}
      state={state}
      onReload={() => void reload()}
      reloading={reloading}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t`Code`}
          description={t`Short unique reference, e.g. FIN`}
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
      {renderUserSelect?.({
        label: t`Head of department`,
        description: t`Approves the department’s requisitions`,
        placeholder: t`Search name or e-mail`,
        clearable: true,
        value: form.values.headUserId || null,
        onChange: (v) => form.setFieldValue('headUserId', v ?? ''),
        error: form.errors.headUserId,
      })}
      <Switch
        label={t`Active`}
        description={t`Inactive departments keep their history but get no new cost centres, users or requisitions.`}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
