import { CreateItemRequest, type Item, UpdateItemRequest } from '@contracts/catalog';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { SectionCard } from '@/components/detail-section';
import { applyServerErrors, contractValidator, FormErrorAlert } from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { type FieldError, isApiError } from '@/lib/api';
import { MONO_INPUT_STYLES } from '@/lib/input-styles';
import { type TaxCategory, taxCategoryOptions } from '@/lib/tax-categories';

export type Option = { value: string; label: string };

export type ItemFormValues = {
  sku: string;
  name: string;
  description: string;
  categoryId: string;
  unitCode: string;
  defaultTaxRate: string;
  /** '' : from the rate (above 0 standard, 0 zero-rated). */
  defaultTaxCategory: TaxCategory | '';
  inspectionRequired: boolean;
  service: boolean;
  active: boolean;
};

export type ItemRequest = {
  sku: string;
  name: string;
  description: string;
  categoryId: string;
  unitCode: string;
  defaultTaxRate: string;
  defaultTaxCategory: TaxCategory | null;
  inspectionRequired: boolean;
  service: boolean;
  active: boolean;
};

function valuesOf(item?: Item): ItemFormValues {
  return {
    sku: item?.sku ?? '',
    name: item?.name ?? '',
    description: item?.description ?? '',
    categoryId: item?.categoryId ?? '',
    unitCode: item?.unitCode ?? '',
    defaultTaxRate: item?.defaultTaxRate ?? '',
    defaultTaxCategory: item?.defaultTaxCategory ?? '',
    inspectionRequired: item?.inspectionRequired ?? false,
    service: item?.service ?? false,
    active: item?.active ?? true,
  };
}

/** The request body for these values (the same shape for create and a full update). */
export function toItemRequest(v: ItemFormValues): ItemRequest {
  return {
    sku: v.sku.trim(),
    name: v.name,
    description: v.description,
    categoryId: v.categoryId,
    unitCode: v.unitCode,
    defaultTaxRate: v.defaultTaxRate.trim() === '' ? '0' : v.defaultTaxRate.trim(),
    defaultTaxCategory: v.defaultTaxCategory || null,
    inspectionRequired: v.inspectionRequired,
    service: v.service,
    active: v.active,
  };
}

/** What the contract says in its own words about pickers left empty. */
function formOnlyErrors(i18n: I18n, v: ItemFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.categoryId) errors.categoryId = i18n._(msg`Choose a category`);
  if (!v.unitCode) errors.unitCode = i18n._(msg`Choose a unit`);
  return errors;
}

function focusFirstError() {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  });
}

export type ItemFormProps = {
  item?: Item;
  categoryOptions: Option[];
  unitOptions: Option[];
  submitLabel: string;
  /** Saves; `version` is the one the form was opened (or reloaded) with, for If-Match. */
  onSubmit: (request: ItemRequest, version: number | undefined) => Promise<unknown>;
  onCancel: () => void;
  /** Loads the current version after a conflict; the form then shows it. */
  onReload?: () => Promise<Item | undefined>;
};

