import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create as createFont, type Font } from 'fontkit';

/**
 * The fonts embedded in generated PDFs, and the per-character choice between them.
 *
 * The PDF's standard fonts (Helvetica …) only cover Latin-1, so anything a user types in Greek,
 * Cyrillic, Chinese or Japanese would print as blanks. Two open-licensed (SIL OFL 1.1) families
 * ship in npm packages and are read from node_modules at run time; nothing is downloaded:
 *
 * - Noto Sans (`@embedpdf/fonts-latin`, TrueType): Latin with accents, Greek, Cyrillic.
 * - Noto Sans Hans (`@embedpdf/fonts-sc`, OpenType/CFF): Chinese hanzi, Japanese kana and kanji,
 *   full-width forms. Read only when a document contains a character Noto Sans lacks.
 *
 * pdfkit embeds only the glyphs a document uses, so a PDF stays small even with the 8 MB CJK font.
 */

export type FontWeight = 'regular' | 'bold';

/** Names under which the fonts are registered in a pdfkit document. */
export type PdfFontName = 'latin-regular' | 'latin-bold' | 'cjk-regular' | 'cjk-bold';

const FONT_FILES: Record<PdfFontName, { pkg: string; file: string }> = {
  'latin-regular': { pkg: '@embedpdf/fonts-latin', file: 'NotoSans-Regular.ttf' },
  'latin-bold': { pkg: '@embedpdf/fonts-latin', file: 'NotoSans-Bold.ttf' },
  'cjk-regular': { pkg: '@embedpdf/fonts-sc', file: 'NotoSansHans-Regular.otf' },
  'cjk-bold': { pkg: '@embedpdf/fonts-sc', file: 'NotoSansHans-Bold.otf' },
};

const require = createRequire(import.meta.url);

/**
 * The font packages export only a metadata module (`dist/index.*`) and keep the files in `fonts/`
 * beside it; their `exports` map hides the files from `require.resolve`, so we go from the entry.
 */
export function fontFilePath(name: PdfFontName): string {
  const { pkg, file } = FONT_FILES[name];
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`Font package ${pkg} is not installed; run npm install.`);
  }
  const fontPath = path.join(path.dirname(entry), '..', 'fonts', file);
  if (!existsSync(fontPath))
    throw new Error(`Font file ${file} is missing from ${pkg} (looked in ${fontPath}).`);
  return fontPath;
}

const buffers = new Map<PdfFontName, Buffer>();
const coverage = new Map<'latin' | 'cjk', Font>();

/** The font file's bytes, read once per process. */
export function fontBytes(name: PdfFontName): Buffer {
  let bytes = buffers.get(name);
  if (!bytes) {
    bytes = readFileSync(fontFilePath(name));
    buffers.set(name, bytes);
  }
  return bytes;
}

function coverageFont(script: 'latin' | 'cjk'): Font {
  let font = coverage.get(script);
  if (!font) {
    const parsed = createFont(fontBytes(script === 'latin' ? 'latin-regular' : 'cjk-regular'));
    if (!('hasGlyphForCodePoint' in parsed)) throw new Error(`Expected a single font, got a collection`);
    font = parsed;
    coverage.set(script, font);
  }
  return font;
}

export type FontRun = { text: string; font: PdfFontName };

const SPACE_OR_MARK = /^[\s\p{M}]$/u;

function fontFor(char: string, weight: FontWeight): PdfFontName {
  const codePoint = char.codePointAt(0)!;
  if (coverageFont('latin').hasGlyphForCodePoint(codePoint)) return `latin-${weight}`;
  if (coverageFont('cjk').hasGlyphForCodePoint(codePoint)) return `cjk-${weight}`;
  // Neither font has it: let the main font print its "missing glyph" box rather than drop the text.
  return `latin-${weight}`;
}

/**
 * Splits text into runs of one font each: characters Noto Sans has stay in it, the others go to the
 * CJK font. Spaces and combining marks stay in the run they follow, so "東京 本社" is one run.
 */
export function splitIntoFontRuns(text: string, weight: FontWeight): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text.normalize('NFC')) {
    const last = runs[runs.length - 1];
    const font = last && SPACE_OR_MARK.test(char) ? last.font : fontFor(char, weight);
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}
