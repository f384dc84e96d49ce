import { EAS_CODES, EAS_SCHEME_NAMES, TAX_SCHEMES } from '@contracts/party-identifiers';
import { useLingui } from '@lingui/react/macro';
import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

/** The identifiers as a form holds them: '' for "not given". */
export type PartyIdentifierValues = {
  electronicAddress: { scheme: string; id: string };
  legalId: { id: string; scheme: string };
  taxId: string;
  taxScheme: string;
};

type Identifiers = {
  electronicAddress: { scheme: string; id: string } | null;
  legalId: { id: string; scheme: string | null } | null;
  taxId: string | null;
  taxScheme: (typeof TAX_SCHEMES)[number] | null;
};

export function partyIdentifierValues(record?: Identifiers | null): PartyIdentifierValues {
  return {
    electronicAddress: {
      scheme: record?.electronicAddress?.scheme ?? '',
      id: record?.electronicAddress?.id ?? '',
    },
    legalId: { id: record?.legalId?.id ?? '', scheme: record?.legalId?.scheme ?? '' },
    taxId: record?.taxId ?? '',
    taxScheme: record?.taxScheme ?? '',
  };
}

/** The request's fields for these values: a blank id clears the identifier. */
export function partyIdentifierRequest(values: PartyIdentifierValues): Identifiers {
  const address = values.electronicAddress;
  const legal = values.legalId;
  return {
    electronicAddress: address.id.trim() ? { scheme: address.scheme, id: address.id.trim() } : null,
    legalId: legal.id.trim() ? { id: legal.id.trim(), scheme: legal.scheme.trim() || null } : null,
    taxId: values.taxId.trim() || null,
    taxScheme: (values.taxScheme || null) as Identifiers['taxScheme'],
  };
}

/**
 * The electronic address (PEPPOL participant id), legal registration and tax id with its tax, as
 * the organisation's settings and each supplier have them (docs/documents.md).
 */
export function PartyIdentifierFields<V extends PartyIdentifierValues>({
  form,
}: {
  form: UseFormReturnType<V>;
}) {
  const { t } = useLingui();
  const f = form as unknown as UseFormReturnType<PartyIdentifierValues>;
  const taxNames: Record<(typeof TAX_SCHEMES)[number], string> = {
    VAT: t`Value added tax (VAT)`,
    GST: t`Goods and services tax (GST)`,
    STT: t`State sales tax`,
    LOC: t`Local sales tax`,
  };
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t`Electronic address scheme`}
          description={t`How the e-procurement network (PEPPOL) knows it`}
          searchable
          clearable
          data={EAS_CODES.map((code) => ({
            value: code,
            label: EAS_SCHEME_NAMES[code] ? `${code} · ${EAS_SCHEME_NAMES[code]}` : code,
          }))}
          {...f.getInputProps('electronicAddress.scheme')}
          onChange={(v) => f.setFieldValue('electronicAddress.scheme', v ?? '')}
        />
        <TextInput
          label={t`Electronic address`}
          description={t`The participant id in that scheme, e.g. a GLN`}
          maxLength={100}
          autoComplete="off"
          {...f.getInputProps('electronicAddress.id')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t`Tax ID`}
          description={t`A VAT number starts with its country code`}
          maxLength={50}
          autoComplete="off"
          {...f.getInputProps('taxId')}
        />
        <Select
          label={t`Tax`}
          description={t`What the tax ID is for`}
          clearable
          data={TAX_SCHEMES.map((scheme) => ({ value: scheme, label: taxNames[scheme] }))}
          {...f.getInputProps('taxScheme')}
          onChange={(v) => f.setFieldValue('taxScheme', v ?? '')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t`Legal registration`}
          description={t`Company register number`}
          maxLength={100}
          autoComplete="off"
          {...f.getInputProps('legalId.id')}
        />
        <TextInput
          label={t`Register code`}
          description={t`ISO 6523 code of the register, if known`}
          maxLength={4}
          autoComplete="off"
          {...f.getInputProps('legalId.scheme')}
        />
      </SimpleGrid>
    </Stack>
  );
}
