import bidiFactory from 'bidi-js';
import { documentFont, type FontWeight, type PdfFontName, splitIntoFontRuns } from './pdf-fonts';

/**
 * Text layout for PDFs whose text mixes fonts: pdfkit wraps text in one font at a time, but one
 * description may need Noto Sans for "Schraube M8 – Edelstahl" and the CJK font for "不锈钢螺丝".
 * We break lines ourselves (at spaces, after hyphens, between CJK characters), measure every piece
 * in its own font, and draw each font run at an absolute position on a shared baseline. Knowing
 * every block's height before drawing it is also what keeps table rows whole across pages.
 *
 * Right-to-left text (Arabic, Hebrew) follows the Unicode Bidirectional Algorithm (UAX #9, with
 * bidi-js): a paragraph takes the direction of its first strong letter; each line is broken in
 * logical order, then its characters are put in display order (Latin words and numbers inside
 * Arabic stay left to right, brackets are mirrored) and an RTL paragraph's lines are right-aligned.
 * Arabic letters are joined by the font's own shaping when their run is drawn.
 */

export type TextStyle = { weight: FontWeight; size: number; color: string };

export type TextAlign = 'left' | 'right' | 'center';

/** `hyphen`: a hyphen the layout added where it broke a word between syllables (not in the text). */
type Segment = { text: string; font: PdfFontName; width: number; hyphen?: true };

/** A laid-out line: its segments in logical (typed) order, and whether its paragraph reads right to left. */
export type TextLine = { segments: Segment[]; width: number; rtl?: boolean };

const bidi = bidiFactory();

/** Scripts written right to left: a text without any is drawn as it is, without the bidi pass. */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Letters and marks the font shapes and lays out right to left by itself (fontkit reverses them). */
const RTL_SHAPED =
  /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{M}]$/u;

/** A character of the Basic Multilingual Plane with the same bidi class as an astral character. */
const STAND_INS: Record<string, string> = {
  L: 'A',
  R: '\u05D0',
  AL: '\u0627',
  EN: '0',
  ES: '+',
  ET: '#',
  AN: '\u0660',
  CS: ',',
  NSM: '\u0300',
  BN: '\u200B',
  WS: ' ',
};

function standIn(char: string): string {
  return STAND_INS[bidi.getBidiCharTypeName(char)] ?? '\uFFFC';
}

/** Whether a paragraph reads right to left: its first strong letter does (UAX #9 P2–P3). */
export function isRtlParagraph(paragraph: string): boolean {
  if (!RTL_SCRIPT.test(paragraph)) return false;
  return (bidi.getEmbeddingLevels(paragraph).paragraphs[0]?.level ?? 0) % 2 === 1;
}

/**
 * The characters of a line in display order (UAX #9 L2, per code point so an emoji's surrogate
 * pair stays whole), each with its font and whether it is at a right-to-left level.
 */
