import { EAS_CODES, ICD_CODES } from './document-code-lists';

/**
 * How an organisation is known to the e-procurement network and to the authorities: its electronic
 * address (a PEPPOL participant id: the number and the Electronic Address Scheme it is in), its
 * legal registration (a company register number, optionally with the register's ISO 6523 code),
 * and its tax id with the tax it is for. The buying organisation (settings) and each supplier have
 * them; the UBL order names both parties by them (docs/documents.md).
 */

export { EAS_CODES };

/** The schemes most used, named; every code of EAS_CODES is accepted. */
export const EAS_SCHEME_NAMES: Readonly<Record<string, string>> = {
  '0002': 'SIRENE (France)',
  '0007': 'Organisation number (Sweden)',
  '0009': 'SIRET (France)',
  '0060': 'DUNS number',
  '0088': 'GLN (GS1 Global Location Number)',
  '0096': 'P number (Denmark)',
  '0106': 'KvK number (Netherlands)',
  '0151': 'ABN (Australia)',
  '0183': 'UID (Switzerland)',
  '0184': 'CVR number (Denmark)',
  '0188': 'Corporate number (Japan)',
  '0190': 'OIN (Netherlands)',
  '0192': 'Organisation number (Norway)',
  '0195': 'UEN (Singapore)',
  '0196': 'Kennitala (Iceland)',
  '0204': 'Leitweg-ID (Germany)',
  '0208': 'Enterprise number (Belgium)',
  '0210': 'Codice fiscale (Italy)',
  '0211': 'Partita IVA (Italy)',
  '0216': 'OVT code (Finland)',
  '9914': 'VAT number (Austria)',
  '9920': 'VAT number (Spain)',
  '9925': 'VAT number (Belgium)',
  '9930': 'VAT number (Germany)',
  '9944': 'VAT number (Netherlands)',
  '9957': 'VAT number (France)',
};

/**
 * The tax a tax id is for (UN/CEFACT 5153): value added tax, goods and services tax, or a US-style
 * sales tax (state or local), which is not called VAT on any document.
 */
export const TAX_SCHEMES = ['VAT', 'GST', 'STT', 'LOC'] as const;
export type TaxScheme = (typeof TAX_SCHEMES)[number];
export const TAX_SCHEME_NAMES: Readonly<Record<TaxScheme, string>> = {
  VAT: 'Value added tax (VAT)',
  GST: 'Goods and services tax (GST)',
  STT: 'State sales tax',
  LOC: 'Local sales tax',
};

export type ElectronicAddress = { scheme: string; id: string };
export type LegalRegistration = { id: string; scheme: string | null };

/** ISO 3166-1 alpha-2 prefixes a VAT number may start with (Greece uses EL). */
const VAT_PREFIX = /^(EL|[A-Z]{2})[0-9A-Z+*.]{2,}$/;

/** Why an electronic address is not one, or null. */
export function electronicAddressProblem(
  address: ElectronicAddress,
): { path: 'scheme' | 'id'; message: string } | null {
  if (!EAS_CODES.includes(address.scheme)) {
    return {
      path: 'scheme',
      message: `${address.scheme} is not an Electronic Address Scheme code (e.g. 0088 for a GLN)`,
    };
  }
  if (address.scheme === '0088' && !/^\d{13}$/.test(address.id)) {
    return { path: 'id', message: 'a GLN has 13 digits' };
  }
  if (address.scheme === '0192' && !/^\d{9}$/.test(address.id)) {
    return { path: 'id', message: 'a Norwegian organisation number has 9 digits' };
  }
  return null;
}

/** Why a legal registration's register code is not an ISO 6523 code, or null. */
export function legalRegistrationProblem(registration: LegalRegistration): string | null {
  if (registration.scheme !== null && !ICD_CODES.has(registration.scheme)) {
    return `${registration.scheme} is not an ISO 6523 register code (e.g. 0002 for SIRENE); leave it empty if unsure`;
  }
  return null;
}

/** Why a tax id does not fit its tax, or null: a VAT number starts with its country's code. */
export function taxIdProblem(taxId: string, scheme: TaxScheme): string | null {
  if (scheme === 'VAT' && !VAT_PREFIX.test(taxId.replace(/\s+/g, '').toUpperCase())) {
    return 'a VAT number starts with its country code (DE123456789); for a US or other sales-tax id choose that tax instead of VAT';
  }
  return null;
}

/** A party's identifiers as records carry them (settings, suppliers). */
export type PartyIdentifiers = {
  electronicAddress: ElectronicAddress | null;
  legalId: LegalRegistration | null;
  taxId: string | null;
  taxScheme: TaxScheme | null;
};

type PartyIdentifierColumns = {
  electronicAddressScheme: string | null;
  electronicAddress: string | null;
  legalId: string | null;
  legalIdScheme: string | null;
  taxId: string | null;
  taxScheme: TaxScheme | null;
};

export function partyIdentifiersOf(row: PartyIdentifierColumns): PartyIdentifiers {
  return {
    electronicAddress:
      row.electronicAddressScheme && row.electronicAddress
        ? { scheme: row.electronicAddressScheme, id: row.electronicAddress }
        : null,
    legalId: row.legalId ? { id: row.legalId, scheme: row.legalIdScheme } : null,
    taxId: row.taxId,
    taxScheme: row.taxScheme,
  };
}

/** The columns to write for the identifiers given (a key left out keeps its columns). */
export function partyIdentifierColumns(ids: Partial<PartyIdentifiers>): Partial<PartyIdentifierColumns> {
  const columns: Partial<PartyIdentifierColumns> = {};
  if (ids.electronicAddress !== undefined) {
    columns.electronicAddressScheme = ids.electronicAddress?.scheme ?? null;
    columns.electronicAddress = ids.electronicAddress?.id.trim() ?? null;
  }
  if (ids.legalId !== undefined) {
    columns.legalId = ids.legalId?.id.trim() ?? null;
    columns.legalIdScheme = ids.legalId?.scheme ?? null;
  }
  if (ids.taxId !== undefined) columns.taxId = ids.taxId?.trim() || null;
  if (ids.taxScheme !== undefined) columns.taxScheme = ids.taxScheme;
  return columns;
}
