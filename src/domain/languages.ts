/**
 * The languages OpenPO speaks: English (the source) and German, complete in the web app. A user's
 * language and locale (for dates, numbers and money) are kept on their account.
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A stored language, or English for anything the app does not speak (any more). */
export function asLanguage(value: string): Language {
  return (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'en';
}

/** The locales offered for dates, numbers and money (any well-formed tag is accepted). */
export const SUGGESTED_LOCALES = [
  'en-US',
  'en-GB',
  'en-IE',
  'en-AU',
  'en-CA',
  'en-IN',
  'en-SG',
  'de-DE',
  'de-AT',
  'de-CH',
  'fr-FR',
  'nl-NL',
  'it-IT',
  'es-ES',
  'pl-PL',
  'sv-SE',
] as const;

/** A well-formed BCP 47 tag that this runtime can format in, canonicalised ("en-gb" → "en-GB"); else null. */
export function canonicalLocale(tag: string): string | null {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical || Intl.NumberFormat.supportedLocalesOf([canonical]).length !== 1) return null;
    return canonical;
  } catch {
    return null;
  }
}
