import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { create as createFont, type Font } from 'fontkit';

/**
 * The fonts embedded in generated PDFs, and the per-character choice between them.
 *
 * The PDF's standard fonts (Helvetica …) only cover Latin-1, so anything a user types in Greek,
 * Arabic, Hebrew, Chinese or an emoji would print as blanks. Open-licensed (SIL OFL 1.1) Noto
 * families ship in npm packages and are read from node_modules at run time; nothing is downloaded:
 *
 * - Noto Sans (`@embedpdf/fonts-latin`, TrueType): Latin with accents, Greek, Cyrillic.
 * - Noto Sans Arabic and Noto Sans Hebrew (`@fontsource/*`, WOFF): shaped by their OpenType tables
 *   (initial, medial, final forms and ligatures), laid out right to left by pdf-text.
 * - Noto Sans Hans (`@embedpdf/fonts-sc`, OpenType/CFF): Chinese hanzi, Japanese kana and kanji.
 * - Noto Sans Symbols 2 and Noto Emoji (monochrome; `@fontsource/*`): arrows, dingbats, emoji.
 *
 * A font is read only when a document has a character the ones before it lack, and pdfkit embeds
 * only the glyphs a document uses, so a PDF stays small even with the 8 MB CJK font.
 */

export type FontWeight = 'regular' | 'bold';

type Face = { pkg: string; file: string };

/** One family of faces; a family split into subsets (emoji) has several files, each its own font. */
type Family = { id: string; regular: Face[]; bold?: Face[] };

const require = createRequire(import.meta.url);

/** The files of a package's `files/` directory whose names match, in name order. */
function fontsourceFaces(pkg: string, pattern: RegExp): Face[] {
  const dir = path.join(path.dirname(packageJson(pkg)), 'files');
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((file) => ({ pkg, file: `files/${file}` }));
}

/**
 * A font package's package.json. Some packages export only a metadata module and keep their files
 * beside it, their `exports` map hiding package.json too: then we go up from the entry point.
 */
function packageJson(pkg: string): string {
  try {
    return require.resolve(`${pkg}/package.json`);
  } catch {
    // hidden by the exports map, or not installed: tried below
  }
  let dir: string;
  try {
    dir = path.dirname(require.resolve(pkg));
  } catch {
    throw new Error(`Font package ${pkg} is not installed; run npm install.`);
  }
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'package.json');
}

/** In the order a character looks for a font that has it. */
const FAMILIES: Family[] = [
  {
    id: 'latin',
    regular: [{ pkg: '@embedpdf/fonts-latin', file: 'fonts/NotoSans-Regular.ttf' }],
    bold: [{ pkg: '@embedpdf/fonts-latin', file: 'fonts/NotoSans-Bold.ttf' }],
  },
  {
    id: 'arabic',
    regular: [{ pkg: '@fontsource/noto-sans-arabic', file: 'files/noto-sans-arabic-arabic-400-normal.woff' }],
    bold: [{ pkg: '@fontsource/noto-sans-arabic', file: 'files/noto-sans-arabic-arabic-700-normal.woff' }],
  },
  {
    id: 'hebrew',
    regular: [{ pkg: '@fontsource/noto-sans-hebrew', file: 'files/noto-sans-hebrew-hebrew-400-normal.woff' }],
    bold: [{ pkg: '@fontsource/noto-sans-hebrew', file: 'files/noto-sans-hebrew-hebrew-700-normal.woff' }],
  },
  {
    id: 'cjk',
    regular: [{ pkg: '@embedpdf/fonts-sc', file: 'fonts/NotoSansHans-Regular.otf' }],
    bold: [{ pkg: '@embedpdf/fonts-sc', file: 'fonts/NotoSansHans-Bold.otf' }],
  },
  {
    id: 'symbols',
    regular: [
      { pkg: '@fontsource/noto-sans-symbols-2', file: 'files/noto-sans-symbols-2-symbols-400-normal.woff' },
      { pkg: '@fontsource/noto-sans-symbols-2', file: 'files/noto-sans-symbols-2-math-400-normal.woff' },
    ],
  },
  { id: 'emoji', regular: [] },
];

/** Emoji come in numbered subsets; their list is read from the package once. */
function facesOf(family: Family, weight: FontWeight): Face[] {
  if (family.id === 'emoji' && family.regular.length === 0)
    family.regular = fontsourceFaces('@fontsource/noto-emoji', /^noto-emoji-.+-400-normal\.woff$/);
  return (weight === 'bold' ? family.bold : undefined) ?? family.regular;
}

/** The name a font is registered under in a pdfkit document: family, weight and subset. */
export type PdfFontName = string;

const nameOf = (family: Family, weight: FontWeight, index: number): PdfFontName =>
  `${family.id}-${family.bold ? weight : 'regular'}${index > 0 ? `-${index}` : ''}`;

const byName = new Map<PdfFontName, Face>();

function faceFile(face: Face): string {
  const fontPath = path.join(path.dirname(packageJson(face.pkg)), face.file);
  if (!existsSync(fontPath))
    throw new Error(`Font file ${face.file} is missing from ${face.pkg} (looked in ${fontPath}).`);
  return fontPath;
}

