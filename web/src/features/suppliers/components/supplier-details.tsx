import type { Address, Supplier } from '@contracts/suppliers';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { MaskedValue } from '@/components/masked-value';
import { LANGUAGES } from '@/i18n';
import { currencyName, formatAddress, formatDateTime } from '@/lib/format';
import { describePaymentTerms } from '../payment-terms';

export const ADDRESS_KIND_LABELS: Record<Address['kind'], MessageDescriptor> = {
  billing: msg`Billing`,
  shipping: msg`Shipping`,
  remit_to: msg`Remit to`,
  other: msg`Other`,
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>{children}</div>
    </Stack>
  );
}

function Section({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg" fw={600}>
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </Card>
  );
}

function None({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export function SupplierGeneralCard({
  supplier,
  categoryNames,
}: {
  supplier: Supplier;
  categoryNames?: (id: string) => string;
}) {
  const { t, i18n } = useLingui();
  return (
    <Section title={t`General`}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <Field label={t`Code`}>
          <Text ff="monospace" size="sm">
            {supplier.code}
          </Text>
        </Field>
        <Field label={t`Legal name`}>{supplier.legalName}</Field>
        <Field label={t`Tax ID`}>
          {supplier.taxId ?? (
            <None>
              <Trans>Not recorded</Trans>
            </None>
          )}
        </Field>
        <Field label={t`Default currency`}>
          {supplier.defaultCurrency} · {currencyName(supplier.defaultCurrency)}
        </Field>
        <Field label={t`Payment terms`}>{describePaymentTerms(i18n, supplier)}</Field>
        <Field label={t`Language of its orders`}>
          {LANGUAGES.find((l) => l.code === (supplier.language ?? 'en'))?.name ?? supplier.language}
        </Field>
        <Field label={t`Categories`}>
          {supplier.categoryIds.length === 0 ? (
            <None>
              <Trans>None</Trans>
            </None>
          ) : (
            <Group gap={4}>
              {supplier.categoryIds.map((id) => (
                <Badge
                  key={id}
                  variant="light"
                  color="gray"
                  radius="sm"
                  tt="none"
                  h="auto"
                  py={2}
                  styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
                >
                  {categoryNames?.(id) ?? id.slice(0, 8)}
                </Badge>
              ))}
            </Group>
          )}
        </Field>
        <Field label={t`Created`}>{formatDateTime(supplier.createdAt)}</Field>
        <Field label={t`Last changed`}>{formatDateTime(supplier.updatedAt)}</Field>
        <Field label={t`Version`}>{supplier.version}</Field>
      </SimpleGrid>
    </Section>
  );
}

export function SupplierAddressesCard({ supplier }: { supplier: Supplier }) {
  const { t, i18n } = useLingui();
  return (
    <Section title={t`Addresses`}>
      {supplier.addresses.length === 0 ? (
        <None>
          <Trans>No address recorded.</Trans>
        </None>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {supplier.addresses.map((a, i) => (
            <Card
              // biome-ignore lint/suspicious/noArrayIndexKey: addresses have no identity of their own; this list is read-only
              key={`${a.kind}-${i}`}
              withBorder
              radius="sm"
              padding="sm"
              component="address"
              style={{ fontStyle: 'normal' }}
            >
              <Badge variant="light" size="sm" radius="sm" mb={6}>
                {i18n._(ADDRESS_KIND_LABELS[a.kind])}
              </Badge>
              {formatAddress(a).map((line) => (
                <Text size="sm" key={line}>
                  {line}
                </Text>
              ))}
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Section>
  );
}

export function SupplierContactsCard({ supplier }: { supplier: Supplier }) {
  const { t } = useLingui();
  return (
    <Section title={t`Contacts`}>
      {supplier.contacts.length === 0 ? (
        <None>
          <Trans>No contact recorded.</Trans>
        </None>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" aria-label={t`Contacts`} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <Trans>Name</Trans>
                </Table.Th>
                <Table.Th>
                  <Trans>Role</Trans>
                </Table.Th>
                <Table.Th w="35%">
                  <Trans>E-mail</Trans>
                </Table.Th>
                <Table.Th w={160}>
                  <Trans>Phone</Trans>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {supplier.contacts.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no identity of their own; this list is read-only
                <Table.Tr key={`${c.name}-${i}`}>
                  <Table.Td>
                    {c.name}
                    {c.orderContact && (
                      <Badge ml="xs" size="xs" variant="light" color="indigo">
                        <Trans>Orders</Trans>
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{c.role ?? '—'}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {c.email ? (
                      <Anchor href={`mailto:${c.email}`} size="sm">
                        {c.email}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {c.phone ? (
                      <Anchor href={`tel:${c.phone.replace(/\s+/g, '')}`} size="sm">
                        {c.phone}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

export function SupplierBankCard({ supplier }: { supplier: Supplier }) {
  const { t } = useLingui();
  const bank = supplier.bankDetails;
  return (
    <Section title={t`Bank details`}>
      {!bank ? (
        <None>
          <Trans>No bank details recorded.</Trans>
        </None>
      ) : (
        <Stack gap="md">
          <Field label={t`Account name`}>{bank.accountName}</Field>
          <Field label={t`Bank`}>{bank.bankName ?? <None>—</None>}</Field>
          <Field label="IBAN">
            <MaskedValue value={bank.iban} />
          </Field>
          <Field label="BIC">
            {bank.bic ? (
              <Text ff="monospace" size="sm">
                {bank.bic}
              </Text>
            ) : (
              <None>—</None>
            )}
          </Field>
          <Field label={t`Account number`}>
            <MaskedValue value={bank.accountNumber} />
          </Field>
        </Stack>
      )}
    </Section>
  );
}

export function SupplierNotesCard({ supplier }: { supplier: Supplier }) {
  const { t } = useLingui();
  return (
    <Section title={t`Notes`}>
      {supplier.notes ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {supplier.notes}
        </Text>
      ) : (
        <None>
          <Trans>No notes.</Trans>
        </None>
      )}
    </Section>
  );
}

export function SupplierSection(props: { title: string; children: ReactNode; extra?: ReactNode }) {
  return <Section {...props} />;
}
