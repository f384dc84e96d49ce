import {
  CreatePriceListEntryRequest,
  type PriceListEntry,
  UpdatePriceListEntryRequest,
} from '@contracts/catalog';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { DetailField } from '@/components/detail-section';
import { applyServerErrors, contractValidator, FormErrorAlert } from '@/components/form-errors';
import { useModalGuard } from '@/components/leave-guard';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { type FieldError, isApiError } from '@/lib/api';
import { getPriceListEntry, useCreatePriceListEntry, useUpdatePriceListEntry } from '../queries';
import { ItemSelect } from './item-select';
import { today } from './price-validity';

export type Option = { value: string; label: string };

/** What a page's supplier picker gets (the picker belongs to the suppliers feature). */
export type SupplierPickerField = {
  label: string;
  required: boolean;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
};

type Values = {
  supplierId: string;
  itemId: string;
  supplierPartNumber: string;
  currency: string;
  minQuantity: string;
  unitPrice: string;
  validFrom: string | null;
  validTo: string | null;
  leadTimeDays: number | string;
};

function valuesOf(entry: PriceListEntry | undefined, defaults: PriceEntryDefaults): Values {
  return {
    supplierId: entry?.supplierId ?? defaults.supplierId ?? '',
    itemId: entry?.itemId ?? defaults.itemId ?? '',
    supplierPartNumber: entry?.supplierPartNumber ?? '',
    currency: entry?.currency ?? defaults.currency ?? '',
    minQuantity: entry?.minQuantity ?? '1',
    unitPrice: entry?.unitPrice ?? '',
    validFrom: entry?.validFrom ?? today(),
    validTo: entry?.validTo ?? null,
    leadTimeDays: entry?.leadTimeDays ?? 0,
  };
}

const common = (v: Values) => ({
  supplierPartNumber: v.supplierPartNumber.trim() || null,
  currency: v.currency,
  minQuantity: v.minQuantity.trim() === '' ? '0' : v.minQuantity.trim(),
  unitPrice: v.unitPrice.trim(),
  validFrom: v.validFrom ?? '',
  validTo: v.validTo || null,
  leadTimeDays: v.leadTimeDays === '' ? 0 : Number(v.leadTimeDays),
});

const toCreateRequest = (v: Values) => ({ supplierId: v.supplierId, itemId: v.itemId, ...common(v) });

function formOnlyErrors(i18n: I18n, v: Values, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (creating && !v.supplierId) errors.supplierId = i18n._(msg`Choose a supplier`);
  if (creating && !v.itemId) errors.itemId = i18n._(msg`Choose an item`);
  if (!v.currency) errors.currency = i18n._(msg`Choose a currency`);
  if (!v.validFrom) errors.validFrom = i18n._(msg`Give the first day the price applies`);
  if (v.unitPrice.trim() === '') errors.unitPrice = i18n._(msg`Is required`);
  return errors;
}

export type PriceEntryDefaults = { supplierId?: string; itemId?: string; currency?: string };

export type PriceEntryModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The entry to edit; absent to add one. */
  entry?: PriceListEntry;
  defaults?: PriceEntryDefaults;
  /** The item is given (the item's own page): no item picker. */
  fixedItem?: boolean;
  currencyOptions: Option[];
  renderSupplierSelect: (field: SupplierPickerField) => ReactNode;
  renderSupplier: (supplierId: string) => ReactNode;
  renderItem: (itemId: string) => ReactNode;
};

