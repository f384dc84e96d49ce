import { i18n, type Messages } from '@lingui/core';
import dayjs from 'dayjs';
import { setFormatLocale } from '@/lib/format';
import type { Language as ServerLanguage } from '../../../src/domain/languages';
import { messages as signInEnglish } from '../locales/sign-in/en.po';

export { SUGGESTED_LOCALES } from '../../../src/domain/languages';

/**
 * The languages the web app speaks. English is the source; German is complete. A user's language
 * and their locale for dates, numbers and money are kept on their account (My account); before
 * sign-in the browser's own preference chooses, remembered in this browser.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];
// The server keeps the same languages on each account.
const sameLanguages: [ServerLanguage, Language] extends [Language, ServerLanguage] ? true : never = true;
void sameLanguages;

const STORAGE_KEY = 'openpo.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** The remembered language, else the browser's. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage refused (private mode): the browser's preference decides.
  }
  return browserLanguage();
}

/** The first of the browser's languages that the app speaks, else English. */
export function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const code = tag.toLowerCase().split('-')[0];
    if (isLanguage(code)) return code;
  }
  return 'en';
}

type Catalog = { messages: Messages };
// The sign-in page's messages: English with the page itself (no round trip before the form shows),
// the other languages one small file each.
const signInCatalogs: Record<Language, () => Promise<Catalog>> = {
  en: async () => ({ messages: signInEnglish }),
  de: () => import('../locales/sign-in/de.po'),
};
// Everything else, one file per language (loaded with the shell after sign-in).
const appCatalogs: Record<Language, () => Promise<{ messages: Messages }>> = {
  en: () => import('./messages-en'),
  de: () => import('./messages-de'),
};
const dayjsLocales: Record<Language, () => Promise<unknown>> = {
  en: async () => undefined,
  de: () => import('dayjs/locale/de'),
};

const loaded = new Map<string, Messages>();

async function load(language: Language, scope: 'sign-in' | 'app'): Promise<void> {
  const key = `${language}:${scope}`;
  if (loaded.has(key)) return;
  const messages =
    scope === 'app' ? (await appCatalogs[language]()).messages : (await signInCatalogs[language]()).messages;
  loaded.set(key, messages);
  i18n.load(language, messages);
}

let formatLocale: string | null = null;

/** The language the app shows now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.locale) ? i18n.locale : initialLanguage();
}

/**
 * Shows the app in `language` (loading its messages for `scope` first) with dates, numbers and
 * money in `locale` (a BCP 47 tag; by default the browser's, when it is of the same language).
 */
export async function activateLanguage(
  language: Language,
  opts: { scope?: 'sign-in' | 'app'; locale?: string | null } = {},
): Promise<void> {
  await Promise.all([
    load(language, 'sign-in'),
    opts.scope === 'app' || loaded.has(`${i18n.locale}:app`) ? load(language, 'app') : null,
    dayjsLocales[language](),
  ]);
  if (opts.locale !== undefined) formatLocale = opts.locale;
  setFormatLocale(formatLocale ?? defaultLocale(language));
  dayjs.locale(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered in this browser; the account keeps it.
  }
  i18n.activate(language);
}

/**
 * The account's choices, once known (after sign-in, and whenever "me" is fetched): its language
 * when it has chosen one (else the one showing stays), and its locale for dates and money.
 */
export async function followAccount(user: {
  language: Language | null;
  locale: string | null;
}): Promise<void> {
  const language = user.language ?? currentLanguage();
  if (language === i18n.locale && user.locale === formatLocale) return;
  await activateLanguage(language, { locale: user.locale });
}

/** The browser's locale when it is of `language` (en-GB stays en-GB), else the language's own. */
export function defaultLocale(language: Language): string {
  const browser = navigator.languages?.find((tag) => tag.toLowerCase().split('-')[0] === language);
  return browser ?? (language === 'de' ? 'de-DE' : 'en-US');
}

export { i18n };
