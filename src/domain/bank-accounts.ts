/**
 * Bank account identifiers as payments need them, checked on entry: the IBAN (ISO 13616: its
 * country's length and its two check digits, mod 97) and the BIC (ISO 9362: 8 or 11 characters,
 * bank code, country code, location, branch). Pure.
 */

/** IBAN lengths per country (the SWIFT IBAN registry), for the countries that use one. */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/** The IBAN without spaces, in capitals (as it is stored and sent). */
export function compactIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

/** Why an IBAN is not one, or null when it is (length for its country, characters, check digits). */
export function ibanProblem(input: string): string | null {
  const iban = compactIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) {
    return 'must be a country code, two check digits and the account (letters and digits)';
  }
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined) return `${iban.slice(0, 2)} is not a country that uses IBANs`;
  if (iban.length !== length)
    return `an IBAN of ${iban.slice(0, 2)} has ${length} characters, this has ${iban.length}`;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1 ? null : 'has wrong check digits (a typing mistake?)';
}

/** Why a BIC is not one, or null when it is. */
export function bicProblem(input: string): string | null {
  const bic = input.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) {
    return 'must be 8 or 11 characters: bank code, country code, location and an optional branch';
  }
  return null;
}

/**
 * Countries whose IBANs a SEPA credit transfer reaches (the EPC's list of the SEPA schemes'
 * geographical scope: the EU and EEA, Switzerland, the United Kingdom, Monaco, San Marino, the
 * Vatican, Andorra, Gibraltar, and since 2025 Albania, Moldova, Montenegro and North Macedonia).
 */
export const SEPA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'CH',
  'GB',
  'MC',
  'SM',
  'VA',
  'AD',
  'GI',
  'AL',
  'MD',
  'ME',
  'MK',
]);

/** Whether an IBAN belongs to a country SEPA reaches. */
export function isSepaIban(iban: string): boolean {
  return SEPA_COUNTRIES.has(compactIban(iban).slice(0, 2));
}
