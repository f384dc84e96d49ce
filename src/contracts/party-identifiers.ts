import { z } from 'zod';
import {
  EAS_CODES,
  electronicAddressProblem,
  legalRegistrationProblem,
  TAX_SCHEMES,
  taxIdProblem,
} from '../domain/party-identifiers';
import { requiredText, text } from './common';

/**
 * A party's identifiers (the buying organisation in the settings, each supplier): its electronic
 * address on the e-procurement network, its legal registration and its tax id with the tax it is for.
 */

export const ElectronicAddress = z
  .object({
    scheme: z
      .string()
      .trim()
      .meta({
        description: 'Electronic Address Scheme (EAS) code, e.g. 0088 (GLN), 0192, 9930',
        examples: ['0088'],
      }),
    id: requiredText(100).meta({
      description: 'The participant id in that scheme',
      examples: ['7300010000001'],
    }),
  })
  .superRefine((address, ctx) => {
    const problem = electronicAddressProblem(address);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  })
  .meta({
    id: 'ElectronicAddress',
    description: `A PEPPOL participant id. Schemes: ${EAS_CODES.join(', ')}`,
  });

export const LegalRegistration = z
  .object({
    id: requiredText(100).meta({ description: 'The company register number' }),
    scheme: z
      .string()
      .trim()
      .nullable()
      .default(null)
      .meta({ description: 'The register’s ISO 6523 code (e.g. 0002 SIRENE), if known' }),
  })
  .superRefine((registration, ctx) => {
    const problem = legalRegistrationProblem(registration);
    if (problem) ctx.addIssue({ code: 'custom', path: ['scheme'], message: problem });
  })
  .meta({ id: 'LegalRegistration' });

export const TaxScheme = z
  .enum(TAX_SCHEMES)
  .meta({ description: 'The tax a tax id is for: VAT, GST, STT (state sales tax), LOC (local sales tax)' });

/** The identifiers as records answer them. */
export const partyIdentifierFields = {
  electronicAddress: z.object({ scheme: z.string(), id: z.string() }).nullable(),
  legalId: z.object({ id: z.string(), scheme: z.string().nullable() }).nullable(),
  taxId: z.string().nullable(),
  taxScheme: TaxScheme.nullable(),
};

/** The identifiers as a create or an update takes them; null clears one. */
export const partyIdentifierInputFields = {
  electronicAddress: ElectronicAddress.nullable(),
  legalId: LegalRegistration.nullable(),
  taxId: text(50).nullable(),
  taxScheme: TaxScheme.nullable(),
};

/** A VAT number starts with its country code: checked on a request that sets both or either. */
export function checkTaxId(
  value: { taxId?: string | null; taxScheme?: (typeof TAX_SCHEMES)[number] | null },
  ctx: z.RefinementCtx,
): void {
  if (!value.taxId || !value.taxScheme) return;
  const problem = taxIdProblem(value.taxId, value.taxScheme);
  if (problem) ctx.addIssue({ code: 'custom', path: ['taxId'], message: problem });
}

export { EAS_CODES, EAS_SCHEME_NAMES, TAX_SCHEMES } from '../domain/party-identifiers';
