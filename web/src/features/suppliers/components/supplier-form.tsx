import { CreateSupplierRequest, type Supplier, UpdateSupplierRequest } from '@contracts/suppliers';
import {
  ActionIcon,
  Alert,
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
import { IconAlertTriangle, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import {
  applyServerErrors,
  contractValidator,
  FormErrorAlert,
  revealFormProblem,
  useServerFieldErrors,
} from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
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

const KIND_OPTIONS = Object.entries(ADDRESS_KIND_LABELS).map(([value, label]) => ({ value, label }));

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
      ...formOnlyErrors(values),
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
    return describePaymentTerms({
      paymentTermsNetDays: Number(values.paymentTermsNetDays),
      earlyPaymentDiscountPercent: /^\d+(\.\d+)?$/.test(pct) ? pct : null,
      earlyPaymentDiscountDays: days === '' ? null : Number(days),
    });
  })();

  const existingBank = base?.bankDetails ?? null;

  return (
    <form
      ref={formRef}
      onSubmit={form.onSubmit(submit, () => revealFormProblem(formRef.current))}
      noValidate
      aria-label={editing ? 'Edit supplier' : 'New supplier'}
    >
      {leave.dialog}
      <Stack gap="lg">
        {stale ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Someone else changed this record — reload"
            role="alert"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                This supplier was saved by someone else after you opened it. Reload to see the current
                version; your unsaved changes here will be replaced.
              </Text>
              {props.onReload && (
                <Button
                  size="xs"
                  color="orange"
                  leftSection={<IconRefresh size={14} />}
                  onClick={() => void reload()}
                  loading={reloading}
                >
                  Reload
                </Button>
              )}
            </Stack>
          </Alert>
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}

        <FormSection title="General">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Code"
              description="Short unique reference, e.g. ACME-01"
              required
              maxLength={30}
              autoComplete="off"
              autoFocus={!editing}
              {...form.getInputProps('code')}
            />
            <TextInput
              label="Legal name"
              required
              maxLength={200}
              autoComplete="organization"
              {...form.getInputProps('legalName')}
            />
            <TextInput
              label="Tax ID"
              description="VAT or tax registration number"
              maxLength={50}
              autoComplete="off"
              {...form.getInputProps('taxId')}
            />
            <Select
              label="Default currency"
              description="Currency of this supplier's orders unless changed on the order"
              required
              searchable
              data={props.currencyOptions}
              nothingFoundMessage="No such currency"
              allowDeselect={false}
              {...form.getInputProps('defaultCurrency')}
              onChange={(v) => form.setFieldValue('defaultCurrency', v ?? '')}
            />
            {props.categoryOptions && (
              <MultiSelect
                label="Categories"
                description="What this supplier can be ordered for"
                searchable
                clearable
                data={props.categoryOptions}
                nothingFoundMessage="No such category"
                {...form.getInputProps('categoryIds')}
                style={{ gridColumn: '1 / -1' }}
              />
            )}
          </SimpleGrid>
        </FormSection>

        <FormSection
          title="Payment terms"
          description={termsPreview ? `Reads as: ${termsPreview}` : undefined}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label="Net days"
              description="Days after invoice until payment is due"
              required
              min={0}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('paymentTermsNetDays')}
            />
            <TextInput
              label="Early-payment discount"
              description="Percentage, e.g. 2 or 2.5"
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
              label="Discount days"
              description="Discount applies if paid within"
              min={0}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('earlyPaymentDiscountDays')}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection
          title="Addresses"
          description="Billing, shipping and remit-to addresses"
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
              Add address
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
                No address yet. Add at least a billing address before ordering from this supplier.
              </Text>
            )}
            {values.addresses.map((a, i) => (
              <Fieldset key={a.uid} legend={`Address ${i + 1}`} radius="md" variant="filled">
                <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                  <Select
                    label="Kind"
                    data={KIND_OPTIONS}
                    allowDeselect={false}
                    {...form.getInputProps(`addresses.${i}.kind`)}
                  />
                  <TextInput
                    label="Line 1"
                    required
                    maxLength={200}
                    autoComplete="address-line1"
                    {...form.getInputProps(`addresses.${i}.line1`)}
                  />
                  <TextInput
                    label="Line 2"
                    maxLength={200}
                    autoComplete="address-line2"
                    {...form.getInputProps(`addresses.${i}.line2`)}
                  />
                  <TextInput
                    label="Postal code"
                    maxLength={20}
                    autoComplete="postal-code"
                    {...form.getInputProps(`addresses.${i}.postalCode`)}
                  />
                  <TextInput
                    label="City"
                    required
                    maxLength={100}
                    autoComplete="address-level2"
                    {...form.getInputProps(`addresses.${i}.city`)}
                  />
                  <TextInput
                    label="Region"
                    maxLength={100}
                    autoComplete="address-level1"
                    {...form.getInputProps(`addresses.${i}.region`)}
                  />
                  <Select
                    label="Country"
                    required
                    searchable
                    data={countries}
                    nothingFoundMessage="No such country"
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
                    Remove address {i + 1}
                  </Button>
                </Group>
              </Fieldset>
            ))}
          </Stack>
        </FormSection>

        <FormSection
          title="Contacts"
          description="People to talk to about orders, deliveries and invoices"
          extra={
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('contacts', emptyContact())}
              disabled={values.contacts.length >= 50}
            >
              Add contact
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
                No contact yet.
              </Text>
            )}
            {values.contacts.map((c, i) => (
              <Fieldset key={c.uid} legend={`Contact ${i + 1}`} radius="md" variant="filled">
                <Group align="flex-start" gap="sm" wrap="nowrap">
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" style={{ flex: 1 }}>
                    <TextInput
                      label="Name"
                      required
                      maxLength={200}
                      autoComplete="off"
                      {...form.getInputProps(`contacts.${i}.name`)}
                    />
                    <TextInput
                      label="Role"
                      placeholder="e.g. Sales, Accounts"
                      maxLength={100}
                      autoComplete="off"
                      {...form.getInputProps(`contacts.${i}.role`)}
                    />
                    <TextInput
                      label="E-mail"
                      type="email"
                      maxLength={320}
                      autoComplete="off"
                      {...form.getInputProps(`contacts.${i}.email`)}
                    />
                    <TextInput
                      label="Phone"
                      type="tel"
                      maxLength={50}
                      autoComplete="off"
                      {...form.getInputProps(`contacts.${i}.phone`)}
                    />
                  </SimpleGrid>
                  <Tooltip label={`Remove contact ${i + 1}`}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={26}
                      aria-label={`Remove contact ${i + 1}`}
                      onClick={() => form.removeListItem('contacts', i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Fieldset>
            ))}
          </Stack>
        </FormSection>

        <FormSection
          title="Bank details"
          description="Used for payments. Account numbers are stored in full but only ever shown masked."
        >
          <Stack gap="md">
            {existingBank ? (
              <Radio.Group
                label="Stored bank details"
                value={values.bankMode}
                onChange={(v) => form.setFieldValue('bankMode', v as SupplierFormValues['bankMode'])}
              >
                <Group mt={6} gap="lg">
                  <Radio
                    value="keep"
                    label={`Keep (${existingBank.accountName}${existingBank.iban ? `, IBAN ${existingBank.iban}` : ''})`}
                  />
                  <Radio value="set" label="Replace" />
                  <Radio value="remove" label="Remove" />
                </Group>
              </Radio.Group>
            ) : (
              <Switch
                label="Record bank details"
                checked={values.bankMode === 'set'}
                onChange={(e) => form.setFieldValue('bankMode', e.currentTarget.checked ? 'set' : 'none')}
              />
            )}
            {values.bankMode === 'set' && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label="Account name"
                  required
                  maxLength={200}
                  autoComplete="off"
                  {...form.getInputProps('bankDetails.accountName')}
                />
                <TextInput
                  label="Bank name"
                  maxLength={200}
                  autoComplete="off"
                  {...form.getInputProps('bankDetails.bankName')}
                />
                <TextInput
                  label="IBAN"
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
                  label="Account number"
                  description="Where there is no IBAN"
                  autoComplete="off"
                  {...form.getInputProps('bankDetails.accountNumber')}
                />
              </SimpleGrid>
            )}
          </Stack>
        </FormSection>

        <FormSection title="Notes">
          <Textarea
            aria-label="Notes"
            autosize
            minRows={3}
            maxRows={12}
            maxLength={5000}
            {...form.getInputProps('notes')}
          />
        </FormSection>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} disabled={stale}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
