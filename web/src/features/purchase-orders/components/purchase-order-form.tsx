import {
  CreatePurchaseOrderRequest,
  INCOTERMS,
  type PurchaseOrder,
  UpdatePurchaseOrderRequest,
} from '@contracts/purchase-orders';
import type { SupplierStatus } from '@contracts/suppliers';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Button,
  Grid,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconBan, IconCopy, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { SectionCard } from '@/components/detail-section';
import {
  applyServerErrors,
  contractValidator,
  FormErrorAlert,
  revealFormProblem,
  useServerFieldErrors,
} from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import { focusLineCell, LINE_GRID_HINT } from '@/components/line-grid-keys';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { type FieldError, isApiError } from '@/lib/api';
import { documentTotals, isAmountInput } from '@/lib/document-totals';
import type { TaxCategory } from '@/lib/tax-categories';
import { incotermName, PURCHASE_ORDER_STATUS_LABELS } from '../purchase-order-format';
import { FIRST_LINE_FIELD, type Option, OrderLineGrid, type PickerField } from './order-line-grid';
import { OrderTotals } from './order-totals';
import {
  type AddressValues,
  emptyOrderLine,
  initialOrderValues,
  type OrderDefaults,
  orderFormErrors,
  type PurchaseOrderFormValues,
  toCreateOrderRequest,
  totalsLines,
  toUpdateOrderRequest,
} from './purchase-order-form-values';

export type { Option, PickerField };

export type SupplierFacts = {
  id: string;
  code: string;
  legalName: string;
  status: SupplierStatus;
  statusReason: string | null;
  defaultCurrency: string;
  paymentTermsNetDays: number;
};

export type OrderItemFacts = {
  name: string;
  unitCode: string;
  defaultTaxRate: string;
  defaultTaxCategory: TaxCategory | null;
};

/** The catalog and suppliers as the order editor sees them, composed by the page. */
export type OrderCatalog = {
  renderSupplierSelect: (field: PickerField) => ReactNode;
  renderItemSelect: (field: PickerField) => ReactNode;
  supplierFacts: (supplierId: string) => Promise<SupplierFacts>;
  itemFacts: (itemId: string) => Promise<OrderItemFacts>;
  /** The supplier's price for the quantity on the date in the currency (GET /price-lookup); null when none applies. */
  lookUpPrice: (query: {
    supplierId: string;
    itemId: string;
    quantity: string;
    date: string;
    currency: string;
  }) => Promise<{ unitPrice: string; minQuantity: string } | null>;
  units: { code: string; name: string }[];
  currencies: { code: string; name: string; minorUnits: number }[];
};

export type OrderSubmission =
  | { kind: 'create'; request: CreatePurchaseOrderRequest }
  | { kind: 'update'; request: UpdatePurchaseOrderRequest; version: number };

export type PurchaseOrderFormProps = {
  /** The order being edited; absent for a new one. */
  order?: PurchaseOrder;
  catalog: OrderCatalog;
  departments: Option[];
  costCentres: (Option & { departmentId: string })[];
  countries: Option[];
  defaults: OrderDefaults;
  submitLabel: string;
  onSubmit: (submission: OrderSubmission) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => Promise<PurchaseOrder | undefined>;
  /** The budget effect of the order as it is typed (composed by the page), below the lines. */
  renderBudget?: (facts: OrderBudgetFacts) => ReactNode;
};

/** What the budget effect needs of the order being edited: live total, currency, date, cost centre. */
export type OrderBudgetFacts = {
  costCentreId: string | null;
  orderDate: string | null;
  total: string;
  currency: string | null;
};

const isPositive = (v: string) => isAmountInput(v) && !/^0*(\.0*)?$/.test(v.trim());

