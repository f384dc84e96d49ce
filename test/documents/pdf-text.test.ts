import { existsSync, statSync } from 'node:fs';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontFilePath, splitIntoFontRuns } from '../../src/documents/pdf-fonts';
import { breakOpportunities, PdfText, type TextStyle } from '../../src/documents/pdf-text';

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
        const printed = lines.flatMap((l) => l.segments.map((s) => s.text)).join('');
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