/** Create or edit an item: identity, category and unit, tax rate, inspection and status. */
export function ItemForm(props: ItemFormProps) {
  const { t, i18n } = useLingui();
  // Fixed when the form opens, so a background refresh never becomes the base of this save.
  const [base, setBase] = useState(props.item);
  const editing = !!base;
  const validateContract = useMemo(
    () => contractValidator<ItemFormValues>(editing ? UpdateItemRequest : CreateItemRequest, toItemRequest),
    [editing],
  );
  const form = useForm<ItemFormValues>({
    mode: 'controlled',
    initialValues: valuesOf(base),
    validate: (values) => ({ ...validateContract(values), ...formOnlyErrors(i18n, values) }),
    validateInputOnBlur: true,
  });
  const leave = useLeaveGuard(() => form.isDirty());
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const stale = isApiError(error) && error.status === 412;

  async function submit(values: ItemFormValues) {
    setSaving(true);
    setError(null);
    setUnmatched([]);
    try {
      await leave.whileSaving(() => props.onSubmit(toItemRequest(values), base?.version));
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err));
      focusFirstError();
    } finally {
      setSaving(false);
    }
  }

  async function reload() {
    if (!props.onReload) return;
    setReloading(true);
    try {
      const fresh = await props.onReload();
      if (fresh) {
        setBase(fresh);
        const next = valuesOf(fresh);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        form.clearErrors();
        setError(null);
        setUnmatched([]);
      }
    } finally {
      setReloading(false);
    }
  }

  const unitOptions =
    props.unitOptions.some((u) => u.value === form.values.unitCode) || !form.values.unitCode
      ? props.unitOptions
      : [{ value: form.values.unitCode, label: form.values.unitCode }, ...props.unitOptions];

  return (
    <form
      onSubmit={form.onSubmit(submit, focusFirstError)}
      noValidate
      aria-label={editing ? t`Edit item` : t`New item`}
    >
      {leave.dialog}
      <Stack gap="lg">
        {stale ? (
          <StaleRecordAlert onReload={props.onReload && (() => void reload())} reloading={reloading} />
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}

        <SectionCard title={t`General`}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t`SKU`}
              description={t`Your stock-keeping unit: unique, no spaces, e.g. OFF-1001`}
              required
              maxLength={64}
              autoComplete="off"
              styles={MONO_INPUT_STYLES}
              data-autofocus
              {...form.getInputProps('sku')}
            />
            <TextInput
              label={t`Name`}
              required
              maxLength={200}
              autoComplete="off"
              {...form.getInputProps('name')}
            />
            <Select
              label={t`Category`}
              description={t`Decides which suppliers can be asked for it`}
              required
              searchable
              data={props.categoryOptions}
              nothingFoundMessage={t`No such category`}
              allowDeselect={false}
              {...form.getInputProps('categoryId')}
              onChange={(v) => form.setFieldValue('categoryId', v ?? '')}
            />
            <Select
              label={t`Unit of measure`}
              description={t`What quantities and prices of this item count in`}
              required
              searchable
              data={unitOptions}
              nothingFoundMessage={t`No such unit`}
              allowDeselect={false}
              {...form.getInputProps('unitCode')}
              onChange={(v) => form.setFieldValue('unitCode', v ?? '')}
            />
            <Textarea
              label={t`Description`}
              description={t`Specification, brand, size — whatever a buyer or receiver needs to know`}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={2000}
              style={{ gridColumn: '1 / -1' }}
              {...form.getInputProps('description')}
            />
          </SimpleGrid>
        </SectionCard>

        <SectionCard title={t`Purchasing`}>
          <Stack gap="lg">
            <TextInput
              label={t`Default tax rate`}
              description={t`Proposed on order lines, e.g. 8.25`}
              placeholder="0"
              inputMode="decimal"
              autoComplete="off"
              maw={260}
              rightSection={
                <Text size="sm" c="dimmed">
                  %
                </Text>
              }
              {...form.getInputProps('defaultTaxRate')}
            />
            <Select
              label={t`Tax category`}
              description={t`What the rate means on orders and their documents; empty: standard above 0 %, zero-rated at 0 %`}
              placeholder={t`From the rate`}
              clearable
              maw={360}
              data={taxCategoryOptions(i18n)}
              {...form.getInputProps('defaultTaxCategory')}
              onChange={(v) => form.setFieldValue('defaultTaxCategory', (v ?? '') as TaxCategory | '')}
            />
            <Switch
              label={t`Inspection required`}
              description={t`Goods receipts of this item go to quality inspection before they can be accepted.`}
              {...form.getInputProps('inspectionRequired', { type: 'checkbox' })}
            />
            <Switch
              label={t`Service`}
              description={t`Its order lines are confirmed by amount or percentage of completion by the requester or the buyer, not received at the dock.`}
              {...form.getInputProps('service', { type: 'checkbox' })}
            />
            <Switch
              label={t`Active`}
              description={t`Inactive items stay on existing documents but cannot be ordered or priced anew.`}
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          </Stack>
        </SectionCard>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel} disabled={saving}>
            <Trans>Cancel</Trans>
          </Button>
          <Button type="submit" loading={saving} disabled={stale}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
