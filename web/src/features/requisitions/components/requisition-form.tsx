import { CreateRequisitionRequest, type Requisition } from '@contracts/requisitions';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  ActionIcon,
  Button,
  Grid,
  Group,
  Kbd,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { SectionCard } from '@/components/detail-section';
import {
  applyServerErrors,
  contractValidator,
  FormErrorAlert,
  revealFormProblem,
  useServerFieldErrors,
} from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import { focusLineCell, handleLineGridKeyDown, LINE_GRID_HINT } from '@/components/line-grid-keys';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import type { SupplierRankingField } from '@/features/evaluation/components/supplier-ranking';
import { type FieldError, isApiError } from '@/lib/api';
import { todayIso } from '@/lib/dates';
import { documentTotals, isAmountInput, lineAmounts } from '@/lib/document-totals';
import { formatMoney } from '@/lib/format';
import { RequisitionRoutePreviewCard } from './requisition-approval-route';
import {
  emptyRequisitionLine,
  initialRequisitionValues,
  type RequisitionFormValues,
  type RequisitionLineValues,
  requisitionFormErrors,
  toRequisitionRequest,
} from './requisition-form-values';

export type Option = { value: string; label: string };

/** What a page's picker (items, suppliers: other features) gets. */
export type PickerField = {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  placeholder?: string;
  clearable?: boolean;
  'data-line'?: number;
  'data-field'?: string;
};

export type ItemFacts = { id: string; name: string; unitCode: string; categoryId: string };

export type PriceEstimate = {
  unitPrice: string;
  currency: string;
  supplierId: string;
  /** "PRECISION · Precision Instruments Ltd" */
  supplierLabel: string;
  minQuantity: string;
};

/** The catalog and suppliers as the requisition form sees them, composed by the page. */
export type RequisitionCatalog = {
  renderItemSelect: (field: PickerField) => ReactNode;
  renderSupplierSelect: (field: PickerField) => ReactNode;
  /** The item's suppliers ranked by price and scorecard, to choose one from (absent without scorecards). */
  renderSupplierRanking?: (field: SupplierRankingField) => ReactNode;
  itemFacts: (itemId: string) => Promise<ItemFacts>;
  /** The supplier's price for the quantity today, or without a supplier the best one on file; null if none. */
  estimatePrice: (query: {
    itemId: string;
    supplierId: string | null;
    quantity: string;
  }) => Promise<PriceEstimate | null>;
  units: { code: string; name: string }[];
  categories: Option[];
  currencies: { code: string; minorUnits: number }[];
};

export type RequisitionFormProps = {
  /** The draft being edited; absent when raising a new one. */
  requisition?: Requisition;
  departments: Option[];
  costCentres: (Option & { departmentId: string })[];
  defaultDepartmentId: string | null;
  baseCurrency: string;
  catalog: RequisitionCatalog;
  /** Saves (and with `submit`, sends it for approval); `version` is the one the form was opened with. */
  onSubmit: (
    request: ReturnType<typeof toRequisitionRequest>,
    opts: { submit: boolean; version: number | undefined },
  ) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => Promise<Requisition | undefined>;
  /** The budget effect of the estimate as it is typed (composed by the page), below the lines. */
  renderBudget?: (facts: {
    costCentreId: string | null;
    /** The estimated total; null while the lines are in several currencies. */
    amount: string | null;
    currency: string | null;
  }) => ReactNode;
};

const FIRST_FIELD = 'itemId';

