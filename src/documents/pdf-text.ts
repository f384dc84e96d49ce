import { type FontWeight, fontBytes, type PdfFontName, splitIntoFontRuns } from './pdf-fonts';

/**
 * Text layout for PDFs whose text mixes fonts: pdfkit wraps text in one font at a time, but one
 * description may need Noto Sans for "Schraube M8 – Edelstahl" and the CJK font for "不锈钢螺丝".
 * We break lines ourselves (at spaces, after hyphens, between CJK characters), measure every piece
 * in its own font, and draw each font run at an absolute position on a shared baseline. Knowing
 * every block's height before drawing it is also what keeps table rows whole across pages.
 */

export type TextStyle = { weight: FontWeight; size: number; color: string };

export type TextAlign = 'left' | 'right' | 'center';

type Segment = { text: string; font: PdfFontName; width: number };

export type TextLine = { segments: Segment[]; width: number };

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

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private use(font: PdfFontName, size: number): void {
    if (!this.registered.has(font)) {
      this.doc.registerFont(font, fontBytes(font));
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
      let current: Segment[] = [];
      let currentWidth = 0;
      let pendingSpace: Segment[] = [];
      let pendingSpaceWidth = 0;
      const pushLine = () => {
        lines.push(mergeSegments(current));
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
        // A single piece wider than the line (a long part number, a URL): break it by characters.
        for (const char of token) {
          const charSegments = this.segmentsOf(char, style);
          const charWidth = charSegments.reduce((sum, s) => sum + s.width, 0);
          if (current.length > 0 && currentWidth + pendingSpaceWidth + charWidth > maxWidth) {
            pendingSpace = [];
            pendingSpaceWidth = 0;
            pushLine();
          }
          append(charSegments, charWidth);
        }
      }
      pushLine();
    }
    return lines;
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
      let cursor =
        align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
      const baseline = y + i * lineHeight + style.size * BASELINE;
      for (const segment of line.segments) {
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