/** Add or change a supplier's price for an item: quantity break, price, validity and lead time. */
export function PriceEntryModal(props: PriceEntryModalProps) {
  const { t, i18n } = useLingui();
  const [base, setBase] = useState(props.entry);
  const creating = !base;
  const defaults = props.defaults ?? {};
  const validateContract = useMemo(
    () =>
      creating
        ? contractValidator<Values>(CreatePriceListEntryRequest, toCreateRequest)
        : contractValidator<Values>(UpdatePriceListEntryRequest, common),
    [creating],
  );
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(base, defaults),
    validate: (v) => ({ ...validateContract(v), ...formOnlyErrors(i18n, v, creating) }),
  });
  const create = useCreatePriceListEntry();
  const update = useUpdatePriceListEntry();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [reloading, setReloading] = useState(false);
  const stale = isApiError(error) && error.status === 412;

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!props.opened) return;
    setBase(props.entry);
    const initial = valuesOf(props.entry, props.defaults ?? {});
    form.setInitialValues(initial);
    form.setValues(initial);
    form.clearErrors();
    setError(null);
    setUnmatched([]);
  }, [props.opened, props.entry]);

  async function submit(values: Values) {
    setError(null);
    setUnmatched([]);
    try {
      if (base) {
        await update.mutateAsync({ id: base.id, version: base.version, input: common(values) });
        notifications.show({
          color: 'teal',
          title: t`Price saved`,
          message: t`The price list entry was updated.`,
        });
      } else {
        await create.mutateAsync(toCreateRequest(values));
        notifications.show({
          color: 'teal',
          title: t`Price added`,
          message: t`The price list entry was created.`,
        });
      }
      props.onClose();
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err));
    }
  }

  async function reload() {
    if (!base) return;
    setReloading(true);
    try {
      const fresh = await getPriceListEntry(base.id);
      setBase(fresh);
      const next = valuesOf(fresh, {});
      form.setInitialValues(next);
      form.setValues(next);
      form.clearErrors();
      setError(null);
      setUnmatched([]);
    } catch (err) {
      setError(err);
    } finally {
      setReloading(false);
    }
  }

  const supplierError = form.errors.supplierId;
  const datePattern = t({
    message: 'D MMM YYYY',
    comment: 'dayjs pattern of a picked date, e.g. 4 Dec 2026',
  });
  const guard = useModalGuard({
    opened: props.opened,
    isDirty: () => form.isDirty(),
    saving: create.isPending || update.isPending,
    onClose: props.onClose,
  });
  return (
    <>
      {guard.dialogs}
      <Modal
        opened={props.opened}
        onClose={guard.requestClose}
        title={creating ? t`Add a supplier price` : t`Edit supplier price`}
        centered
        size="lg"
      >
        <form
          onSubmit={form.onSubmit(submit)}
          noValidate
          aria-label={creating ? t`New price` : t`Edit price`}
        >
          <Stack gap="md">
            {stale ? (
              <StaleRecordAlert onReload={() => void reload()} reloading={reloading} />
            ) : (
              <FormErrorAlert error={error} unmatched={unmatched} />
            )}
            {creating ? (
              <>
                {props.renderSupplierSelect({
                  label: t`Supplier`,
                  required: true,
                  value: form.values.supplierId || null,
                  onChange: (v) => {
                    form.setFieldValue('supplierId', v ?? '');
                    form.clearFieldError('supplierId');
                  },
                  error: supplierError,
                })}
                {props.fixedItem ? (
                  <DetailField label={t`Item`}>{props.renderItem(form.values.itemId)}</DetailField>
                ) : (
                  <ItemSelect
                    label={t`Item`}
                    required
                    disableInactive
                    placeholder={t`Search SKU or name`}
                    value={form.values.itemId || null}
                    onChange={(v) => {
                      form.setFieldValue('itemId', v ?? '');
                      form.clearFieldError('itemId');
                    }}
                    error={form.errors.itemId}
                  />
                )}
              </>
            ) : (
              base && (
                <SimpleGrid cols={2} spacing="md">
                  <DetailField label={t`Supplier`}>{props.renderSupplier(base.supplierId)}</DetailField>
                  <DetailField label={t`Item`}>{props.renderItem(base.itemId)}</DetailField>
                </SimpleGrid>
              )
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t`Quantity break`}
                description={t`Applies from this quantity up; 1 for the single-unit price`}
                inputMode="decimal"
                autoComplete="off"
                {...form.getInputProps('minQuantity')}
              />
              <TextInput
                label={t`Supplier part number`}
                description={t`The supplier's own reference`}
                maxLength={100}
                autoComplete="off"
                {...form.getInputProps('supplierPartNumber')}
              />
              <TextInput
                label={t`Unit price`}
                required
                inputMode="decimal"
                autoComplete="off"
                placeholder="0.00"
                {...form.getInputProps('unitPrice')}
              />
              <Select
                label={t`Currency`}
                required
                searchable
                data={props.currencyOptions}
                nothingFoundMessage={t`No such currency`}
                allowDeselect={false}
                {...form.getInputProps('currency')}
                onChange={(v) => form.setFieldValue('currency', v ?? '')}
              />
              <DatePickerInput
                label={t`Valid from`}
                required
                withAsterisk
                valueFormat={datePattern}
                {...form.getInputProps('validFrom')}
              />
              <DatePickerInput
                label={t`Valid to`}
                description={t`Leave empty for no end date`}
                placeholder={t`Open-ended`}
                clearable
                valueFormat={datePattern}
                minDate={form.values.validFrom ?? undefined}
                {...form.getInputProps('validTo')}
              />
              <NumberInput
                label={t`Lead time`}
                description={t`Days from order to delivery`}
                min={0}
                max={3650}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                hideControls
                rightSection={
                  <Text size="sm" c="dimmed">
                    <Trans>days</Trans>
                  </Text>
                }
                rightSectionWidth={56}
                {...form.getInputProps('leadTimeDays')}
              />
            </SimpleGrid>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={guard.requestClose}>
                <Trans>Cancel</Trans>
              </Button>
              <Button type="submit" loading={create.isPending || update.isPending} disabled={stale}>
                {creating ? <Trans>Add price</Trans> : <Trans>Save changes</Trans>}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
