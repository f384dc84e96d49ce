import { existsSync, readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { create as createFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { syllables } from '../../src/documents/hyphenation';
import { fontBytes, fontFilePath, splitIntoFontRuns, woffToSfnt } from '../../src/documents/pdf-fonts';
import { breakOpportunities, PdfText, type TextStyle, visualOrder } from '../../src/documents/pdf-text';

const BODY: TextStyle = { weight: 'regular', size: 9, color: '#000' };

describe('embedded fonts', () => {
  it('are found in node_modules', () => {
    for (const name of ['latin-regular', 'latin-bold', 'cjk-regular', 'cjk-bold'] as const) {
      const file = fontFilePath(name);
      expect(file).toMatch(/node_modules[\\/]@embedpdf[\\/]fonts-(latin|sc)[\\/]fonts[\\/]NotoSans/);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(100_000);
    }
  });

  it('send characters Noto Sans lacks to the CJK font, per character', () => {
    expect(splitIntoFontRuns('Schraube M8 不锈钢螺丝 ß', 'regular')).toEqual([
      { text: 'Schraube M8 ', font: 'latin-regular' },
      { text: '不锈钢螺丝 ', font: 'cjk-regular' },
      { text: 'ß', font: 'latin-regular' },
    ]);
    expect(splitIntoFontRuns('Ελληνικά Кириллица é', 'bold')).toEqual([
      { text: 'Ελληνικά Кириллица é', font: 'latin-bold' },
    ]);
    expect(splitIntoFontRuns('東京都 ネジ', 'bold')).toEqual([{ text: '東京都 ネジ', font: 'cjk-bold' }]);
  });

  it('send Arabic, Hebrew, symbols and emoji to fonts that have them; an invisible selector no font has is dropped', () => {
    expect(splitIntoFontRuns('صمام تحكم 12', 'bold')).toEqual([
      { text: 'صمام تحكم ', font: 'arabic-bold' },
      { text: '12', font: 'latin-bold' },
    ]);
    expect(splitIntoFontRuns('מַסְנֵן', 'regular')).toEqual([{ text: 'מַסְנֵן', font: 'hebrew-regular' }]);
    const runs = splitIntoFontRuns('Oil 🛢️ ✔ 😀 ok', 'regular');
    expect(runs.map((r) => r.text).join('')).toMatch(/^Oil 🛢\uFE0F? ✔ 😀 ok$/u);
    expect(runs.find((r) => r.text.startsWith('🛢'))?.font).toMatch(/^(symbols|emoji)-regular/);
    expect(runs.find((r) => r.text.startsWith('✔'))?.font).toMatch(/^(symbols|emoji)-regular/);
    expect(runs.find((r) => r.text.startsWith('😀'))?.font).toMatch(/^emoji-regular/);
    for (const run of runs) expect(fontFilePath(run.font)).toBeTruthy();
  });

  it('unpack a WOFF font once into the TrueType file it wraps, glyph for glyph', () => {
    const woff = readFileSync(fontFilePath('arabic-regular'));
    expect(woff.subarray(0, 4).toString('latin1')).toBe('wOFF');
    const sfnt = woffToSfnt(woff);
    const [fromWoff, fromSfnt] = [createFont(woff), createFont(sfnt)] as Font[];
    expect(fromSfnt!.numGlyphs).toBe(fromWoff!.numGlyphs);
    const shaped = (font: Font) => font.layout('صمام تحكم').glyphs.map((g) => g.id);
    expect(shaped(fromSfnt!)).toEqual(shaped(fromWoff!));
    expect(fontBytes('arabic-regular').subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
  });

  it('compose decomposed accents before choosing a font', () => {
    expect(splitIntoFontRuns('Cafe\u0301', 'regular')).toEqual([{ text: 'Café', font: 'latin-regular' }]);
  });
});

describe('line breaking', () => {
  it('breaks at spaces, between CJK characters and after hyphens between letters', () => {
    expect(breakOpportunities('on-site 2026-04-30 2/10 and/or')).toEqual([
      'on-',
      'site',
      ' ',
      '2026-04-30',
      ' ',
      '2/10',
      ' ',
      'and/',
      'or',
    ]);
    expect(breakOpportunities('中文说明书')).toEqual(['中', '文', '说', '明', '书']);
  });

  it('keeps CJK closing punctuation with the character before it', () => {
    expect(breakOpportunities('東京。大阪、')).toEqual(['東', '京。', '大', '阪、']);
    expect(breakOpportunities('ネジ ー')).toEqual(['ネ', 'ジ', ' ', 'ー']);
  });

  const text = new PdfText(new PDFDocument({ size: 'A4', margin: 0 }));

  it('wraps to the width and keeps every non-space character, in order', () => {
    const words = fc.oneof(
      fc.constantFrom(
        'Schraube',
        'M8×40',
        'Ελληνικά',
        'Кириллица',
        '中文',
        '日本語の',
        'é',
        'ü',
        'ß',
        'on-site',
      ),
      fc.string({ minLength: 1, maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.integer({ min: 30, max: 400 }), (parts, width) => {
        const input = parts.join(' ');
        const lines = text.layout(input, BODY, width);
        for (const line of lines) {
          // A line may only overflow when it is a single character wider than the box.
          if ([...line.segments.map((s) => s.text).join('')].length > 1)
            expect(line.width).toBeLessThanOrEqual(width + 0.001);
        }
        // Hyphens the layout added at a syllable break are not part of the text.
        const printed = lines.flatMap((l) => l.segments.filter((s) => !s.hyphen).map((s) => s.text)).join('');
        const strip = (s: string) => s.normalize('NFC').replace(/[\s]/g, '');
        expect(strip(printed)).toBe(strip(input));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps explicit line breaks and reports the height of what it lays out', () => {
    const lines = text.layout('first\nsecond\n\nfourth', BODY, 300);
    expect(lines.map((l) => l.segments.map((s) => s.text).join(''))).toEqual([
      'first',
      'second',
      '',
      'fourth',
    ]);
    expect(text.height('first\nsecond\n\nfourth', BODY, 300)).toBeCloseTo(4 * text.lineHeight(BODY));
    expect(text.layout('   ', BODY, 300)).toEqual([]);
  });
});

describe('hyphenation of a word wider than its box', () => {
  const text = new PdfText(new PDFDocument({ size: 'A4', margin: 0 }), (word) => syllables(word, 'en'));
  const lineTexts = (input: string, width: number) =>
    text.layout(input, BODY, width).map((l) => l.segments.map((s) => s.text).join(''));

  it('breaks between syllables with a hyphen, and a code after its separators', () => {
    const narrow = Math.max(text.width('Kilo-', BODY), text.width('gram', BODY)) + 1;
    expect(lineTexts('Kilogram', narrow)).toEqual(['Kilo-', 'gram']);
    expect(lineTexts('DIN933-M8X40-A2', text.width('DIN933-M8X40-', BODY) - 1)).toEqual([
      'DIN933-',
      'M8X40-A2',
    ]);
    // A word that fits is never broken.
    expect(lineTexts('Kilogram', text.width('Kilogram', BODY) + 1)).toEqual(['Kilogram']);
  });

  it('uses the patterns of the document’s language', () => {
    expect(syllables('Kilogramm', 'de')).toEqual(['Ki', 'lo', 'gramm']);
    expect(syllables('Kilogram', 'en')).toEqual(['Kilo', 'gram']);
  });
});

describe('bidirectional text', () => {
  const order = (input: string, rtl: boolean) =>
    visualOrder(
      [...input].map((char) => ({ char, font: 'latin-regular' })),
      rtl,
    )
      .map((c) => c.char)
      .join('');

  it('reverses right-to-left runs, keeps numbers and Latin words inside them left to right, and mirrors brackets', () => {
    expect(order('שלום עולם', true)).toBe('םלוע םולש');
    expect(order('מסנן (oil filter) 12', true)).toBe('12 (oil filter) ןנסמ');
    // A number after Hebrew in a left-to-right paragraph belongs to the Hebrew run (UAX #9 W7, I1).
    expect(order('Valve שסתום 3/4', false)).toBe('Valve 3/4 םותסש');
  });

  it('keeps an emoji whole and gives it the direction around it', () => {
    expect(order('שלום abc 😀', true)).toBe('😀 abc םולש');
  });
});
