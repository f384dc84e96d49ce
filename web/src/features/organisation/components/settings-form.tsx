import { type Settings, UpdateSettingsRequest } from '@contracts/organisation';
import type { I18n } from '@lingui/core';
import { msg, select } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { applyServerErrors, contractValidator, FormErrorAlert } from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import {
  PartyIdentifierFields,
  type PartyIdentifierValues,
  partyIdentifierRequest,
  partyIdentifierValues,
} from '@/components/party-identifier-fields';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { type FieldError, isApiError } from '@/lib/api';
import { countryOptions, formatDate } from '@/lib/format';
import { MONO_INPUT_STYLES } from '@/lib/input-styles';
import { INTERNAL_ROLES, ROLE_LABELS, type Role } from '@/lib/roles';
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

export type SettingsFormValues = PartyIdentifierValues & {
  organisationName: string;
  baseCurrency: string;
  fiscalYearStartMonth: string;
  address: AddressValues;
  numberFormats: Record<string, string>;
  budgetControl: Settings['budgetControl'];
  budgetApproverRole: string;
  autoSendOnApproval: boolean;
  acknowledgementDueDays: number | string;
  deliveryReminderDays: number | string;
  paymentAccount: { accountName: string; iban: string; bic: string };
};

/** The month names in the language shown now (dayjs follows the app's language). */
const monthOptions = () =>
  Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: dayjs(new Date(2000, i, 1)).format('MMMM'),
  }));

/** An example format in the help text (a code, the same in every language). */
const EXAMPLE_FORMAT = 'PO-{YYYY}-{#####}';
const YEAR_TOKEN = '{YYYY}';
const SHORT_YEAR_TOKEN = '{YY}';

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
    autoSendOnApproval: s.autoSendOnApproval,
    acknowledgementDueDays: s.acknowledgementDueDays,
    deliveryReminderDays: s.deliveryReminderDays,
    paymentAccount: {
      accountName: s.paymentAccount?.accountName ?? '',
      iban: s.paymentAccount?.iban ?? '',
      bic: s.paymentAccount?.bic ?? '',
    },
    ...partyIdentifierValues(s),
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
    autoSendOnApproval: v.autoSendOnApproval,
    acknowledgementDueDays: Number(v.acknowledgementDueDays),
    deliveryReminderDays: Number(v.deliveryReminderDays),
    // All three empty: no paying account (payment runs cannot be confirmed until one is set).
    paymentAccount: Object.values(v.paymentAccount).every((x) => x.trim() === '')
      ? null
      : {
          accountName: v.paymentAccount.accountName,
          iban: v.paymentAccount.iban,
          bic: opt(v.paymentAccount.bic) ?? null,
        },
    ...partyIdentifierRequest(v),
  };
}

const validateContract = contractValidator<SettingsFormValues>(UpdateSettingsRequest, toSettingsRequest);