export function visualOrder(
  chars: { char: string; font: PdfFontName }[],
  rtl: boolean,
): { char: string; font: PdfFontName; rtl: boolean }[] {
  // One UTF-16 unit per character: bidi-js reads a surrogate pair's halves as two unknown (left-to-
  // right) characters, so an emoji or other astral character stands in as one of its own class.
  const text = chars.map((c) => (c.char.length === 1 ? c.char : standIn(c.char))).join('');
  const { levels } = bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr');
  const leveled = chars.map((c, i) => {
    const level = levels[i]!;
    const odd = level % 2 === 1;
    // Brackets and other mirrored characters face the other way inside RTL text (L4).
    return { ...c, char: odd ? (bidi.getMirroredCharacter(c.char) ?? c.char) : c.char, level, rtl: odd };
  });
  const highest = Math.max(0, ...leveled.map((c) => c.level));
  const lowestOdd = Math.min(...leveled.map((c) => c.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < leveled.length) {
      if (leveled[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < leveled.length && leveled[j]!.level >= level) j++;
      const run = leveled.slice(i, j).reverse();
      leveled.splice(i, run.length, ...run);
      i = j;
    }
  }
  return leveled.map(({ char, font, rtl: odd }) => ({ char, font, rtl: odd }));
}

/** Line box height as a multiple of the font size. */
const LINE_HEIGHT = 1.28;
/** Baseline position inside the line box, as a multiple of the font size. */
const BASELINE = 0.96;

const CJK_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
/** CJK characters that may not begin a line: closing punctuation, the prolonged-sound mark, small kana. */
const NO_LINE_START = /[、。，．・：；？！）」』】〕〉》ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;
const SPACE = /^[ \t\u3000]+$/u;
const LETTER = /^\p{L}$/u;

/** Splits a paragraph into pieces between which a line may break. Whitespace pieces are kept. */
export function breakOpportunities(paragraph: string): string[] {
  const tokens: string[] = [];
  let word = '';
  const flush = () => {
    if (word) tokens.push(word);
    word = '';
  };
  for (const char of paragraph) {
    if (SPACE.test(char)) {
      flush();
      const last = tokens[tokens.length - 1];
      if (last !== undefined && SPACE.test(last)) tokens[tokens.length - 1] = last + char;
      else tokens.push(char);
    } else if (CJK_CHAR.test(char)) {
      const last = tokens[tokens.length - 1];
      if (NO_LINE_START.test(char) && (word || (last !== undefined && !SPACE.test(last)))) {
        // Keep closing punctuation with what precedes it.
        if (word) word += char;
        else tokens[tokens.length - 1] += char;
      } else {
        flush();
        word = char;
        flush();
      }
    } else {
      // "on-site" and "and/or" may break after the hyphen or slash; "2026-04-30" and "2/10" may not.
      const breaksAfter = (char === '-' || char === '/') && LETTER.test(word.slice(-1));
      word += char;
      if (breaksAfter) flush();
    }
  }
  flush();
  return tokens;
}

export class PdfText {
  private readonly registered = new Set<PdfFontName>();
  private readonly widthCache = new Map<string, number>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    /** A word's syllables, for hyphenating a word wider than its box (none: it breaks by characters). */
    private readonly syllablesOf: (word: string) => string[] = (word) => [word],
  ) {}

  private use(font: PdfFontName, size: number): void {
    if (!this.registered.has(font)) {
      // pdfkit takes a parsed font as it takes bytes.
      this.doc.registerFont(font, documentFont(font) as unknown as Buffer);
      this.registered.add(font);
    }
    this.doc.font(font).fontSize(size);
  }

  private measure(text: string, font: PdfFontName, size: number): number {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = this.widthCache.get(key);
    if (width === undefined) {
      this.use(font, size);
      width = this.doc.widthOfString(text);
      this.widthCache.set(key, width);
    }
    return width;
  }

  private segmentsOf(text: string, style: TextStyle): Segment[] {
    return splitIntoFontRuns(text, style.weight).map((run) => ({
      ...run,
      width: this.measure(run.text, run.font, style.size),
    }));
  }

  lineHeight(style: TextStyle): number {
    return style.size * LINE_HEIGHT;
  }

  width(text: string, style: TextStyle): number {
    return this.segmentsOf(text, style).reduce((sum, s) => sum + s.width, 0);
  }

  /** Breaks text into lines no wider than maxWidth; explicit newlines start new lines. */
  layout(text: string, style: TextStyle, maxWidth: number): TextLine[] {
    if (text.trim() === '') return [];
    const lines: TextLine[] = [];
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      const rtl = isRtlParagraph(paragraph);
      let current: Segment[] = [];
      let currentWidth = 0;
      let pendingSpace: Segment[] = [];
      let pendingSpaceWidth = 0;
      const pushLine = () => {
        lines.push({ ...mergeSegments(current), ...(rtl ? { rtl } : {}) });
        current = [];
        currentWidth = 0;
      };
      const append = (segments: Segment[], width: number) => {
        current.push(...pendingSpace, ...segments);
        currentWidth += pendingSpaceWidth + width;
        pendingSpace = [];
        pendingSpaceWidth = 0;
      };
      for (const token of breakOpportunities(paragraph)) {
        const segments = this.segmentsOf(token, style);
        const width = segments.reduce((sum, s) => sum + s.width, 0);
        if (SPACE.test(token)) {
          if (current.length > 0) {
            pendingSpace = segments;
            pendingSpaceWidth = width;
          }
          continue;
        }
        if (currentWidth + pendingSpaceWidth + width <= maxWidth || current.length === 0) {
          if (width <= maxWidth) {
            append(segments, width);
            continue;
          }
        } else {
          pendingSpace = [];
          pendingSpaceWidth = 0;
          pushLine();
          if (width <= maxWidth) {
            append(segments, width);
            continue;
          }
        }
        // A word wider than the line: hyphenated between syllables, a code after its separators
        // ("DIN933-|M8X40-|A2"); only a piece still too wide (a long URL) breaks between characters.
        const hyphen = this.segmentsOf('-', style).map((h) => ({ ...h, hyphen: true as const }));
        const hyphenWidth = hyphen.reduce((sum, h) => sum + h.width, 0);
        const pieces = this.wordPieces(token);
        pieces.forEach((piece, k) => {
          const last = k === pieces.length - 1;
          const segments = this.segmentsOf(piece.text, style);
          const width = segments.reduce((sum, s) => sum + s.width, 0);
          const reserve = !last && piece.hyphenAfter ? hyphenWidth : 0;
          if (current.length > 0 && currentWidth + pendingSpaceWidth + width + reserve > maxWidth) {
            const previous = pieces[k - 1];
            if (previous?.hyphenAfter && current.length > 0 && k > 0) {
              current.push(...hyphen);
              currentWidth += hyphenWidth;
            }
            pendingSpace = [];
            pendingSpaceWidth = 0;
            pushLine();
          }
          if (width + reserve <= maxWidth || current.length > 0) {
            append(segments, width);
            return;
          }
          for (const char of piece.text) {
            const charSegments = this.segmentsOf(char, style);
            const charWidth = charSegments.reduce((sum, s) => sum + s.width, 0);
            if (current.length > 0 && currentWidth + pendingSpaceWidth + charWidth > maxWidth) {
              pendingSpace = [];
              pendingSpaceWidth = 0;
              pushLine();
            }
            append(charSegments, charWidth);
          }
        });
      }
      pushLine();
    }
    return lines;
  }

  /**
   * A too-wide word in the pieces a line may end after: after a separator of a code (- / _ . ,),
   * else between syllables (with a hyphen added where it breaks).
   */
  private wordPieces(word: string): { text: string; hyphenAfter: boolean }[] {
    const parts = word.match(/[^-/_.,]+[-/_.,]*|[-/_.,]+/gu) ?? [word];
    return parts.flatMap((part) => {
      const separator = /[-/_.,]+$/u.exec(part)?.[0] ?? '';
      const core = part.slice(0, part.length - separator.length);
      const syllables = /^\p{L}+$/u.test(core) ? this.syllablesOf(core) : [core];
      return syllables.map((text, i) => {
        const lastSyllable = i === syllables.length - 1;
        return lastSyllable ? { text: text + separator, hyphenAfter: false } : { text, hyphenAfter: true };
      });
    });
  }

  height(text: string, style: TextStyle, maxWidth: number): number {
    return this.layout(text, style, maxWidth).length * this.lineHeight(style);
  }

  /** Draws laid-out lines with the first line's box top at y; returns the height used. */
  drawLines(
    lines: TextLine[],
    x: number,
    y: number,
    width: number,
    style: TextStyle,
    align: TextAlign = 'left',
  ): number {
    const lineHeight = this.lineHeight(style);
    lines.forEach((line, i) => {
      // A right-to-left paragraph starts at the right edge of its box.
      const side = align === 'left' && line.rtl ? 'right' : align;
      let cursor =
        side === 'right' ? x + width - line.width : side === 'center' ? x + (width - line.width) / 2 : x;
      const baseline = y + i * lineHeight + style.size * BASELINE;
      for (const segment of this.displaySegments(line, style)) {
        this.use(segment.font, style.size);
        this.doc.fillColor(style.color).text(segment.text, cursor, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
        });
        cursor += segment.width;
      }
    });
    return lines.length * lineHeight;
  }

  /**
   * A line's segments in the order they are drawn, left to right. Without right-to-left letters
   * that is the order they were typed; otherwise the bidi order, in runs of one font and
   * direction. A run of Arabic or Hebrew letters goes to the font in typed order, because the font
   * joins the letters by their neighbours and lays the run out right to left itself.
   */
  private displaySegments(line: TextLine, style: TextStyle): Segment[] {
    const text = line.segments.map((s) => s.text).join('');
    if (!RTL_SCRIPT.test(text)) return line.segments;
    const chars = line.segments.flatMap((s) => [...s.text].map((char) => ({ char, font: s.font })));
    const runs: { text: string; font: PdfFontName; shaped: boolean }[] = [];
    for (const c of visualOrder(chars, line.rtl ?? false)) {
      const shaped = c.rtl && RTL_SHAPED.test(c.char);
      const last = runs[runs.length - 1];
      if (last && last.font === c.font && last.shaped === shaped) last.text += c.char;
      else runs.push({ text: c.char, font: c.font, shaped });
    }
    return runs.map((run) => {
      const typed = run.shaped ? [...run.text].reverse().join('') : run.text;
      return { text: typed, font: run.font, width: this.measure(typed, run.font, style.size) };
    });
  }

  /** Lays out and draws text in a box of the given width; returns the height used. */
  draw(
    text: string,
    x: number,
    y: number,
    width: number,
    style: TextStyle,
    align: TextAlign = 'left',
  ): number {
    return this.drawLines(this.layout(text, style, width), x, y, width, style, align);
  }
}

function mergeSegments(segments: Segment[]): TextLine {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.font === segment.font) {
      last.text += segment.text;
      last.width += segment.width;
    } else {
      merged.push({ ...segment });
    }
  }
  return { segments: merged, width: merged.reduce((sum, s) => sum + s.width, 0) };
}