/** Raise or edit a requisition: where it is charged, why, and a line per thing needed. */
export function RequisitionForm(props: RequisitionFormProps) {
  const { catalog } = props;
  const { t, i18n } = useLingui();
  const [base, setBase] = useState(props.requisition);
  const defaults = { departmentId: props.defaultDepartmentId, currency: props.baseCurrency };
  const validateContract = useMemo(
    () => contractValidator<RequisitionFormValues>(CreateRequisitionRequest, toRequisitionRequest),
    [],
  );
  const serverErrors = useServerFieldErrors();
  const form = useForm<RequisitionFormValues>({
    mode: 'controlled',
    initialValues: initialRequisitionValues(base, defaults),
    validate: (values) => ({
      ...serverErrors.current(values),
      ...validateContract(values),
      ...requisitionFormErrors(i18n, values),
    }),
    validateInputOnBlur: true,
  });
  const leave = useLeaveGuard(() => form.isDirty());
  const formRef = useRef<HTMLFormElement>(null);
  const linesRef = useRef<HTMLDivElement>(null);
  const submitIntent = useRef(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null);
  const [reloading, setReloading] = useState(false);
  const stale = isApiError(error) && error.status === 412;
  const values = form.values;
  const baseNumber = base?.number;

  const baseCurrency = props.baseCurrency;
  const minorUnitsOf = (code: string) => catalog.currencies.find((c) => c.code === code)?.minorUnits ?? 2;
  const currencyOptions = catalog.currencies.map((c) => ({ value: c.code, label: c.code }));
  const unitOptions = catalog.units.map((u) => ({ value: u.code, label: `${u.code} · ${u.name}` }));
  const costCentreOptions = props.costCentres.filter((c) => c.departmentId === values.departmentId);

  /** The index of a line now (lines move when one above is removed while a lookup runs). */
  const indexOf = (uid: string) => form.getValues().lines.findIndex((l) => l.uid === uid);

  function addLine() {
    const last = form.getValues().lines.at(-1);
    form.insertListItem(
      'lines',
      // A new line is estimated in the base currency (a currency copied from the line above went
      // unnoticed); the needed-by date does carry over, as lines are usually needed together.
      emptyRequisitionLine({ currency: props.baseCurrency, neededBy: last?.neededBy }),
    );
  }

  function removeLine(index: number) {
    if (form.getValues().lines.length <= 1) return;
    form.removeListItem('lines', index);
  }

  async function refreshEstimate(uid: string) {
    const line = form.getValues().lines[indexOf(uid)];
    if (!line?.itemId) return;
    const quantity = isAmountInput(line.quantity) && !/^0*(\.0*)?$/.test(line.quantity) ? line.quantity : '1';
    const { itemId, suggestedSupplierId } = line;
    let estimate: PriceEstimate | null = null;
    try {
      estimate = await catalog.estimatePrice({ itemId, supplierId: suggestedSupplierId, quantity });
    } catch {
      estimate = null;
    }
    const i = indexOf(uid);
    const now = form.getValues().lines[i];
    if (!now || now.itemId !== itemId || now.suggestedSupplierId !== suggestedSupplierId) return;
    if (!estimate) {
      form.setFieldValue(
        `lines.${i}.priceNote`,
        suggestedSupplierId
          ? t`The suggested supplier has no valid price for this quantity: enter your estimate.`
          : t`No supplier has a valid price for this item: enter your estimate.`,
      );
      form.setFieldValue(`lines.${i}.priceFromList`, false);
      return;
    }
    form.setFieldValue(`lines.${i}.estimatedUnitPrice`, estimate.unitPrice);
    form.setFieldValue(`lines.${i}.currency`, estimate.currency);
    if (!suggestedSupplierId) form.setFieldValue(`lines.${i}.suggestedSupplierId`, estimate.supplierId);
    const { minQuantity } = estimate;
    // "… of ACME · Acme Inc." ends the sentence with the name's own full stop, not a second one.
    const supplierLabel = estimate.supplierLabel.replace(/\.$/, '');
    form.setFieldValue(
      `lines.${i}.priceNote`,
      minQuantity !== '0' && minQuantity !== '1'
        ? t`Estimate from the price list of ${supplierLabel} (from ${minQuantity}).`
        : t`Estimate from the price list of ${supplierLabel}.`,
    );
    form.setFieldValue(`lines.${i}.priceFromList`, true);
  }

  async function pickItem(index: number, itemId: string | null) {
    const uid = form.getValues().lines[index]?.uid;
    form.setFieldValue(`lines.${index}.itemId`, itemId);
    form.setFieldValue(`lines.${index}.priceNote`, '');
    form.setFieldValue(`lines.${index}.priceFromList`, false);
    if (!uid || !itemId) return;
    let facts: ItemFacts;
    try {
      facts = await catalog.itemFacts(itemId);
    } catch {
      return;
    }
    const i = indexOf(uid);
    if (i < 0 || form.getValues().lines[i]?.itemId !== itemId) return;
    form.setFieldValue(`lines.${i}.description`, facts.name);
    form.setFieldValue(`lines.${i}.unitCode`, facts.unitCode);
    form.setFieldValue(`lines.${i}.categoryId`, facts.categoryId);
    await refreshEstimate(uid);
  }

  async function submit(v: RequisitionFormValues) {
    const intent = submitIntent.current ? 'submit' : 'draft';
    setSaving(intent);
    setError(null);
    setUnmatched([]);
    try {
      await leave.whileSaving(() =>
        props.onSubmit(toRequisitionRequest(v), { submit: intent === 'submit', version: base?.version }),
      );
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err, {}, serverErrors));
      revealFormProblem(formRef.current);
    } finally {
      setSaving(null);
    }
  }

  async function reload() {
    if (!props.onReload) return;
    setReloading(true);
    try {
      const fresh = await props.onReload();
      if (fresh) {
        setBase(fresh);
        const next = initialRequisitionValues(fresh, defaults);
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

  // What submitting it would do, asked for once the form is complete enough to be saved.
  const baseId = base?.id;
  const routeRequest = useMemo(() => {
    const problems = { ...validateContract(values), ...requisitionFormErrors(i18n, values) };
    if (Object.keys(problems).length > 0) return null;
    // The justification plays no part in the route: typing it asks nothing again.
    const request = { ...toRequisitionRequest(values), justification: '' };
    return baseId ? { ...request, requisitionId: baseId } : request;
  }, [values, baseId, validateContract, i18n]);

  // Estimated totals per currency, by the same rounding as order amounts.
  const totals = (() => {
    const byCurrency = new Map<string, { quantity: string; unitPrice: string; taxRate: string }[]>();
    for (const l of values.lines) {
      if (!isAmountInput(l.quantity) || !isAmountInput(l.estimatedUnitPrice) || !l.currency) continue;
      const list = byCurrency.get(l.currency) ?? [];
      list.push({ quantity: l.quantity, unitPrice: l.estimatedUnitPrice, taxRate: '0' });
      byCurrency.set(l.currency, list);
    }
    return [...byCurrency.entries()]
      .sort(([a], [b]) => (a === props.baseCurrency ? -1 : b === props.baseCurrency ? 1 : a.localeCompare(b)))
      .map(([currency, lines]) => ({
        currency,
        amount: documentTotals(lines, minorUnitsOf(currency)).subtotal,
      }));
  })();

  return (
    <form
      ref={formRef}
      onSubmit={form.onSubmit(submit, () => revealFormProblem(formRef.current))}
      noValidate
      aria-label={base ? t`Edit ${baseNumber}` : t`New requisition`}
    >
      {leave.dialog}
      <Stack gap="lg">
        {stale ? (
          <StaleRecordAlert onReload={() => void reload()} reloading={reloading} />
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}

        <SectionCard title={t`Charged to`} description={t`The department and cost centre that pay for it.`}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t`Department`}
                required
                searchable
                data={props.departments}
                nothingFoundMessage={t`No such department`}
                allowDeselect={false}
                {...form.getInputProps('departmentId')}
                onChange={(v) => {
                  form.setFieldValue('departmentId', v);
                  const centre = props.costCentres.find((c) => c.value === form.getValues().costCentreId);
                  if (centre && centre.departmentId !== v) form.setFieldValue('costCentreId', null);
                }}
              />
              <Select
                label={t`Cost centre`}
                required
                searchable
                data={costCentreOptions}
                placeholder={values.departmentId ? t`Choose a cost centre` : t`Choose the department first`}
                nothingFoundMessage={
                  values.departmentId
                    ? t`This department has no active cost centre`
                    : t`Choose the department first`
                }
                allowDeselect={false}
                {...form.getInputProps('costCentreId')}
              />
            </SimpleGrid>
            <Textarea
              label={t`Justification`}
              description={t`Why it is needed: approvers read this first.`}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={5000}
              {...form.getInputProps('justification')}
            />
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
                focusLineCell(linesRef.current, form.getValues().lines.length, FIRST_FIELD);
              }}
            >
              <Trans>Add line</Trans>
            </Button>
          }
        >
          <Stack
            gap="sm"
            ref={linesRef}
            onKeyDown={(event) =>
              handleLineGridKeyDown(event, {
                container: linesRef.current,
                lineCount: form.getValues().lines.length,
                firstField: FIRST_FIELD,
                onAdd: addLine,
                onRemove: removeLine,
              })
            }
          >
            {typeof form.errors.lines === 'string' && (
              <Text size="sm" c="red" role="alert">
                {form.errors.lines}
              </Text>
            )}
            {values.lines.map((line, i) => (
              <RequisitionLineRow
                key={line.uid}
                index={i}
                line={line}
                form={form}
                catalog={catalog}
                unitOptions={unitOptions}
                currencyOptions={currencyOptions}
                minorUnits={minorUnitsOf(line.currency)}
                canRemove={values.lines.length > 1}
                onRemove={() => removeLine(i)}
                onPickItem={(itemId) => void pickItem(i, itemId)}
                onSupplierChange={(supplierId) => {
                  form.setFieldValue(`lines.${i}.suggestedSupplierId`, supplierId);
                  if (line.itemId) void refreshEstimate(line.uid);
                }}
                onQuantityBlur={() => {
                  if (line.itemId && line.priceNote && line.priceFromList) void refreshEstimate(line.uid);
                }}
              />
            ))}
            <Group justify="space-between" align="flex-start" mt="xs">
              <Text size="xs" c="dimmed">
                <Trans>
                  <Kbd size="xs">Enter</Kbd> on the last line adds another.
                </Trans>
              </Text>
              <Stack gap={2} align="flex-end" aria-live="polite">
                <Text size="sm" c="dimmed">
                  <Trans>Estimated total</Trans>
                </Text>
                {totals.length === 0 ? (
                  <Text fw={650} fz="lg">
                    —
                  </Text>
                ) : (
                  totals.map((total) => (
                    <Text key={total.currency} fw={650} fz="lg" ff="monospace" data-testid="estimated-total">
                      {formatMoney(total.amount, total.currency)}
                    </Text>
                  ))
                )}
                {totals.length > 1 && (
                  <Text size="xs" c="dimmed">
                    <Trans>The approver sees the sum in {baseCurrency} at today's rates.</Trans>
                  </Text>
                )}
              </Stack>
            </Group>
          </Stack>
        </SectionCard>

        {props.renderBudget?.({
          costCentreId: values.costCentreId,
          amount: totals.length > 1 ? null : (totals[0]?.amount ?? '0'),
          currency: totals[0]?.currency ?? props.baseCurrency,
        })}

        <RequisitionRoutePreviewCard request={routeRequest} />

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel} disabled={saving !== null}>
            <Trans>Cancel</Trans>
          </Button>
          <Button
            type="submit"
            variant="light"
            loading={saving === 'draft'}
            disabled={stale || saving === 'submit'}
            onClick={() => {
              submitIntent.current = false;
            }}
          >
            <Trans>Save draft</Trans>
          </Button>
          <Button
            type="submit"
            leftSection={<IconSend size={16} />}
            loading={saving === 'submit'}
            disabled={stale || saving === 'draft'}
            onClick={() => {
              submitIntent.current = true;
            }}
          >
            <Trans>Submit for approval</Trans>
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type FormApi = ReturnType<typeof useForm<RequisitionFormValues>>;