/** Form rules the contract cannot state: formats that read alike (shown on the one being changed). */
function formOnlyErrors(
  i18n: I18n,
  v: SettingsFormValues,
  saved: Record<string, string>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [a, b] of clashingFormats(toSettingsRequest(v).numberFormats)) {
    const changed = v.numberFormats[a] !== saved[a] && v.numberFormats[b] === saved[b] ? a : b;
    const other = changed === a ? b : a;
    // Other document types are named as the settings humanise them, in lower case mid-sentence.
    const otherName = documentTypeLabel(i18n, other).toLowerCase();
    errors[`numberFormats.${changed}`] = i18n._(
      msg`Reads the same as the ${select(other, {
        purchase_order: 'purchase order',
        requisition: 'requisition',
        goods_receipt: 'goods receipt',
        invoice: 'invoice',
        other: otherName,
      })} format; give each document type its own prefix`,
    );
  }
  const blank = Object.values(v.address).every((x) => x.trim() === '');
  if (!blank && !v.address.country) errors['address.country'] = i18n._(msg`Choose the country`);
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
  const { t, i18n } = useLingui();
  const [base, setBase] = useState(props.settings);
  const form = useForm<SettingsFormValues>({
    mode: 'controlled',
    initialValues: valuesOf(base),
    validate: (v) => ({ ...validateContract(v), ...formOnlyErrors(i18n, v, base.numberFormats) }),
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
  const fiscalYear = currentFiscalYear(month);
  const newBaseCurrency = v.baseCurrency;
  const roleOptions = INTERNAL_ROLES.map((role) => ({ value: role, label: i18n._(ROLE_LABELS[role]) }));

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstError)} noValidate aria-label={t`Settings`}>
      {leave.dialog}
      <Stack gap="lg">
        {stale ? (
          <StaleRecordAlert onReload={() => void reload()} reloading={reloading} />
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}

        <SectionCard title={t`Organisation`}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t`Organisation name`}
              description={t`Printed on purchase orders and e-mails`}
              required
              maxLength={200}
              readOnly={disabled}
              {...form.getInputProps('organisationName')}
              style={{ gridColumn: '1 / -1' }}
            />
            <Select
              label={t`Base currency`}
              description={t`Totals, budgets and reports are kept in it; other currencies convert with the exchange rates`}
              required
              searchable
              allowDeselect={false}
              data={props.currencyOptions}
              nothingFoundMessage={t`No such active currency`}
              readOnly={disabled}
              {...form.getInputProps('baseCurrency')}
              onChange={(c) => form.setFieldValue('baseCurrency', c ?? '')}
            />
            <Select
              label={t`Fiscal year starts in`}
              description={t`The current fiscal year runs ${fiscalYear}`}
              required
              allowDeselect={false}
              data={monthOptions()}
              readOnly={disabled}
              {...form.getInputProps('fiscalYearStartMonth')}
            />
          </SimpleGrid>
          {v.baseCurrency !== base.baseCurrency && (
            <Text size="sm" c="orange" mt="sm">
              <Trans>
                Changing the base currency applies to conversions from now on: enter rates against{' '}
                {newBaseCurrency} before documents in other currencies are converted.
              </Trans>
            </Text>
          )}
        </SectionCard>

        <SectionCard
          title={t`Address`}
          description={t`The organisation's postal address, printed on purchase orders.`}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <TextInput
              label={t`Line 1`}
              maxLength={200}
              readOnly={disabled}
              autoComplete="address-line1"
              {...form.getInputProps('address.line1')}
            />
            <TextInput
              label={t`Line 2`}
              maxLength={200}
              readOnly={disabled}
              autoComplete="address-line2"
              {...form.getInputProps('address.line2')}
            />
            <TextInput
              label={t`Postal code`}
              maxLength={20}
              readOnly={disabled}
              autoComplete="postal-code"
              {...form.getInputProps('address.postalCode')}
            />
            <TextInput
              label={t`City`}
              maxLength={100}
              readOnly={disabled}
              autoComplete="address-level2"
              {...form.getInputProps('address.city')}
            />
            <TextInput
              label={t`Region`}
              maxLength={100}
              readOnly={disabled}
              autoComplete="address-level1"
              {...form.getInputProps('address.region')}
            />
            <Select
              label={t`Country`}
              searchable
              clearable={!disabled}
              data={countries}
              nothingFoundMessage={t`No such country`}
              readOnly={disabled}
              {...form.getInputProps('address.country')}
              onChange={(c) => form.setFieldValue('address.country', c ?? '')}
            />
          </SimpleGrid>
        </SectionCard>

        <SectionCard
          title={t`Identifiers`}
          description={t`How the e-procurement network and the tax authorities know the organisation. Purchase orders go out as PEPPOL documents, which need the electronic address.`}
        >
          <fieldset disabled={disabled} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
            <PartyIdentifierFields form={form} />
          </fieldset>
        </SectionCard>

        <SectionCard
          title={t`Budget control`}
          description={t`What happens when a purchase order or requisition is submitted that would take a cost centre’s budget (its month or fiscal year) below zero. Editors show the budget effect while drafting either way.`}
        >
          <Stack gap="md">
            <Radio.Group
              label={t`On submitting a document that exceeds a budget`}
              readOnly={disabled}
              {...form.getInputProps('budgetControl')}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="approval"
                  disabled={disabled}
                  label={t`Add a “Budget overrun” approval step`}
                  description={t`After the policy’s steps, one approval by a holder of the role below or the cost centre’s owner. Not added when a policy step already applies because the budget is exceeded.`}
                />
                <Radio
                  value="block"
                  disabled={disabled}
                  label={t`Refuse the submission`}
                  description={t`The author is told how much is left and how much the document needs; raise the budget or reduce the document.`}
                />
              </Stack>
            </Radio.Group>
            <Select
              label={t`Budget overrun approver role`}
              description={t`Its holders, with the cost centre’s owner, decide the Budget overrun step`}
              maw={360}
              allowDeselect={false}
              data={roleOptions}
              readOnly={disabled}
              disabled={v.budgetControl === 'block'}
              {...form.getInputProps('budgetApproverRole')}
            />
          </Stack>
        </SectionCard>

        <SectionCard
          title={t`Sending orders`}
          description={t`Orders go to the supplier’s order contacts by e-mail, with the PDF and the PEPPOL document attached.`}
        >
          <Switch
            label={t`Send an order to its supplier as soon as it is approved`}
            description={t`Off: the buyer reviews the recipients and sends it. When an order cannot be sent (no order contact, a blocked supplier), its buyer is told why.`}
            disabled={disabled}
            {...form.getInputProps('autoSendOnApproval', { type: 'checkbox' })}
          />
          <Text mt="md" size="sm" c="dimmed">
            <Trans>
              How far above the ordered quantity a supplier may ship and deliver a line is set in{' '}
              <Anchor component={Link} to="/organisation/tolerances" inherit underline="always">
                Tolerances
              </Anchor>
              .
            </Trans>
          </Text>
          <Group mt="md" gap="md" align="flex-start" grow preventGrowOverflow={false}>
            <NumberInput
              label={t`Acknowledgement due after (days)`}
              description={t`An order the supplier has not answered this many days after it was sent is at risk, and the supplier is reminded daily.`}
              min={1}
              max={60}
              allowDecimal={false}
              readOnly={disabled}
              {...form.getInputProps('acknowledgementDueDays')}
            />
            <NumberInput
              label={t`Delivery reminder (days before)`}
              description={t`The supplier is reminded this many days before a delivery date it promised. 0: no reminder.`}
              min={0}
              max={60}
              allowDecimal={false}
              readOnly={disabled}
              {...form.getInputProps('deliveryReminderDays')}
            />
          </Group>
        </SectionCard>

        <SectionCard
          title={t`Paying suppliers`}
          description={t`The account payment runs pay from: the debtor of the SEPA credit-transfer file. Its IBAN and BIC are checked when saved.`}
        >
          <Group gap="md" align="flex-start" grow preventGrowOverflow={false}>
            <TextInput
              label={t`Account holder`}
              readOnly={disabled}
              maxLength={70}
              {...form.getInputProps('paymentAccount.accountName')}
            />
            <TextInput
              label={t`IBAN`}
              readOnly={disabled}
              autoComplete="off"
              {...form.getInputProps('paymentAccount.iban')}
            />
            <TextInput
              label={t`BIC`}
              description={t`Optional within SEPA`}
              readOnly={disabled}
              autoComplete="off"
              {...form.getInputProps('paymentAccount.bic')}
            />
          </Group>
        </SectionCard>

        <SectionCard
          title={t`Document numbers`}
          description={
            <Trans>
              Literal text with tokens: <code>{YEAR_TOKEN}</code> or <code>{SHORT_YEAR_TOKEN}</code> for the
              year and one counter of 3 to 9 <code>#</code>, e.g. <code>{EXAMPLE_FORMAT}</code>. Numbers are
              never reused.
            </Trans>
          }
        >
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" layout="fixed" aria-label={t`Document number formats`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>
                    <Trans context="document type">Document</Trans>
                  </Table.Th>
                  <Table.Th>
                    <Trans>Format</Trans>
                  </Table.Th>
                  <Table.Th w="36%">
                    <Trans>Preview</Trans>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {types.map((type) => {
                  const preview = previewNumberFormat(v.numberFormats[type] ?? '', year);
                  const fieldError = form.errors[`numberFormats.${type}`];
                  const typeLabel = documentTypeLabel(i18n, type);
                  const example = preview.ok ? preview.example : '';
                  return (
                    <Table.Tr key={type}>
                      <Table.Td style={{ verticalAlign: 'top', paddingTop: 16 }}>
                        <Text size="sm" fw={500}>
                          {typeLabel}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <TextInput
                          aria-label={t`${typeLabel} number format`}
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
                                aria-label={t`Example: ${example}`}
                              >
                                {preview.example}
                              </Badge>
                            </Group>
                            <Text size="xs" c="dimmed">
                              {preview.restartsYearly ? (
                                <Trans>Counter restarts each year</Trans>
                              ) : (
                                <Trans>One counter, never restarts</Trans>
                              )}
                            </Text>
                          </Stack>
                        ) : (
                          <Text size="sm" c="dimmed" fs="italic">
                            <Trans>No preview until the format is valid</Trans>
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
              <Trans>Discard changes</Trans>
            </Button>
            <Button type="submit" loading={saving} disabled={stale}>
              <Trans>Save settings</Trans>
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
