import { type Settings, UpdateSettingsRequest } from '@contracts/organisation';
import {
  Badge,
  Button,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { SectionCard } from '@/components/detail-section';
import { applyServerErrors, contractValidator, FormErrorAlert } from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { type FieldError, isApiError } from '@/lib/api';
import { countryOptions, formatDate } from '@/lib/format';
import { MONO_INPUT_STYLES } from '@/lib/input-styles';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/roles';
import {
  clashingFormats,
  documentTypeLabel,
  previewNumberFormat,
  sortedDocumentTypes,
} from '../number-formats';

type AddressValues = {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};

export type SettingsFormValues = {
  organisationName: string;
  baseCurrency: string;
  fiscalYearStartMonth: string;
  address: AddressValues;
  numberFormats: Record<string, string>;
  budgetControl: Settings['budgetControl'];
  budgetApproverRole: string;
};

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

const MONTHS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: dayjs(new Date(2000, i, 1)).format('MMMM'),
}));

function valuesOf(s: Settings): SettingsFormValues {
  const a = s.address;
  return {
    organisationName: s.organisationName,
    baseCurrency: s.baseCurrency,
    fiscalYearStartMonth: String(s.fiscalYearStartMonth),
    address: {
      line1: a?.line1 ?? '',
      line2: a?.line2 ?? '',
      city: a?.city ?? '',
      region: a?.region ?? '',
      postalCode: a?.postalCode ?? '',
      country: a?.country ?? '',
    },
    numberFormats: { ...s.numberFormats },
    budgetControl: s.budgetControl,
    budgetApproverRole: s.budgetApproverRole,
  };
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

export function toSettingsRequest(v: SettingsFormValues) {
  const a = v.address;
  const blank = Object.values(a).every((x) => x.trim() === '');
  return {
    organisationName: v.organisationName,
    baseCurrency: v.baseCurrency,
    fiscalYearStartMonth: Number(v.fiscalYearStartMonth),
    address: blank
      ? null
      : {
          line1: a.line1,
          line2: opt(a.line2),
          city: a.city,
          region: opt(a.region),
          postalCode: opt(a.postalCode),
          country: a.country,
        },
    numberFormats: Object.fromEntries(Object.entries(v.numberFormats).map(([t, f]) => [t, f.trim()])),
    budgetControl: v.budgetControl,
    budgetApproverRole: v.budgetApproverRole as Role,
  };
}

const validateContract = contractValidator<SettingsFormValues>(UpdateSettingsRequest, toSettingsRequest);

/** Form rules the contract cannot state: formats that read alike (shown on the one being changed). */
function formOnlyErrors(v: SettingsFormValues, saved: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [a, b] of clashingFormats(toSettingsRequest(v).numberFormats)) {
    const changed = v.numberFormats[a] !== saved[a] && v.numberFormats[b] === saved[b] ? a : b;
    const other = changed === a ? b : a;
    errors[`numberFormats.${changed}`] =
      `Reads the same as the ${documentTypeLabel(other).toLowerCase()} format; give each document type its own prefix`;
  }
  const blank = Object.values(v.address).every((x) => x.trim() === '');
  if (!blank && !v.address.country) errors['address.country'] = 'Choose the country';
  return errors;
}

/** "1 Apr 2026 – 31 Mar 2027": the fiscal year starting in `month` that contains today. */
function currentFiscalYear(month: number): string {
  const today = dayjs();
  const year = today.month() + 1 >= month ? today.year() : today.year() - 1;
  const start = dayjs(new Date(year, month - 1, 1));
  return `${formatDate(start.toDate())} – ${formatDate(start.add(1, 'year').subtract(1, 'day').toDate())}`;
}

function focusFirstError() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
}

export type SettingsFormProps = {
  settings: Settings;
  currencyOptions: { value: string; label: string }[];
  readOnly: boolean;
  /** Saves; `version` is the one the form was opened (or reloaded) with, sent as If-Match. */
  onSubmit: (request: ReturnType<typeof toSettingsRequest>, version: number) => Promise<Settings | undefined>;
  onReload: () => Promise<Settings | undefined>;
};

