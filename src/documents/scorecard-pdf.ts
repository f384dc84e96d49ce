import PDFDocument from 'pdfkit';
import { formatDecimalText } from '../domain/formatting';
import { formatDate, formatInstant } from './format';
import { syllables } from './hyphenation';
import type { FontWeight } from './pdf-fonts';
import { PdfText, type TextAlign, type TextStyle } from './pdf-text';
import type { ScorecardDocument } from './scorecard-document';
import { type ScorecardTexts, scorecardTexts } from './scorecard-pdf-texts';

/**
 * A supplier's scorecard as an A4 PDF, for a quarterly review with the supplier: the score and
 * grade, the corrective action asked for with its due date, each measure as n of d with its weight,
 * the figures beside them, the 12-month trend and the comments the organisation shared. Text is
 * laid out with the purchase order's PDF text layer (embedded Noto fonts, per-character fallback),
 * so a supplier's name in any script prints. Every page footer names the supplier and the period.
 */
export async function renderScorecardPdf(doc: ScorecardDocument): Promise<Buffer> {
  const t = scorecardTexts(doc.language);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    autoFirstPage: false,
    lang: doc.language,
    displayTitle: true,
    info: {
      Title: `${doc.supplier.name} · ${doc.period.key}`,
      Author: doc.organisationName,
      Subject: t.footer(doc.supplier.name, doc.period.key),
      Creator: 'OpenPO',
      CreationDate: validDate(doc.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  new ScorecardLayout(pdf, doc, t).render();
  pdf.end();
  return finished;
}

/** The file name a scorecard goes by: `scorecard-SUP-0007-2026-Q4.pdf`. */
export function scorecardFileName(doc: Pick<ScorecardDocument, 'supplier' | 'period'>): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'supplier';
  return `scorecard-${safe(doc.supplier.code)}-${safe(doc.period.key)}.pdf`;
}

function validDate(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 42;
const MARGIN_TOP = 40;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const FOOTER_RULE_Y = PAGE_HEIGHT - 40;
const CONTENT_BOTTOM = FOOTER_RULE_Y - 14;

const COLOR = {
  ink: '#1b2430',
  muted: '#5d6875',
  accent: '#1f4e79',
  rule: '#d4dae2',
  fill: '#eef2f7',
  white: '#ffffff',
  warn: '#8a4b00',
  warnFill: '#fff4e5',
};

/** Grades in the colours the web app gives them (dark enough to read on white). */
const GRADE_COLOR: Record<string, string> = { A: '#0b7a5a', B: '#2b6cb0', C: '#a15c00', D: '#b42318' };

const style = (weight: FontWeight, size: number, color: string): TextStyle => ({ weight, size, color });

const STYLE = {
  title: style('bold', 17, COLOR.accent),
  orgName: style('bold', 13, COLOR.ink),
  label: style('bold', 6.8, COLOR.accent),
  body: style('regular', 8.5, COLOR.ink),
  bodyBold: style('bold', 8.5, COLOR.ink),
  small: style('regular', 7.5, COLOR.muted),
  meta: style('regular', 8.5, COLOR.muted),
  metaValue: style('bold', 8.5, COLOR.ink),
  big: style('bold', 30, COLOR.accent),
  tableHead: style('bold', 7.3, COLOR.ink),
  cell: style('regular', 8.3, COLOR.ink),
  cellBold: style('bold', 8.3, COLOR.ink),
  warnTitle: style('bold', 8.5, COLOR.warn),
  footer: style('regular', 7, COLOR.muted),
};

type Column = { header: string; width: number; align: TextAlign };

const CELL_PAD_X = 4;
const CELL_PAD_Y = 3.2;
const HEADER_ROW_HEIGHT = 17;

class ScorecardLayout {
  private readonly text: PdfText;
  private readonly lang: string;
  private y = MARGIN_TOP;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly doc: ScorecardDocument,
    private readonly t: ScorecardTexts,
  ) {
    this.text = new PdfText(pdf, (word) => syllables(word, doc.language));
    this.lang = doc.language;
  }

  render(): void {
    this.pdf.addPage({ size: 'A4', margin: 0 });
    this.drawLetterhead();
    this.drawScore();
    // What the supplier is asked to do comes before the figures that explain it.
    this.drawCorrectiveAction();
    this.drawMeasures();
    this.drawDetails();
    this.drawTrend();
    this.drawComments();
    this.drawFooters();
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────

  private percent(value: string | null): string {
    return value === null
      ? '—'
      : `${formatDecimalText(value, { locale: this.lang, minFractionDigits: 1 })} %`;
  }

  private number(value: string): string {
    return formatDecimalText(value, { locale: this.lang });
  }

  private ensureSpace(height: number): void {
    if (this.y + height <= CONTENT_BOTTOM) return;
    this.pdf.addPage({ size: 'A4', margin: 0 });
    this.y = MARGIN_TOP;
  }

  private rule(y: number, color: string, width: number): void {
    this.pdf
      .save()
      .moveTo(MARGIN_X, y)
      .lineTo(MARGIN_X + CONTENT_WIDTH, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke()
      .restore();
  }

  private box(x: number, y: number, width: number, height: number, fill: string): void {
    this.pdf.save().rect(x, y, width, height).fillColor(fill).fill().restore();
  }

  private heading(title: string, following: number): void {
    const height = this.text.lineHeight(STYLE.label) + 4;
    this.ensureSpace(height + following);
    this.text.draw(title, MARGIN_X, this.y, CONTENT_WIDTH, STYLE.label);
    this.y += height;
  }

  /** A paragraph that flows line by line onto further pages. */
  private paragraph(body: string, textStyle: TextStyle, x = MARGIN_X, width = CONTENT_WIDTH): void {
    const lineHeight = this.text.lineHeight(textStyle);
    for (const line of this.text.layout(body, textStyle, width)) {
      this.ensureSpace(lineHeight);
      this.y += this.text.drawLines([line], x, this.y, width, textStyle);
    }
  }

  private table(columns: Column[], rows: { text: string; style: TextStyle }[][]): void {
    const drawHeader = () => {
      this.box(MARGIN_X, this.y, CONTENT_WIDTH, HEADER_ROW_HEIGHT, COLOR.fill);
      this.rule(this.y + HEADER_ROW_HEIGHT, COLOR.accent, 0.8);
      let x = MARGIN_X;
      const textY = this.y + (HEADER_ROW_HEIGHT - this.text.lineHeight(STYLE.tableHead)) / 2;
      for (const c of columns) {
        this.text.draw(c.header, x + CELL_PAD_X, textY, c.width - 2 * CELL_PAD_X, STYLE.tableHead, c.align);
        x += c.width;
      }
      this.y += HEADER_ROW_HEIGHT;
    };
    const prepared = rows.map((cells) => {
      const laid = cells.map((cell, i) => {
        const column = columns[i]!;
        return { lines: this.text.layout(cell.text, cell.style, column.width - 2 * CELL_PAD_X), cell };
      });
      const height =
        Math.max(...laid.map((l) => l.lines.length * this.text.lineHeight(l.cell.style))) + 2 * CELL_PAD_Y;
      return { laid, height };
    });
    this.ensureSpace(HEADER_ROW_HEIGHT + (prepared[0]?.height ?? 0));
    drawHeader();
    for (const row of prepared) {
      if (this.y + row.height > CONTENT_BOTTOM) {
        this.pdf.addPage({ size: 'A4', margin: 0 });
        this.y = MARGIN_TOP;
        drawHeader();
      }
      let x = MARGIN_X;
      row.laid.forEach(({ lines, cell }, i) => {
        const column = columns[i]!;
        this.text.drawLines(
          lines,
          x + CELL_PAD_X,
          this.y + CELL_PAD_Y,
          column.width - 2 * CELL_PAD_X,
          cell.style,
          column.align,
        );
        x += column.width;
      });
      this.y += row.height;
      this.rule(this.y, COLOR.rule, 0.5);
    }
    this.y += 14;
  }

  // ── sections ─────────────────────────────────────────────────────────────────────────────────

  private drawLetterhead(): void {
    const { doc, t } = this;
    const leftWidth = CONTENT_WIDTH * 0.45;
    let left = this.y;
    left += this.text.draw(doc.organisationName, MARGIN_X, left, leftWidth, STYLE.orgName) + 3;

    const rightWidth = CONTENT_WIDTH * 0.55;
    const rightX = MARGIN_X + CONTENT_WIDTH - rightWidth;
    let right = this.y - 3;
    right += this.text.draw(t.title, rightX, right, rightWidth, STYLE.title, 'right') + 4;
    const meta: [string, string][] = [
      [t.supplier, `${doc.supplier.name} (${doc.supplier.code})`],
      [t.period, t.periodRange(doc.period.key, doc.period.from.slice(0, 7), doc.period.to.slice(0, 7))],
      [t.orders, String(doc.orders)],
      [t.generatedOn, formatDate(doc.generatedAt)],
    ];
    for (const [key, value] of meta) {
      const keyHeight = this.text.draw(key, rightX, right, 70, STYLE.meta);
      const valueHeight = this.text.draw(
        value,
        rightX + 70,
        right,
        rightWidth - 70,
        STYLE.metaValue,
        'right',
      );
      right += Math.max(keyHeight, valueHeight) + 1.5;
    }
    this.y = Math.max(left, right) + 10;
    this.rule(this.y, COLOR.accent, 1.4);
    this.y += 14;
  }

  private drawScore(): void {
    const { doc, t } = this;
    const pad = 10;
    const scoreWidth = 150;
    const gradeWidth = 90;
    const textX = MARGIN_X + scoreWidth + gradeWidth + pad;
    const textWidth = CONTENT_WIDTH - scoreWidth - gradeWidth - 2 * pad;
    const explanation = doc.enoughData ? t.scoreExplained : t.notEnoughData(doc.orders, doc.minimumOrders);
    const height = Math.max(
      70,
      this.text.height(explanation, doc.enoughData ? STYLE.small : STYLE.warnTitle, textWidth) + 2 * pad,
    );
    this.box(MARGIN_X, this.y, CONTENT_WIDTH, height, doc.enoughData ? COLOR.fill : COLOR.warnFill);
    const top = this.y + pad;
    this.text.draw(t.score, MARGIN_X + pad, top, scoreWidth - pad, STYLE.label);
    const scoreText =
      doc.score === null ? '—' : formatDecimalText(doc.score, { locale: this.lang, minFractionDigits: 1 });
    this.text.draw(scoreText, MARGIN_X + pad, top + 10, scoreWidth - pad, STYLE.big);
    this.text.draw(t.outOf100, MARGIN_X + pad, top + 48, scoreWidth - pad, STYLE.small);
    const gradeX = MARGIN_X + scoreWidth;
    this.text.draw(t.grade, gradeX, top, gradeWidth, STYLE.label);
    this.text.draw(doc.grade ?? '—', gradeX, top + 10, gradeWidth, {
      ...STYLE.big,
      color: doc.grade ? (GRADE_COLOR[doc.grade] ?? COLOR.accent) : COLOR.muted,
    });
    this.text.draw(explanation, textX, top, textWidth, doc.enoughData ? STYLE.small : STYLE.warnTitle);
    this.y += height + 16;
  }

  private drawMeasures(): void {
    const { doc, t } = this;
    this.heading(t.measures, HEADER_ROW_HEIGHT + 20);
    const columns: Column[] = [
      { header: t.columns.measure, width: 120, align: 'left' },
      { header: t.columns.result, width: 70, align: 'right' },
      { header: t.columns.counted, width: CONTENT_WIDTH - 120 - 70 - 60, align: 'left' },
      { header: t.columns.weight, width: 60, align: 'right' },
    ];
    const days = { grace: doc.graceDays, response: doc.responseDays };
    this.table(
      columns,
      doc.measures.map((m) => [
        { text: t.measureName(m.key), style: STYLE.cellBold },
        { text: m.value === null ? t.noData : this.percent(m.value), style: STYLE.cell },
        {
          text: t.counted(m.key, this.number(m.numerator), this.number(m.denominator), days),
          style: STYLE.cell,
        },
        { text: `${m.weight} %`, style: STYLE.cell },
      ]),
    );
  }

  private drawDetails(): void {
    const { doc, t } = this;
    const rows: [string, string][] = [
      [t.otif, this.percent(doc.details.otif)],
      [
        t.averageDaysLate,
        doc.details.averageDaysLate === null ? '—' : this.number(doc.details.averageDaysLate),
      ],
      [t.returnRate, this.percent(doc.details.returnRate)],
      [
        t.averageResponseHours,
        doc.details.averageResponseHours === null ? '—' : this.number(doc.details.averageResponseHours),
      ],
    ];
    const lineHeight = this.text.lineHeight(STYLE.body) + 3;
    this.heading(t.details, rows.length * lineHeight);
    for (const [label, value] of rows) {
      this.text.draw(label, MARGIN_X, this.y, 300, STYLE.meta);
      this.text.draw(value, MARGIN_X + 300, this.y, 90, STYLE.bodyBold, 'right');
      this.y += lineHeight;
    }
    this.y += 12;
  }

  private drawTrend(): void {
    const { doc, t } = this;
    this.heading(t.trend, HEADER_ROW_HEIGHT + 20);
    const w = CONTENT_WIDTH / 7;
    const columns: Column[] = [
      { header: t.columns.month, width: w, align: 'left' },
      { header: t.columns.orders, width: w, align: 'right' },
      { header: t.columns.score, width: w, align: 'right' },
      { header: t.columns.grade, width: w, align: 'center' },
      { header: t.measureName('onTime'), width: w, align: 'right' },
      { header: t.measureName('inFull'), width: w, align: 'right' },
      { header: t.measureName('quality'), width: w, align: 'right' },
    ];
    this.table(
      columns,
      doc.trend.map((p) => [
        { text: p.month.slice(0, 7), style: STYLE.cell },
        { text: String(p.orders), style: STYLE.cell },
        {
          text:
            p.score === null ? '—' : formatDecimalText(p.score, { locale: this.lang, minFractionDigits: 1 }),
          style: STYLE.cellBold,
        },
        { text: p.grade ?? '—', style: STYLE.cellBold },
        { text: this.percent(p.onTime), style: STYLE.cell },
        { text: this.percent(p.inFull), style: STYLE.cell },
        { text: this.percent(p.quality), style: STYLE.cell },
      ]),
    );
  }

  private drawComments(): void {
    const { doc, t } = this;
    const lineHeight = this.text.lineHeight(STYLE.body);
    this.heading(t.comments, 2 * lineHeight);
    if (doc.comments.length === 0) {
      this.paragraph(t.noComments, STYLE.meta);
      this.y += 12;
      return;
    }
    for (const c of doc.comments) {
      this.ensureSpace(this.text.lineHeight(STYLE.small) + 2 * lineHeight);
      this.y += this.text.draw(
        t.commentMeta(t.raterRole(c.raterRole), formatDate(c.ratedOn), c.orderNumber),
        MARGIN_X,
        this.y,
        CONTENT_WIDTH,
        STYLE.small,
      );
      this.paragraph(c.comment, STYLE.body, MARGIN_X + 8, CONTENT_WIDTH - 8);
      this.y += 6;
    }
    this.y += 8;
  }

  private drawCorrectiveAction(): void {
    const action = this.doc.correctiveAction;
    if (!action) return;
    const { t } = this;
    const pad = 8;
    const inner = CONTENT_WIDTH - 2 * pad;
    const meta = [t.dueBy(formatDate(action.dueDate)), t.requestedOn(formatDate(action.requestedOn))];
    if (action.period) meta.push(t.periodReviewed(action.period));
    const metaText = meta.join(' · ');
    const noteLines = this.text.layout(action.note, STYLE.body, inner);
    const headHeight =
      this.text.height(t.correctiveAction, STYLE.warnTitle, inner) +
      this.text.height(metaText, STYLE.bodyBold, inner);
    const fullHeight = headHeight + noteLines.length * this.text.lineHeight(STYLE.body) + 2 * pad + 4;
    // The box when it fits on the page; a note longer than a page flows on below its heading.
    if (fullHeight <= CONTENT_BOTTOM - MARGIN_TOP) {
      this.ensureSpace(fullHeight);
      this.box(MARGIN_X, this.y, CONTENT_WIDTH, fullHeight, COLOR.warnFill);
      let y = this.y + pad;
      y += this.text.draw(t.correctiveAction, MARGIN_X + pad, y, inner, STYLE.warnTitle);
      y += this.text.draw(metaText, MARGIN_X + pad, y, inner, STYLE.bodyBold) + 4;
      this.text.drawLines(noteLines, MARGIN_X + pad, y, inner, STYLE.body);
      this.y += fullHeight + 12;
      return;
    }
    this.heading(t.correctiveAction, 2 * this.text.lineHeight(STYLE.body));
    this.paragraph(metaText, STYLE.bodyBold);
    this.paragraph(action.note, STYLE.body);
  }

  private drawFooters(): void {
    const range = this.pdf.bufferedPageRange();
    const total = range.count;
    const { doc, t } = this;
    for (let i = 0; i < total; i++) {
      this.pdf.switchToPage(range.start + i);
      this.rule(FOOTER_RULE_Y, COLOR.rule, 0.6);
      const y = FOOTER_RULE_Y + 6;
      // The supplier's name gets the room: the time and the page number are short.
      const left = CONTENT_WIDTH * 0.5;
      const middle = CONTENT_WIDTH * 0.3;
      this.text.draw(t.footer(doc.supplier.name, doc.period.key), MARGIN_X, y, left, STYLE.footer);
      this.text.draw(
        t.generated(formatInstant(doc.generatedAt)),
        MARGIN_X + left,
        y,
        middle,
        STYLE.footer,
        'center',
      );
      this.text.draw(
        t.page(i + 1, total),
        MARGIN_X + left + middle,
        y,
        CONTENT_WIDTH - left - middle,
        STYLE.footer,
        'right',
      );
    }
  }
}
