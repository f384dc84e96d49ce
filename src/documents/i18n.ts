import { type I18n, setupI18n } from '@lingui/core';
import type { Language } from '../domain/languages';
import { messages as de } from './locales/de';
import { messages as en } from './locales/en';

/**
 * What the server writes for people — e-mails and notifications — in each recipient's language.
 * Messages are written in the code as `i18n._({ id, message, values })` with an explicit id; the
 * catalogs in src/documents/locales/*.po are extracted with the web app's (`npm run i18n:extract`),
 * translated, and compiled to the .ts modules beside them (`npm run i18n:compile`); `npm run lint`
 * checks that both are current and complete (docs/languages.md).
 */
const catalogs: Record<Language, typeof en> = { en, de };
const translators = new Map<Language, I18n>();

export function translator(language: Language): I18n {
  let i18n = translators.get(language);
  if (!i18n) {
    i18n = setupI18n({ locale: language, messages: { [language]: catalogs[language] } });
    translators.set(language, i18n);
  }
  return i18n;
}

export type { I18n };