function RequisitionLineRow(props: {
  index: number;
  line: RequisitionLineValues;
  form: FormApi;
  catalog: RequisitionCatalog;
  unitOptions: Option[];
  currencyOptions: Option[];
  minorUnits: number;
  canRemove: boolean;
  onRemove: () => void;
  onPickItem: (itemId: string | null) => void;
  onSupplierChange: (supplierId: string | null) => void;
  onQuantityBlur: () => void;
}) {
  const { index: i, line, form, catalog } = props;
  const { t } = useLingui();
  const n = i + 1;
  const lineLabel = t`line ${n}`;
  const path = (field: keyof RequisitionLineValues) => `lines.${i}.${field}`;
  const cell = (field: keyof RequisitionLineValues) => ({ 'data-line': i, 'data-field': field });
  const fromItem = !!line.itemId;
  const amount =
    isAmountInput(line.quantity) && isAmountInput(line.estimatedUnitPrice)
      ? lineAmounts(
          { quantity: line.quantity, unitPrice: line.estimatedUnitPrice, taxRate: '0' },
          props.minorUnits,
        ).net
      : null;
  const quantityProps = form.getInputProps(path('quantity'));

  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-label={t`Line ${n}`}>
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600}>
            <Trans>Line {n}</Trans>
          </Text>
          {line.priceNote && (
            <Text size="xs" c={line.priceFromList ? 'dimmed' : 'orange'}>
              {line.priceNote}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" ff="monospace" fw={500} aria-label={t`Line ${n} estimated amount`}>
            {amount ? formatMoney(amount, line.currency) : '—'}
          </Text>
          <Tooltip label={t`Remove line ${n} (Ctrl+Delete)`}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t`Remove line ${n}`}
              onClick={props.onRemove}
              disabled={!props.canRemove}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Grid columns={24} gutter="xs">
        <Grid.Col span={{ base: 24, sm: 12, md: 8 }}>
          {catalog.renderItemSelect({
            label: t`Catalog item`,
            placeholder: t`Search SKU or name, or leave blank`,
            clearable: true,
            value: line.itemId,
            onChange: props.onPickItem,
            error: form.errors[path('itemId')],
            ...cell('itemId'),
          })}
        </Grid.Col>
        <Grid.Col span={{ base: 24, sm: 12, md: 10 }}>
          <TextInput
            label={t`Description`}
            required={!fromItem}
            maxLength={1000}
            placeholder={fromItem ? undefined : t`What is needed`}
            {...form.getInputProps(path('description'))}
            {...cell('description')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 24, sm: 12, md: 6 }}>
          <Select
            label={t`Category`}
            required={!fromItem}
            searchable
            data={catalog.categories}
            disabled={fromItem}
            nothingFoundMessage={t`No such category`}
            {...form.getInputProps(path('categoryId'))}
            {...cell('categoryId')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <TextInput
            label={t`Quantity`}
            required
            inputMode="decimal"
            autoComplete="off"
            {...quantityProps}
            onBlur={(e) => {
              quantityProps.onBlur?.(e);
              props.onQuantityBlur();
            }}
            {...cell('quantity')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            label={t`Unit`}
            required={!fromItem}
            searchable
            data={props.unitOptions}
            disabled={fromItem}
            nothingFoundMessage={t`No such unit`}
            {...form.getInputProps(path('unitCode'))}
            onChange={(v) => form.setFieldValue(path('unitCode'), v ?? '')}
            {...cell('unitCode')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <TextInput
            label={t`Est. unit price`}
            required
            inputMode="decimal"
            autoComplete="off"
            {...form.getInputProps(path('estimatedUnitPrice'))}
            onChange={(e) => {
              form.setFieldValue(path('estimatedUnitPrice'), e.currentTarget.value);
              if (line.priceNote) {
                form.setFieldValue(path('priceNote'), '');
                form.setFieldValue(path('priceFromList'), false);
              }
            }}
            {...cell('estimatedUnitPrice')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            label={t`Currency`}
            searchable
            data={props.currencyOptions}
            allowDeselect={false}
            {...form.getInputProps(path('currency'))}
            onChange={(v) => form.setFieldValue(path('currency'), v ?? '')}
            {...cell('currency')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <DateInput
            label={t`Needed by`}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            minDate={todayIso()}
            clearable
            {...form.getInputProps(path('neededBy'))}
            {...cell('neededBy')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 24, sm: 18, md: 7 }}>
          {catalog.renderSupplierSelect({
            label: t`Suggested supplier`,
            placeholder: t`Optional`,
            clearable: true,
            value: line.suggestedSupplierId,
            onChange: props.onSupplierChange,
            error: form.errors[path('suggestedSupplierId')],
            ...cell('suggestedSupplierId'),
          })}
          {line.itemId &&
            catalog.renderSupplierRanking?.({
              itemId: line.itemId,
              quantity: line.quantity,
              value: line.suggestedSupplierId,
              onChoose: props.onSupplierChange,
              label: lineLabel,
            })}
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