/** Organisation name and address, base currency, fiscal year and document number formats. */
export function SettingsForm(props: SettingsFormProps) {
  const [base, setBase] = useState(props.settings);
  const form = useForm<SettingsFormValues>({
    mode: 'controlled',
    initialValues: valuesOf(base),
    validate: (v) => ({ ...validateContract(v), ...formOnlyErrors(v, base.numberFormats) }),
    // Formats are checked as they are typed, next to their live preview.
    validateInputOnChange: Object.keys(base.numberFormats).map((type) => `numberFormats.${type}`),
  });
  const leave = useLeaveGuard(() => form.isDirty());
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const countries = useMemo(() => countryOptions(), []);
  const stale = isApiError(error) && error.status === 412;
  const v = form.values;
  const year = new Date().getFullYear();

  function show(settings: Settings) {
    setBase(settings);
    const next = valuesOf(settings);
    form.setInitialValues(next);
    form.setValues(next);
    form.resetDirty(next);
    form.clearErrors();
  }

  async function submit(values: SettingsFormValues) {
    setSaving(true);
    setError(null);
    setUnmatched([]);
    try {
      const saved = await leave.whileSaving(() => props.onSubmit(toSettingsRequest(values), base.version));
      if (saved) show(saved);
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err));
      focusFirstError();
    } finally {
      setSaving(false);
    }
  }

  async function reload() {
    setReloading(true);
    try {
      const fresh = await props.onReload();
      if (fresh) {
        show(fresh);
        setError(null);
        setUnmatched([]);
      }
    } finally {
      setReloading(false);
    }
  }

  const types = sortedDocumentTypes(Object.keys(v.numberFormats));
  const month = Number(v.fiscalYearStartMonth) || 1;
  const disabled = props.readOnly;

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstError)} noValidate aria-label="Settings">
      {leave.dialog}
      <Stack gap="lg">
        {stale ? (
          <StaleRecordAlert what="settings page" onReload={() => void reload()} reloading={reloading} />
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}

        <SectionCard title="Organisation">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Organisation name"
              description="Printed on purchase orders and e-mails"
              required
              maxLength={200}
              readOnly={disabled}
              {...form.getInputProps('organisationName')}
              style={{ gridColumn: '1 / -1' }}
            />
            <Select
              label="Base currency"
              description="Totals, budgets and reports are kept in it; other currencies convert with the exchange rates"
              required
              searchable
              allowDeselect={false}
              data={props.currencyOptions}
              nothingFoundMessage="No such active currency"
              readOnly={disabled}
              {...form.getInputProps('baseCurrency')}
              onChange={(c) => form.setFieldValue('baseCurrency', c ?? '')}
            />
            <Select
              label="Fiscal year starts in"
              description={`The current fiscal year runs ${currentFiscalYear(month)}`}
              required
              allowDeselect={false}
              data={MONTHS}
              readOnly={disabled}
              {...form.getInputProps('fiscalYearStartMonth')}
            />
          </SimpleGrid>
          {v.baseCurrency !== base.baseCurrency && (
            <Text size="sm" c="orange" mt="sm">
              Changing the base currency applies to conversions from now on: enter rates against{' '}
              {v.baseCurrency} before documents in other currencies are converted.
            </Text>
          )}
        </SectionCard>

        <SectionCard
          title="Address"
          description="The organisation's postal address, printed on purchase orders."
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <TextInput
              label="Line 1"
              maxLength={200}
              readOnly={disabled}
              autoComplete="address-line1"
              {...form.getInputProps('address.line1')}
            />
            <TextInput
              label="Line 2"
              maxLength={200}
              readOnly={disabled}
              autoComplete="address-line2"
              {...form.getInputProps('address.line2')}
            />
            <TextInput
              label="Postal code"
              maxLength={20}
              readOnly={disabled}
              autoComplete="postal-code"
              {...form.getInputProps('address.postalCode')}
            />
            <TextInput
              label="City"
              maxLength={100}
              readOnly={disabled}
              autoComplete="address-level2"
              {...form.getInputProps('address.city')}
            />
            <TextInput
              label="Region"
              maxLength={100}
              readOnly={disabled}
              autoComplete="address-level1"
              {...form.getInputProps('address.region')}
            />
            <Select
              label="Country"
              searchable
              clearable={!disabled}
              data={countries}
              nothingFoundMessage="No such country"
              readOnly={disabled}
              {...form.getInputProps('address.country')}
              onChange={(c) => form.setFieldValue('address.country', c ?? '')}
            />
          </SimpleGrid>
        </SectionCard>

        <SectionCard
          title="Budget control"
          description="What happens when a purchase order or requisition is submitted that would take a cost centre’s budget (its month or fiscal year) below zero. Editors show the budget effect while drafting either way."
        >
          <Stack gap="md">
            <Radio.Group
              label="On submitting a document that exceeds a budget"
              readOnly={disabled}
              {...form.getInputProps('budgetControl')}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="approval"
                  disabled={disabled}
                  label="Add a “Budget overrun” approval step"
                  description="After the policy’s steps, one approval by a holder of the role below or the cost centre’s owner. Not added when a policy step already applies because the budget is exceeded."
                />
                <Radio
                  value="block"
                  disabled={disabled}
                  label="Refuse the submission"
                  description="The author is told how much is left and how much the document needs; raise the budget or reduce the document."
                />
              </Stack>
            </Radio.Group>
            <Select
              label="Budget overrun approver role"
              description="Its holders, with the cost centre’s owner, decide the Budget overrun step"
              maw={360}
              allowDeselect={false}
              data={ROLE_OPTIONS}
              readOnly={disabled}
              disabled={v.budgetControl === 'block'}
              {...form.getInputProps('budgetApproverRole')}
            />
          </Stack>
        </SectionCard>

        <SectionCard
          title="Document numbers"
          description={
            <>
              Literal text with tokens: <code>{'{YYYY}'}</code> or <code>{'{YY}'}</code> for the year and one
              counter of 3 to 9 <code>#</code>, e.g. <code>{'PO-{YYYY}-{#####}'}</code>. Numbers are never
              reused.
            </>
          }
        >
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" layout="fixed" aria-label="Document number formats">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>Document</Table.Th>
                  <Table.Th>Format</Table.Th>
                  <Table.Th w="36%">Preview</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {types.map((type) => {
                  const preview = previewNumberFormat(v.numberFormats[type] ?? '', year);
                  const fieldError = form.errors[`numberFormats.${type}`];
                  return (
                    <Table.Tr key={type}>
                      <Table.Td style={{ verticalAlign: 'top', paddingTop: 16 }}>
                        <Text size="sm" fw={500}>
                          {documentTypeLabel(type)}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <TextInput
                          aria-label={`${documentTypeLabel(type)} number format`}
                          styles={MONO_INPUT_STYLES}
                          maxLength={40}
                          autoComplete="off"
                          readOnly={disabled}
                          {...form.getInputProps(`numberFormats.${type}`)}
                        />
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top', paddingTop: 14 }}>
                        {preview.ok ? (
                          <Stack gap={2}>
                            <Group gap={6} wrap="nowrap">
                              {fieldError ? (
                                <IconAlertTriangle
                                  size={16}
                                  color="var(--mantine-color-orange-text)"
                                  aria-hidden
                                />
                              ) : (
                                <IconCheck size={16} color="var(--mantine-color-teal-text)" aria-hidden />
                              )}
                              <Badge
                                variant="light"
                                color="indigo"
                                radius="sm"
                                tt="none"
                                ff="monospace"
                                size="lg"
                                aria-label={`Example: ${preview.example}`}
                              >
                                {preview.example}
                              </Badge>
                            </Group>
                            <Text size="xs" c="dimmed">
                              {preview.restartsYearly
                                ? 'Counter restarts each year'
                                : 'One counter, never restarts'}
                            </Text>
                          </Stack>
                        ) : (
                          <Text size="sm" c="dimmed" fs="italic">
                            No preview until the format is valid
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SectionCard>

        {!disabled && (
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => form.reset()} disabled={saving || !form.isDirty()}>
              Discard changes
            </Button>
            <Button type="submit" loading={saving} disabled={stale}>
              Save settings
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
