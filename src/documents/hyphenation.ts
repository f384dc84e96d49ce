import germanPatterns from 'hyphen/de';
import englishPatterns from 'hyphen/en';
import type { Language } from '../domain/languages';

// The language modules are CommonJS objects built at run time: their functions are properties of
// the default export, not named exports.
const english = englishPatterns.hyphenateSync;
const german = germanPatterns.hyphenateSync;

/**
 * Where a word too wide for its box may be hyphenated: Liang's patterns (those of TeX) for the
 * document's language, so "Kilogram" breaks as "Kilo-gram", never "Kilogra-m".
 */
const BY_LANGUAGE: Record<Language, typeof english> = { en: english, de: german };

const SOFT_HYPHEN = '\u00AD';

/** The word's syllables (one piece when it has no hyphenation point), joined they are the word. */
export function syllables(word: string, language: Language): string[] {
  return BY_LANGUAGE[language](word, { hyphenChar: SOFT_HYPHEN, minWordLength: 4 }).split(SOFT_HYPHEN);
}