/** Create or edit a purchase order: supplier and terms, dates, the line grid with live totals, addresses, notes. */
export function PurchaseOrderForm(props: PurchaseOrderFormProps) {
  const { t, i18n } = useLingui();
  const { catalog } = props;
  const [base, setBase] = useState(props.order);
  const editing = !!base;
  const validateContract = useMemo(
    () =>
      editing
        ? contractValidator<PurchaseOrderFormValues>(UpdatePurchaseOrderRequest, toUpdateOrderRequest)
        : contractValidator<PurchaseOrderFormValues>(CreatePurchaseOrderRequest, toCreateOrderRequest),
    [editing],
  );
  const serverErrors = useServerFieldErrors();
  const form = useForm<PurchaseOrderFormValues>({
    mode: 'controlled',
    initialValues: initialOrderValues(base, props.defaults),
    validate: (values) => ({
      ...serverErrors.current(values),
      ...validateContract(values),
      ...orderFormErrors(i18n, values),
    }),
    validateInputOnBlur: true,
  });
  const leave = useLeaveGuard(() => form.isDirty());
  const formRef = useRef<HTMLFormElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [supplier, setSupplier] = useState<SupplierFacts | null>(null);
  const stale = isApiError(error) && error.status === 412;
  const values = form.values;
  const revision = editing && base.status !== 'draft';

  const incotermOptions = INCOTERMS.map((code) => ({
    value: code,
    label: `${code} · ${incotermName(i18n, code)}`,
  }));
  const minorUnits = catalog.currencies.find((c) => c.code === values.currency)?.minorUnits ?? 2;
  const unitOptions = catalog.units.map((u) => ({ value: u.code, label: u.code }));
  const unitNames = new Map(catalog.units.map((u) => [u.code, `${u.code} · ${u.name}`]));
  const currencyOptions = catalog.currencies.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }));
  if (values.currency && !currencyOptions.some((c) => c.value === values.currency))
    currencyOptions.unshift({ value: values.currency, label: values.currency });
  const costCentreOptions = values.departmentId
    ? props.costCentres.filter((c) => c.departmentId === values.departmentId)
    : props.costCentres;

  // The chosen supplier's status (on hold warns, blocked is refused) follows the picker.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the supplier id matters
  useEffect(() => {
    const id = values.supplierId;
    if (!id) {
      setSupplier(null);
      return;
    }
    let live = true;
    catalog
      .supplierFacts(id)
      .then((facts) => live && setSupplier(facts))
      .catch(() => live && setSupplier(null));
    return () => {
      live = false;
    };
  }, [values.supplierId]);

  const indexOf = (uid: string) => form.getValues().lines.findIndex((l) => l.uid === uid);

  /** Looks the line's price up in the supplier's price list (when it came from there, or `force`). */
  async function priceLine(uid: string, force = false) {
    const v = form.getValues();
    const line = v.lines[indexOf(uid)];
    if (!line?.itemId || !v.supplierId || !v.currency || !v.orderDate) return;
    if (!force && !line.priceFromList && line.unitPrice.trim() !== '') return;
    const query = {
      supplierId: v.supplierId,
      itemId: line.itemId,
      quantity: isPositive(line.quantity) ? line.quantity.trim() : '1',
      date: v.orderDate,
      currency: v.currency,
    };
    let found: { unitPrice: string; minQuantity: string } | null = null;
    try {
      found = await catalog.lookUpPrice(query);
    } catch {
      found = null;
    }
    const now = form.getValues();
    const i = indexOf(uid);
    const current = now.lines[i];
    if (
      !current ||
      current.itemId !== query.itemId ||
      now.supplierId !== query.supplierId ||
      now.currency !== query.currency ||
      now.orderDate !== query.date
    )
      return;
    if (found) {
      form.setFieldValue(`lines.${i}.unitPrice`, found.unitPrice);
      form.setFieldValue(`lines.${i}.priceFromList`, true);
      form.setFieldValue(`lines.${i}.priceNote`, '');
    } else {
      form.setFieldValue(`lines.${i}.priceFromList`, false);
      const { currency, quantity, date } = query;
      const unit = current.unitCode;
      form.setFieldValue(
        `lines.${i}.priceNote`,
        t`The supplier has no valid ${currency} price for ${quantity} ${unit} on ${date}: enter the agreed price.`,
      );
    }
  }

  function repriceAll(force: boolean) {
    for (const l of form.getValues().lines) if (l.itemId) void priceLine(l.uid, force);
  }

  async function pickItem(index: number, itemId: string | null) {
    const uid = form.getValues().lines[index]?.uid;
    form.setFieldValue(`lines.${index}.itemId`, itemId);
    form.setFieldValue(`lines.${index}.priceNote`, '');
    if (!uid || !itemId) {
      form.setFieldValue(`lines.${index}.priceFromList`, false);
      return;
    }
    let facts: OrderItemFacts;
    try {
      facts = await catalog.itemFacts(itemId);
    } catch {
      return;
    }
    const i = indexOf(uid);
    if (i < 0 || form.getValues().lines[i]?.itemId !== itemId) return;
    form.setFieldValue(`lines.${i}.description`, facts.name);
    form.setFieldValue(`lines.${i}.unitCode`, facts.unitCode);
    form.setFieldValue(`lines.${i}.taxRate`, facts.defaultTaxRate);
    form.setFieldValue(`lines.${i}.taxCategory`, facts.defaultTaxCategory ?? '');
    await priceLine(uid, true);
  }

  async function changeSupplier(supplierId: string | null) {
    form.setFieldValue('supplierId', supplierId);
    if (!supplierId) return;
    try {
      const facts = await catalog.supplierFacts(supplierId);
      if (form.getValues().supplierId !== supplierId) return;
      form.setFieldValue('currency', facts.defaultCurrency);
      form.setFieldValue('paymentTermsNetDays', facts.paymentTermsNetDays);
    } catch {
      // The server reports an unknown supplier on save.
    }
    repriceAll(true);
  }

  function addLine() {
    const last = form.getValues().lines.at(-1);
    form.insertListItem('lines', emptyOrderLine({ neededBy: last?.neededBy }));
  }

  function removeLine(index: number) {
    if (form.getValues().lines.length <= 1) return;
    form.removeListItem('lines', index);
  }

  async function submit(v: PurchaseOrderFormValues) {
    setSaving(true);
    setError(null);
    setUnmatched([]);
    try {
      await leave.whileSaving(() =>
        props.onSubmit(
          base
            ? { kind: 'update', request: toUpdateOrderRequest(v), version: base.version }
            : { kind: 'create', request: toCreateOrderRequest(v) },
        ),
      );
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err, {}, serverErrors));
      revealFormProblem(formRef.current);
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
        const next = initialOrderValues(fresh, props.defaults);
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

  const totals = useMemo(
    () => documentTotals(totalsLines(values.lines), minorUnits),
    [values.lines, minorUnits],
  );
  const incomplete = values.lines.length - totalsLines(values.lines).length;

  const addressFields = (which: 'shipTo' | 'billTo') => {
    const field = (name: keyof AddressValues) => form.getInputProps(`${which}.${name}`);
    const shipTo = which === 'shipTo';
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput
          label={shipTo ? t`Ship-to line 1` : t`Bill-to line 1`}
          maxLength={200}
          {...field('line1')}
        />
        <TextInput
          label={shipTo ? t`Ship-to line 2` : t`Bill-to line 2`}
          maxLength={200}
          {...field('line2')}
        />
        <TextInput label={t`Postal code`} maxLength={20} {...field('postalCode')} />
        <TextInput label={t`City`} maxLength={100} {...field('city')} />
        <TextInput label={t`Region`} maxLength={100} {...field('region')} />
        <Select
          label={t`Country`}
          searchable
          clearable
          data={props.countries}
          nothingFoundMessage={t`No such country`}
          {...field('country')}
          onChange={(v) => form.setFieldValue(`${which}.country`, v ?? '')}
        />
      </SimpleGrid>
    );
  };

  const baseNumber = base?.number;
  const baseStatus = base ? i18n._(PURCHASE_ORDER_STATUS_LABELS[base.status]).toLowerCase() : '';
  const nextRevision = base ? base.revision + 1 : 0;
  const supplierName = supplier?.legalName;
  const supplierReason = supplier?.statusReason;
  return (
    <form
      ref={formRef}
      onSubmit={form.onSubmit(submit, () => revealFormProblem(formRef.current))}
      noValidate
      aria-label={base ? t`Edit ${baseNumber}` : t`New purchase order`}
    >
      {leave.dialog}
      <Stack gap="lg">
        {stale ? (
          <StaleRecordAlert onReload={() => void reload()} reloading={reloading} />
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}
        {revision && (
          <Alert
            color="blue"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t`This is a change order`}
          >
            <Trans>
              {baseNumber} is {baseStatus}: saving records revision {nextRevision} with what changed. If the
              total rises or the supplier or currency changes, it goes back for approval.
            </Trans>
          </Alert>
        )}

        <SectionCard title={t`Supplier and terms`}>
          <Stack gap="sm">
            <Grid gutter="md">
              <Grid.Col span={{ base: 12, md: 6 }}>
                {catalog.renderSupplierSelect({
                  label: t`Supplier`,
                  placeholder: t`Search code or name`,
                  value: values.supplierId,
                  onChange: (v) => void changeSupplier(v),
                  error: form.errors.supplierId,
                })}
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                <Select
                  label={t`Currency`}
                  required
                  searchable
                  data={currencyOptions}
                  allowDeselect={false}
                  nothingFoundMessage={t`No such currency`}
                  {...form.getInputProps('currency')}
                  onChange={(v) => {
                    form.setFieldValue('currency', v ?? '');
                    repriceAll(false);
                  }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                <NumberInput
                  label={t`Payment terms (net days)`}
                  required
                  min={0}
                  max={365}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  {...form.getInputProps('paymentTermsNetDays')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                <Select
                  label={t`Incoterms`}
                  searchable
                  clearable
                  data={incotermOptions}
                  comboboxProps={{ width: 300, position: 'bottom-start' }}
                  {...form.getInputProps('incoterms')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                <TextInput
                  label={t`Incoterms place`}
                  placeholder={t`e.g. Rotterdam port`}
                  maxLength={200}
                  {...form.getInputProps('incotermsPlace')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                <DateInput
                  label={t`Order date`}
                  required
                  valueFormat="YYYY-MM-DD"
                  placeholder="YYYY-MM-DD"
                  {...form.getInputProps('orderDate')}
                  onChange={(v) => {
                    form.setFieldValue('orderDate', v);
                    repriceAll(false);
                  }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                <DateInput
                  label={t`Expected delivery`}
                  valueFormat="YYYY-MM-DD"
                  placeholder="YYYY-MM-DD"
                  clearable
                  minDate={values.orderDate ?? undefined}
                  {...form.getInputProps('expectedDeliveryDate')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t`Department`}
                  searchable
                  clearable
                  data={props.departments}
                  nothingFoundMessage={t`No such department`}
                  {...form.getInputProps('departmentId')}
                  onChange={(v) => {
                    form.setFieldValue('departmentId', v);
                    const centre = props.costCentres.find((c) => c.value === form.getValues().costCentreId);
                    if (centre && v && centre.departmentId !== v) form.setFieldValue('costCentreId', null);
                  }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t`Cost centre`}
                  searchable
                  clearable
                  data={costCentreOptions}
                  nothingFoundMessage={t`No such cost centre`}
                  {...form.getInputProps('costCentreId')}
                  onChange={(v) => {
                    form.setFieldValue('costCentreId', v);
                    const centre = props.costCentres.find((c) => c.value === v);
                    if (centre && !form.getValues().departmentId)
                      form.setFieldValue('departmentId', centre.departmentId);
                  }}
                />
              </Grid.Col>
            </Grid>
            {supplier?.status === 'on_hold' && (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlertTriangle size={18} />}
                title={t`Supplier on hold`}
              >
                {supplierReason ? (
                  <Trans>
                    {supplierName} is on hold: {supplierReason}. The order can be saved, but check with
                    purchasing before sending it.
                  </Trans>
                ) : (
                  <Trans>
                    {supplierName} is on hold. The order can be saved, but check with purchasing before
                    sending it.
                  </Trans>
                )}
              </Alert>
            )}
            {supplier?.status === 'blocked' && (
              <Alert color="red" variant="light" icon={<IconBan size={18} />} title={t`Supplier blocked`}>
                {supplierReason ? (
                  <Trans>
                    {supplierName} is blocked: {supplierReason}. Orders to it are refused; choose another
                    supplier.
                  </Trans>
                ) : (
                  <Trans>{supplierName} is blocked. Orders to it are refused; choose another supplier.</Trans>
                )}
              </Alert>
            )}
          </Stack>
        </SectionCard>

        <SectionCard
          title={t`Lines`}
          description={LINE_GRID_HINT}
          extra={
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => {
                addLine();
                focusLineCell(gridRef.current, form.getValues().lines.length, FIRST_LINE_FIELD);
              }}
            >
              <Trans>Add line</Trans>
            </Button>
          }
        >
          <Stack gap="md" ref={gridRef}>
            {typeof form.errors.lines === 'string' && (
              <Text size="sm" c="red" role="alert">
                {form.errors.lines}
              </Text>
            )}
            {!values.supplierId && (
              <Text size="sm" c="dimmed">
                <Trans>
                  Choose the supplier first: picking an item then fills its price from the supplier’s price
                  list.
                </Trans>
              </Text>
            )}
            <OrderLineGrid
              form={form}
              renderItemSelect={catalog.renderItemSelect}
              unitOptions={unitOptions}
              unitNames={unitNames}
              currency={values.currency}
              minorUnits={minorUnits}
              onAdd={addLine}
              onRemove={removeLine}
              onPickItem={(i, itemId) => void pickItem(i, itemId)}
              onQuantityBlur={(i) => {
                const uid = form.getValues().lines[i]?.uid;
                if (uid) void priceLine(uid);
              }}
            />
            <Group justify="space-between" align="flex-start">
              <Text size="xs" c="dimmed" maw={420}>
                <Trans>
                  Amounts are rounded per line to the currency’s minor units; tax is charged on each rounded
                  line. These are the totals the order will have.
                </Trans>
                {incomplete > 0 &&
                  ` ${plural(incomplete, {
                    one: '# line is not counted until quantity and price are numbers.',
                    other: '# lines are not counted until quantity and price are numbers.',
                  })}`}
              </Text>
              <OrderTotals totals={totals} currency={values.currency} label={t`Live totals`} />
            </Group>
          </Stack>
        </SectionCard>

        {props.renderBudget?.({
          costCentreId: values.costCentreId,
          orderDate: values.orderDate,
          total: totals.total,
          currency: values.currency,
        })}

        <SectionCard
          title={t`Delivery and billing`}
          description={t`Where the goods go and where the invoice is sent.`}
        >
          <Grid gutter="xl">
            <Grid.Col span={{ base: 12, md: 6 }}>{addressFields('shipTo')}</Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap={4}>
                {addressFields('billTo')}
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconCopy size={14} />}
                    onClick={() => form.setFieldValue('billTo', { ...form.getValues().shipTo })}
                  >
                    <Trans>Same as ship-to</Trans>
                  </Button>
                </Group>
              </Stack>
            </Grid.Col>
          </Grid>
        </SectionCard>

        <SectionCard title={t`Notes and terms`} description={t`Printed on the order the supplier receives.`}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Textarea
              label={t`Notes`}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={5000}
              {...form.getInputProps('notes')}
            />
            <Textarea
              label={t`Terms`}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={20000}
              {...form.getInputProps('terms')}
            />
          </SimpleGrid>
        </SectionCard>

        {revision && (
          <SectionCard title={t`Reason for the change`} description={t`Recorded with the revision.`}>
            <Textarea
              aria-label={t`Reason for the change`}
              autosize
              minRows={2}
              maxLength={1000}
              placeholder={t`e.g. Supplier confirmed a lower price for 100+`}
              {...form.getInputProps('reason')}
            />
          </SectionCard>
        )}

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
