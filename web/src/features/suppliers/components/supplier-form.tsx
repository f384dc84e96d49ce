import { CreateSupplierRequest, type Supplier, UpdateSupplierRequest } from '@contracts/suppliers';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  ActionIcon,
  Button,
  Card,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import {
  applyServerErrors,
  contractValidator,
  FormErrorAlert,
  revealFormProblem,
  useServerFieldErrors,
} from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import { PartyIdentifierFields } from '@/components/party-identifier-fields';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { LANGUAGES } from '@/i18n';
import { type FieldError, isApiError } from '@/lib/api';
import { countryOptions } from '@/lib/format';
import { describePaymentTerms } from '../payment-terms';
import { ADDRESS_KIND_LABELS } from './supplier-details';
import {
  emptyAddress,
  emptyContact,
  formOnlyErrors,
  initialSupplierValues,
  type SupplierFormValues,
  toSupplierRequest,
} from './supplier-form-values';

export type Option = { value: string; label: string };

export type SupplierFormProps = {
  /** The supplier being edited; absent when creating one. */
  supplier?: Supplier;
  currencyOptions: Option[];
  /** null when item categories are not available to pick from. */
  categoryOptions: Option[] | null;
  defaultCurrency?: string;
  submitLabel: string;
  /** Saves; `version` is the one the form was opened (or reloaded) with, for If-Match. */
  onSubmit: (request: ReturnType<typeof toSupplierRequest>, version: number | undefined) => Promise<unknown>;
  onCancel: () => void;
  /** Loads the current version after a conflict; the form then shows it. */
  onReload?: () => Promise<Supplier | undefined>;
};

function FormSection({
  title,
  description,
  children,
  extra,
}: {
  title: string;
  description?: string;
  children: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section">
      <Group justify="space-between" align="flex-start" mb="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" fw={600}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {extra}
      </Group>
      {children}
    </Card>
  );
}

