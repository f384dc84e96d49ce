import { CreateItemCategoryRequest, type ItemCategory, UpdateItemCategoryRequest } from '@contracts/catalog';
import { useLingui } from '@lingui/react/macro';
import { Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { contractValidator } from '@/components/form-errors';
import { FormModal, useRecordReload, useSaveState } from '@/components/form-modal';
import { categoryOptionLabel } from '../catalog-format';
import { getItemCategory, useCreateItemCategory, useUpdateItemCategory } from '../queries';

type Values = { code: string; name: string; parentId: string; active: boolean };

const valuesOf = (c?: ItemCategory): Values => ({
  code: c?.code ?? '',
  name: c?.name ?? '',
  parentId: c?.parentId ?? '',
  active: c?.active ?? true,
});

const toRequest = (v: Values) => ({
  code: v.code.trim(),
  name: v.name,
  parentId: v.parentId || null,
  active: v.active,
});

/** The ids of a category and everything below it: none of them can become its parent. */
function selfAndDescendants(categories: readonly ItemCategory[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of categories) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Create or edit an item category: code, name, parent and whether it is active. */
export function CategoryFormModal({
  opened,
  onClose,
  category,
  categories,
}: {
  opened: boolean;
  onClose: () => void;
  category?: ItemCategory;
  /** Every category, for the parent picker. */
  categories: readonly ItemCategory[];
}) {
  const { t, i18n } = useLingui();
  const [base, setBase] = useState(category);
  const editing = !!base;
  const validate = useMemo(
    () =>
      contractValidator<Values>(editing ? UpdateItemCategoryRequest : CreateItemCategoryRequest, toRequest),
    [editing],
  );
  const form = useForm<Values>({ mode: 'controlled', initialValues: valuesOf(category), validate });
  const state = useSaveState(form);
  const create = useCreateItemCategory();
  const update = useUpdateItemCategory();

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!opened) return;
    setBase(category);
    form.setInitialValues(valuesOf(category));
    form.setValues(valuesOf(category));
    form.clearErrors();
    state.reset();
  }, [opened, category]);

  // Not memoised: the labels follow the language, and the list is short.
  const excluded = base ? selfAndDescendants(categories, base.id) : new Set<string>();
  const parentOptions = categories
    .filter((c) => !excluded.has(c.id) && (c.active || c.id === base?.parentId))
    .map((c) => ({ value: c.id, label: categoryOptionLabel(i18n, categories, c) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  async function submit(values: Values) {
    const ok = await state.save(async () => {
      const saved = base
        ? await update.mutateAsync({ id: base.id, version: base.version, input: toRequest(values) })
        : await create.mutateAsync(toRequest(values));
      notifications.show({
        color: 'teal',
        title: base ? t`Category saved` : t`Category created`,
        message: `${saved.name} (${saved.code})`,
      });
    });
    if (ok) onClose();
  }

  const { reload, reloading } = useRecordReload({
    form,
    state,
    load: base ? () => getItemCategory(base.id) : undefined,
    valuesOf,
    onLoaded: setBase,
  });

  const code = base?.code ?? '';
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      isDirty={() => form.isDirty()}
      title={editing ? t`Edit category ${code}` : t`New item category`}
      submitLabel={editing ? t`Save changes` : t`Create category`}
      onSubmit={form.onSubmit(submit)}
      state={state}
      onReload={() => void reload()}
      reloading={reloading}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t`Code`}
          description={t`Short unique reference, e.g. LAB-GLASS`}
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
        label={t`Parent category`}
        description={t`Leave empty for a top-level category`}
        placeholder={t`None (top level)`}
        clearable
        searchable
        data={parentOptions}
        nothingFoundMessage={t`No such category`}
        {...form.getInputProps('parentId')}
        onChange={(v) => form.setFieldValue('parentId', v ?? '')}
      />
      <Switch
        label={t`Active`}
        description={t`Inactive categories cannot be chosen for new items or as a parent.`}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