/** The file a registered font is read from. */
export function fontFilePath(name: PdfFontName): string {
  let face = byName.get(name);
  if (!face) {
    for (const family of FAMILIES)
      for (const weight of ['regular', 'bold'] as const)
        facesOf(family, weight).forEach((f, i) => {
          byName.set(nameOf(family, weight, i), f);
        });
    face = byName.get(name);
  }
  if (!face) throw new Error(`No font is registered as ${name}`);
  return faceFile(face);
}

const buffers = new Map<PdfFontName, Buffer>();

/**
 * The font's bytes as a plain TrueType/OpenType file, read (and a WOFF file unpacked) once per
 * process: pdfkit parses the font again for every document, and inflating WOFF tables in
 * JavaScript each time cost more than the rest of the PDF.
 */
export function fontBytes(name: PdfFontName): Buffer {
  let bytes = buffers.get(name);
  if (!bytes) {
    bytes = readFileSync(fontFilePath(name));
    if (bytes.subarray(0, 4).toString('latin1') === 'wOFF') bytes = woffToSfnt(bytes);
    buffers.set(name, bytes);
  }
  return bytes;
}

/**
 * WOFF 1.0 (W3C) to the sfnt it wraps: each table inflated where it was compressed, laid out
 * again with its original checksum, 4-byte aligned.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    header.writeUInt32BE(table.tag, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padding = (4 - (table.data.length % 4)) % 4;
    parts.push(table.data, Buffer.alloc(padding));
    offset += table.data.length + padding;
  });
  return Buffer.concat(parts);
}

const parsed = new Map<PdfFontName, Font>();

/** The font parsed once per process: coverage is read from it, documents share its decoded tables. */
function parsedFont(name: PdfFontName): Font {
  let font = parsed.get(name);
  if (!font) {
    const created = createFont(fontBytes(name));
    if (!('hasGlyphForCodePoint' in created)) throw new Error(`Expected a single font in ${name}`);
    font = created;
    parsed.set(name, font);
  }
  return font;
}

/** The regular face a family's coverage is read from (a bold face covers the same characters). */
function coverageFont(family: Family, index: number): Font {
  return parsedFont(nameOf(family, 'regular', index));
}

/**
 * Tables a font's documents may share once decoded: read only in laying out and subsetting. The
 * outlines' tables are not among them (CFF subsetting rewrites its table in place).
 */
const SHARED_TABLES = [
  'cmap',
  'GSUB',
  'GPOS',
  'GDEF',
  'hmtx',
  'hhea',
  'head',
  'maxp',
  'OS/2',
  'post',
  'name',
  'kern',
  'loca',
];

type WithTables = { _tables: Record<string, unknown> } & Record<string, unknown>;

/**
 * A font for one document: parsed from the bytes for that document alone (its subset and its
 * outlines are its own), with the layout and metrics tables decoded once per process and shared.
 * Decoding those tables again for every document was most of a PDF's CPU (docs/performance.md).
 */
export function documentFont(name: PdfFontName): Font {
  const template = parsedFont(name) as unknown as WithTables;
  const font = createFont(fontBytes(name)) as unknown as WithTables;
  for (const tag of SHARED_TABLES) {
    // Reading the template's table decodes it there once; the document's font takes it as its own.
    const table = template[tag];
    if (table !== undefined && table !== null) font._tables[tag] = table;
  }
  return font as unknown as Font;
}

export type FontRun = { text: string; font: PdfFontName };

const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;
/** Variation selectors and other invisible controls: kept only where the font has them. */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

const choice = new Map<number, { family: Family; index: number } | null>();

/** The first family (and subset) with a glyph for the character, or null when none has one. */
function familyFor(codePoint: number): { family: Family; index: number } | null {
  let found = choice.get(codePoint);
  if (found === undefined) {
    found = null;
    search: for (const family of FAMILIES) {
      const faces = facesOf(family, 'regular');
      for (let i = 0; i < faces.length; i++) {
        if (coverageFont(family, i).hasGlyphForCodePoint(codePoint)) {
          found = { family, index: i };
          break search;
        }
      }
    }
    choice.set(codePoint, found);
  }
  return found;
}

function fontHas(name: PdfFontName, codePoint: number): boolean {
  const regular = name.replace('-bold', '-regular');
  const font = parsed.get(regular as PdfFontName);
  return font ? font.hasGlyphForCodePoint(codePoint) : false;
}

const latin = (weight: FontWeight) => nameOf(FAMILIES[0]!, weight, 0);

/**
 * Splits text into runs of one font each: each character goes to the first font that has it
 * (Noto Sans, then Arabic, Hebrew, CJK, symbols, emoji). Spaces and combining marks stay in the run
 * they follow when its font has them, so "東京 本社" is one run and Arabic vowel marks stay with their
 * letters; an invisible variation selector no font has is left out rather than printed as a box.
 */
export function splitIntoFontRuns(text: string, weight: FontWeight): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0)!;
    const last = runs[runs.length - 1];
    let font: PdfFontName;
    if (
      last &&
      (MARK.test(char) || SPACE.test(char) || IGNORABLE.test(char)) &&
      fontHas(last.font, codePoint)
    ) {
      font = last.font;
    } else {
      const found = familyFor(codePoint);
      if (!found && IGNORABLE.test(char)) continue;
      // No font has it: the main font prints its "missing glyph" box rather than drop the text.
      font = found ? nameOf(found.family, weight, found.index) : latin(weight);
    }
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}