/** Create or edit a supplier: master data, payment terms, addresses, contacts, bank details, notes. */
export function SupplierForm(props: SupplierFormProps) {
  const { t, i18n } = useLingui();
  // The version being edited: fixed when the form opens so that a background refresh can never
  // turn someone else's newer save into the base of this one.
  const [base, setBase] = useState(props.supplier);
  const editing = !!base;
  const schema = editing ? UpdateSupplierRequest : CreateSupplierRequest;
  const validateContract = useMemo(
    () => contractValidator<SupplierFormValues>(schema, toSupplierRequest),
    [schema],
  );
  const serverErrors = useServerFieldErrors();
  const form = useForm<SupplierFormValues>({
    mode: 'controlled',
    initialValues: initialSupplierValues(base, { currency: props.defaultCurrency }),
    validate: (values) => ({
      ...serverErrors.current(values),
      ...validateContract(values),
      ...formOnlyErrors(i18n, values),
    }),
    validateInputOnBlur: true,
  });
  const leave = useLeaveGuard(() => form.isDirty());
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const countries = useMemo(() => countryOptions(), []);
  const kindOptions = Object.entries(ADDRESS_KIND_LABELS).map(([value, label]) => ({
    value,
    label: i18n._(label),
  }));
  const stale = isApiError(error) && error.status === 412;
  const values = form.values;

  async function submit(v: SupplierFormValues) {
    setSaving(true);
    setError(null);
    setUnmatched([]);
    try {
      await leave.whileSaving(() => props.onSubmit(toSupplierRequest(v), base?.version));
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
        const next = initialSupplierValues(fresh);
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

  const termsPreview = (() => {
    const pct = values.earlyPaymentDiscountPercent.trim();
    const days = values.earlyPaymentDiscountDays;
    if (values.paymentTermsNetDays === '') return null;
    return describePaymentTerms(i18n, {
      paymentTermsNetDays: Number(values.paymentTermsNetDays),
      earlyPaymentDiscountPercent: /^\d+(\.\d+)?$/.test(pct) ? pct : null,
      earlyPaymentDiscountDays: days === '' ? null : Number(days),
      paymentTermsBasis: values.paymentTermsBasis,
    });
  })();

  const existingBank = base?.bankDetails ?? null;
  const accountName = existingBank?.accountName;
  const iban = existingBank?.iban;

  return (
    <form
      ref={formRef}
      onSubmit={form.onSubmit(submit, () => revealFormProblem(formRef.current))}
      noValidate
      aria-label={editing ? t`Edit supplier` : t`New supplier`}
    >
      {leave.dialog}
      <Stack gap="lg">
        {stale ? (
          <StaleRecordAlert onReload={props.onReload && (() => void reload())} reloading={reloading} />
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}

        <FormSection title={t`General`}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t`Code`}
              description={t`Short unique reference, e.g. ACME-01`}
              required
              maxLength={30}
              autoComplete="off"
              autoFocus={!editing}
              {...form.getInputProps('code')}
            />
            <TextInput
              label={t`Legal name`}
              required
              maxLength={200}
              autoComplete="organization"
              {...form.getInputProps('legalName')}
            />
            <Select
              label={t`Default currency`}
              description={t`Currency of this supplier's orders unless changed on the order`}
              required
              searchable
              data={props.currencyOptions}
              nothingFoundMessage={t`No such currency`}
              allowDeselect={false}
              {...form.getInputProps('defaultCurrency')}
              onChange={(v) => form.setFieldValue('defaultCurrency', v ?? '')}
            />
            <Select
              label={t`Language of its orders`}
              description={t`The PDF order it is sent is written in it`}
              data={LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
              allowDeselect={false}
              {...form.getInputProps('language')}
              onChange={(v) => form.setFieldValue('language', v ?? 'en')}
            />
            {props.categoryOptions && (
              <MultiSelect
                label={t`Categories`}
                description={t`What this supplier can be ordered for`}
                searchable
                clearable
                data={props.categoryOptions}
                nothingFoundMessage={t`No such category`}
                {...form.getInputProps('categoryIds')}
                style={{ gridColumn: '1 / -1' }}
              />
            )}
          </SimpleGrid>
        </FormSection>

        <FormSection
          title={t`Identifiers`}
          description={t`How the e-procurement network and the tax authorities know the supplier; its orders go out as PEPPOL documents to its electronic address.`}
        >
          <PartyIdentifierFields form={form} />
        </FormSection>

        <FormSection
          title={t`Payment terms`}
          description={termsPreview ? t`Reads as: ${termsPreview}` : undefined}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label={t`Net days`}
              description={t`Days after invoice until payment is due`}
              required
              min={0}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('paymentTermsNetDays')}
            />
            <TextInput
              label={t`Early-payment discount`}
              description={t`Percentage, e.g. 2 or 2.5`}
              inputMode="decimal"
              rightSection={
                <Text size="sm" c="dimmed">
                  %
                </Text>
              }
              autoComplete="off"
              {...form.getInputProps('earlyPaymentDiscountPercent')}
            />
            <NumberInput
              label={t`Discount days`}
              description={t`Discount applies if paid within`}
              min={0}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('earlyPaymentDiscountDays')}
            />
          </SimpleGrid>
          <Select
            label={t`Days count from`}
            description={t`What the net and discount days of an invoice count from`}
            allowDeselect={false}
            data={[
              { value: 'invoice_date', label: t`The invoice date` },
              { value: 'end_of_month', label: t`The end of the invoice’s month` },
              { value: 'receipt_date', label: t`The receipt of the goods` },
            ]}
            {...form.getInputProps('paymentTermsBasis')}
          />
        </FormSection>

        <FormSection
          title={t`Addresses`}
          description={t`Billing, shipping and remit-to addresses`}
          extra={
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                form.insertListItem(
                  'addresses',
                  emptyAddress(
                    values.addresses.length === 0 ? 'billing' : 'shipping',
                    values.addresses[0]?.country ?? '',
                  ),
                )
              }
              disabled={values.addresses.length >= 20}
            >
              <Trans>Add address</Trans>
            </Button>
          }
        >
          <Stack gap="md">
            {form.errors.addresses && (
              <Text size="sm" c="red" role="alert">
                {form.errors.addresses}
              </Text>
            )}
            {values.addresses.length === 0 && (
              <Text size="sm" c="dimmed">
                <Trans>
                  No address yet. Add at least a billing address before ordering from this supplier.
                </Trans>
              </Text>
            )}
            {values.addresses.map((a, i) => {
              const number = i + 1;
              return (
                <Fieldset key={a.uid} legend={t`Address ${number}`} radius="md" variant="filled">
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                    <Select
                      label={t`Kind`}
                      data={kindOptions}
                      allowDeselect={false}
                      {...form.getInputProps(`addresses.${i}.kind`)}
                    />
                    <TextInput
                      label={t`Line 1`}
                      required
                      maxLength={200}
                      autoComplete="address-line1"
                      {...form.getInputProps(`addresses.${i}.line1`)}
                    />
                    <TextInput
                      label={t`Line 2`}
                      maxLength={200}
                      autoComplete="address-line2"
                      {...form.getInputProps(`addresses.${i}.line2`)}
                    />
                    <TextInput
                      label={t`Postal code`}
                      maxLength={20}
                      autoComplete="postal-code"
                      {...form.getInputProps(`addresses.${i}.postalCode`)}
                    />
                    <TextInput
                      label={t`City`}
                      required
                      maxLength={100}
                      autoComplete="address-level2"
                      {...form.getInputProps(`addresses.${i}.city`)}
                    />
                    <TextInput
                      label={t`Region`}
                      maxLength={100}
                      autoComplete="address-level1"
                      {...form.getInputProps(`addresses.${i}.region`)}
                    />
                    <Select
                      label={t`Country`}
                      required
                      searchable
                      data={countries}
                      nothingFoundMessage={t`No such country`}
                      allowDeselect={false}
                      {...form.getInputProps(`addresses.${i}.country`)}
                      onChange={(v) => form.setFieldValue(`addresses.${i}.country`, v ?? '')}
                    />
                  </SimpleGrid>
                  <Group justify="flex-end" mt="sm">
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => form.removeListItem('addresses', i)}
                    >
                      <Trans>Remove address {number}</Trans>
                    </Button>
                  </Group>
                </Fieldset>
              );
            })}
          </Stack>
        </FormSection>

        <FormSection
          title={t`Contacts`}
          description={t`People to talk to about orders, deliveries and invoices`}
          extra={
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('contacts', emptyContact())}
              disabled={values.contacts.length >= 50}
            >
              <Trans>Add contact</Trans>
            </Button>
          }
        >
          <Stack gap="md">
            {form.errors.contacts && (
              <Text size="sm" c="red" role="alert">
                {form.errors.contacts}
              </Text>
            )}
            {values.contacts.length === 0 && (
              <Text size="sm" c="dimmed">
                <Trans>No contact yet.</Trans>
              </Text>
            )}
            {values.contacts.map((c, i) => {
              const number = i + 1;
              return (
                <Fieldset key={c.uid} legend={t`Contact ${number}`} radius="md" variant="filled">
                  <Group align="flex-start" gap="sm" wrap="nowrap">
                    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" style={{ flex: 1 }}>
                      <TextInput
                        label={t`Name`}
                        required
                        maxLength={200}
                        autoComplete="off"
                        {...form.getInputProps(`contacts.${i}.name`)}
                      />
                      <TextInput
                        label={t`Role`}
                        placeholder={t`e.g. Sales, Accounts`}
                        maxLength={100}
                        autoComplete="off"
                        {...form.getInputProps(`contacts.${i}.role`)}
                      />
                      <TextInput
                        label={t`E-mail`}
                        type="email"
                        maxLength={320}
                        autoComplete="off"
                        {...form.getInputProps(`contacts.${i}.email`)}
                      />
                      <TextInput
                        label={t`Phone`}
                        type="tel"
                        maxLength={50}
                        autoComplete="off"
                        {...form.getInputProps(`contacts.${i}.phone`)}
                      />
                      <Switch
                        label={t`Receives purchase orders`}
                        description={t`Orders are e-mailed to this contact; needs an e-mail address.`}
                        {...form.getInputProps(`contacts.${i}.orderContact`, { type: 'checkbox' })}
                      />
                    </SimpleGrid>
                    <Tooltip label={t`Remove contact ${number}`}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mt={26}
                        aria-label={t`Remove contact ${number}`}
                        onClick={() => form.removeListItem('contacts', i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Fieldset>
              );
            })}
          </Stack>
        </FormSection>

        <FormSection
          title={t`Bank details`}
          description={t`Used for payments. Account numbers are stored in full but only ever shown masked.`}
        >
          <Stack gap="md">
            {existingBank ? (
              <Radio.Group
                label={t`Stored bank details`}
                value={values.bankMode}
                onChange={(v) => form.setFieldValue('bankMode', v as SupplierFormValues['bankMode'])}
              >
                <Group mt={6} gap="lg">
                  <Radio
                    value="keep"
                    label={
                      existingBank.iban ? t`Keep (${accountName}, IBAN ${iban})` : t`Keep (${accountName})`
                    }
                  />
                  <Radio value="set" label={t`Replace`} />
                  <Radio value="remove" label={t`Remove`} />
                </Group>
              </Radio.Group>
            ) : (
              <Switch
                label={t`Record bank details`}
                checked={values.bankMode === 'set'}
                onChange={(e) => form.setFieldValue('bankMode', e.currentTarget.checked ? 'set' : 'none')}
              />
            )}
            {values.bankMode === 'set' && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t`Account name`}
                  required
                  maxLength={200}
                  autoComplete="off"
                  {...form.getInputProps('bankDetails.accountName')}
                />
                <TextInput
                  label={t`Bank name`}
                  maxLength={200}
                  autoComplete="off"
                  {...form.getInputProps('bankDetails.bankName')}
                />
                <TextInput
                  label="IBAN"
                  // eslint-disable-next-line lingui/no-unlocalized-strings -- an example IBAN, the same in every language
                  placeholder="DE89 3704 0044 0532 0130 00"
                  autoComplete="off"
                  ff="monospace"
                  {...form.getInputProps('bankDetails.iban')}
                />
                <TextInput
                  label="BIC"
                  placeholder="COBADEFFXXX"
                  maxLength={11}
                  autoComplete="off"
                  {...form.getInputProps('bankDetails.bic')}
                />
                <TextInput
                  label={t`Account number`}
                  description={t`Where there is no IBAN`}
                  autoComplete="off"
                  {...form.getInputProps('bankDetails.accountNumber')}
                />
              </SimpleGrid>
            )}
          </Stack>
        </FormSection>

        <FormSection title={t`Notes`}>
          <Textarea
            aria-label={t`Notes`}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={5000}
            {...form.getInputProps('notes')}
          />
        </FormSection>

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
