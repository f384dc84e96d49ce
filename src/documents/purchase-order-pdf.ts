import PDFDocument from 'pdfkit';
import { formatDecimalText } from '../domain/formatting';
import type { PurchaseOrderStatus } from '../domain/purchase-orders';
import {
  formatAddressLines,
  formatDate,
  formatInstant,
  formatMoney,
  formatPercent,
  formatQuantity,
  formatUnitPrice,
  isZero,
} from './format';
import { syllables } from './hyphenation';
import type { FontWeight } from './pdf-fonts';
import { PdfText, type TextAlign, type TextLine, type TextStyle } from './pdf-text';
import type {
  PurchaseOrderDocument,
  PurchaseOrderDocumentLine,
  PurchaseOrderDocumentPartyIds,
} from './purchase-order-document';
import { type PdfTexts, pdfTexts } from './purchase-order-pdf-texts';

/**
 * The purchase order as an A4 PDF: the document a supplier files and works from.
 *
 * Page 1 opens with the buyer organisation, the title and the order's identity, then the parties,
 * the commercial terms and the line table; totals by tax rate, approval, notes and terms follow.
 * Later pages repeat a short heading and, while lines continue, the table header. A table row is
 * never split across pages. Every page footer carries the PO number and "Page n of m".
 */
export async function renderPurchaseOrderPdf(doc: PurchaseOrderDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    autoFirstPage: false,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `Purchase order ${doc.number}`,
      Author: doc.buyerOrganisation.name,
      Subject: `Purchase order ${doc.number} to ${doc.supplier.legalName}`,
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
  new PurchaseOrderLayout(pdf, doc).render();
  pdf.end();
  return finished;
}

function validDate(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// A4 in points, and the page grid.
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 42;
const MARGIN_TOP = 40;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const FOOTER_RULE_Y = PAGE_HEIGHT - 40;
const CONTENT_BOTTOM = FOOTER_RULE_Y - 14;
/** Space between the one-line heading of pages 2+ and its rule, and below the rule. */
const CONTINUATION_RULE_GAP = 5;
const CONTINUATION_BOTTOM_GAP = 12;

const COLOR = {
  ink: '#1b2430',
  muted: '#5d6875',
  accent: '#1f4e79',
  rule: '#d4dae2',
  fill: '#eef2f7',
  watermark: '#eceff3',
  white: '#ffffff',
};

function style(weight: FontWeight, size: number, color: string): TextStyle {
  return { weight, size, color };
}

const STYLE = {
  title: style('bold', 19, COLOR.accent),
  changeTitle: style('bold', 15, COLOR.accent),
  orgName: style('bold', 13, COLOR.ink),
  label: style('bold', 6.8, COLOR.accent),
  body: style('regular', 8.5, COLOR.ink),
  bodyBold: style('bold', 8.5, COLOR.ink),
  small: style('regular', 7.5, COLOR.muted),
  meta: style('regular', 8.5, COLOR.muted),
  metaValue: style('bold', 8.5, COLOR.ink),
  tableHead: style('bold', 7.3, COLOR.ink),
  cell: style('regular', 8.3, COLOR.ink),
  cellNote: style('regular', 6.9, COLOR.muted),
  grandTotal: style('bold', 10.5, COLOR.white),
  footer: style('regular', 7, COLOR.muted),
  watermark: style('bold', 74, COLOR.watermark),
};

/** Statuses under which the PDF is not an order a supplier may act on: it says so across every page. */
const WATERMARKED_STATUSES: ReadonlySet<string> = new Set<PurchaseOrderStatus>([
  'draft',
  'pending_approval',
  'cancelled',
]);

type Column = {
  key: 'no' | 'description' | 'quantity' | 'unit' | 'unitPrice' | 'discount' | 'tax' | 'amount';
  header: string;
  width: number;
  align: TextAlign;
};

const CELL_PAD_X = 4;
const CELL_PAD_Y = 4.5;
const HEADER_ROW_HEIGHT = 17;

function tableColumns(currency: string, t: PdfTexts): Column[] {
  const c = t.columns;
  const fixed: Column[] = [
    { key: 'no', header: c.no, width: 24, align: 'left' },
    { key: 'description', header: c.description, width: 0, align: 'left' },
    { key: 'quantity', header: c.quantity, width: 48, align: 'right' },
    { key: 'unit', header: c.unit, width: 36, align: 'left' },
    { key: 'unitPrice', header: c.unitPrice, width: 58, align: 'right' },
    { key: 'discount', header: c.discount, width: 34, align: 'right' },
    { key: 'tax', header: c.tax, width: 32, align: 'right' },
    { key: 'amount', header: c.amount(currency), width: 70, align: 'right' },
  ];
  const used = fixed.reduce((sum, c) => sum + c.width, 0);
  return fixed.map((c) => (c.key === 'description' ? { ...c, width: CONTENT_WIDTH - used } : c));
}

type CellBlock = { lines: TextLine[]; style: TextStyle }[];

type PreparedRow = {
  cells: Map<Column['key'], CellBlock>;
  height: number;
};

class PurchaseOrderLayout {
  private readonly text: PdfText;
  private readonly columns: Column[];
  /** The document's words, in its reader's language. */
  private readonly t: PdfTexts;
  /** Numbers as the reader writes them. */
  private readonly lang: string;
  private y = MARGIN_TOP;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly doc: PurchaseOrderDocument,
  ) {
    this.text = new PdfText(pdf, (word) => syllables(word, doc.language));
    this.t = pdfTexts(doc.language, doc.buyerOrganisation.taxScheme);
    this.lang = doc.language;
    this.columns = tableColumns(doc.currency, this.t);
  }

  render(): void {
    this.startPage(true);
    this.drawLetterhead();
    this.drawChangeSummary();
    this.drawParties();
    this.drawCommercialTerms();
    this.drawLineTable();
    this.drawTotalsAndApproval();
    this.drawTextSection(this.t.notes, this.doc.notes);
    this.drawTextSection(this.t.termsAndConditions, this.doc.terms);
    this.drawFooters();
  }

  // ── pages ────────────────────────────────────────────────────────────────────────────────────

  private startPage(first: boolean): void {
    this.pdf.addPage({ size: 'A4', margin: 0 });
    this.drawWatermark();
    this.y = MARGIN_TOP;
    if (!first) this.drawContinuationHeading();
  }

  private spaceLeft(): number {
    return CONTENT_BOTTOM - this.y;
  }

  /** Starts a new page unless `height` still fits on this one. */
  private ensureSpace(height: number): boolean {
    if (height <= this.spaceLeft()) return false;
    this.startPage(false);
    return true;
  }

  private drawWatermark(): void {
    if (!WATERMARKED_STATUSES.has(this.doc.status)) return;
    const label = this.t.statusLabel(this.doc.status).toLocaleUpperCase(this.lang);
    this.pdf.save();
    this.pdf.rotate(-38, { origin: [PAGE_WIDTH / 2, PAGE_HEIGHT / 2] });
    const width = PAGE_WIDTH * 1.4;
    const lines = this.text.layout(label, STYLE.watermark, width);
    const height = lines.length * this.text.lineHeight(STYLE.watermark);
    this.text.drawLines(
      lines,
      (PAGE_WIDTH - width) / 2,
      (PAGE_HEIGHT - height) / 2,
      width,
      STYLE.watermark,
      'center',
    );
    this.pdf.restore();
  }

  private drawContinuationHeading(): void {
    const half = CONTENT_WIDTH / 2;
    const left = this.text.draw(this.doc.buyerOrganisation.name, MARGIN_X, this.y, half, STYLE.bodyBold);
    const right = this.text.draw(
      this.t.continued(this.doc.number, this.doc.revision),
      MARGIN_X + half,
      this.y,
      half,
      STYLE.meta,
      'right',
    );
    this.y += Math.max(left, right) + CONTINUATION_RULE_GAP;
    this.rule(this.y, COLOR.accent, 0.8);
    this.y += CONTINUATION_BOTTOM_GAP;
  }

  private drawFooters(): void {
    const range = this.pdf.bufferedPageRange();
    const total = range.count;
    for (let i = 0; i < total; i++) {
      this.pdf.switchToPage(range.start + i);
      this.rule(FOOTER_RULE_Y, COLOR.rule, 0.6);
      const y = FOOTER_RULE_Y + 6;
      const third = CONTENT_WIDTH / 3;
      this.text.draw(
        this.t.footerNumber(this.doc.number, this.doc.revision),
        MARGIN_X,
        y,
        third,
        STYLE.footer,
      );
      this.text.draw(
        this.t.generated(formatInstant(this.doc.generatedAt)),
        MARGIN_X + third,
        y,
        third,
        STYLE.footer,
        'center',
      );
      this.text.draw(this.t.page(i + 1, total), MARGIN_X + 2 * third, y, third, STYLE.footer, 'right');
    }
  }

  private rule(y: number, color: string, width: number, x = MARGIN_X, length = CONTENT_WIDTH): void {
    this.pdf
      .save()
      .moveTo(x, y)
      .lineTo(x + length, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke()
      .restore();
  }

  private box(x: number, y: number, width: number, height: number, fill: string): void {
    this.pdf.save().rect(x, y, width, height).fillColor(fill).fill().restore();
  }

  // ── page 1: letterhead, parties, terms ───────────────────────────────────────────────────────

  /** A party's tax id (a VAT ID when it is one), register number and electronic address, as set. */
  private identifierLines(party: PurchaseOrderDocumentPartyIds & { taxId: string | null }): string[] {
    const lines: string[] = [];
    if (party.taxId)
      lines.push(party.taxScheme === 'VAT' ? this.t.vatId(party.taxId) : this.t.taxId(party.taxId));
    if (party.legalId) lines.push(this.t.registration(party.legalId.id));
    if (party.electronicAddress) {
      lines.push(this.t.electronicAddress(`${party.electronicAddress.scheme}:${party.electronicAddress.id}`));
    }
    return lines;
  }

  private drawLetterhead(): void {
    const { buyerOrganisation: org } = this.doc;
    const leftWidth = CONTENT_WIDTH * 0.5;
    let left = this.y;
    left += this.text.draw(org.name, MARGIN_X, left, leftWidth, STYLE.orgName) + 3;
    left += this.drawLines(formatAddressLines(org.address, this.lang), MARGIN_X, left, leftWidth, STYLE.meta);
    for (const line of this.identifierLines(org)) {
      left += this.text.draw(line, MARGIN_X, left, leftWidth, STYLE.meta);
    }

    const rightWidth = 210;
    const rightX = MARGIN_X + CONTENT_WIDTH - rightWidth;
    let right = this.y - 3;
    const change = this.doc.change;
    right += change
      ? this.text.draw(
          this.t.changeTitle(this.doc.revision),
          rightX,
          right,
          rightWidth,
          STYLE.changeTitle,
          'right',
        ) + 4
      : this.text.draw(this.t.title, rightX, right, rightWidth, STYLE.title, 'right') + 4;
    const meta: [string, string][] = [
      [this.t.poNumber, this.doc.number],
      [this.t.revision, String(this.doc.revision)],
      [this.t.orderDate, formatDate(this.doc.orderDate)],
    ];
    if (this.doc.expectedDeliveryDate)
      meta.push([this.t.expectedDelivery, formatDate(this.doc.expectedDeliveryDate)]);
    meta.push([this.t.status, this.t.statusLabel(this.doc.status)]);
    for (const [key, value] of meta) {
      const keyHeight = this.text.draw(key, rightX + 40, right, 80, STYLE.meta);
      const valueHeight = this.text.draw(
        value,
        rightX + 110,
        right,
        rightWidth - 110,
        STYLE.metaValue,
        'right',
      );
      right += Math.max(keyHeight, valueHeight) + 1.5;
    }

    this.y = Math.max(left, right) + 10;
    this.rule(this.y, COLOR.accent, 1.4);
    this.y += 14;
  }

  private drawParties(): void {
    const gap = 16;
    const width = (CONTENT_WIDTH - 2 * gap) / 3;
    const { supplier, buyerOrganisation: org } = this.doc;

    const supplierLines: { text: string; style: TextStyle }[] = [
      { text: supplier.legalName, style: STYLE.bodyBold },
      ...formatAddressLines(supplier.address, this.lang).map((text) => ({ text, style: STYLE.body })),
      { text: this.t.supplierNo(supplier.code), style: STYLE.small },
    ];
    for (const text of this.identifierLines(supplier)) supplierLines.push({ text, style: STYLE.small });
    const contact = supplier.contact;
    if (contact) {
      for (const value of [
        contact.name ? this.t.attention(contact.name) : null,
        contact.email,
        contact.phone,
      ]) {
        if (value) supplierLines.push({ text: value, style: STYLE.small });
      }
    }
    const addressBlock = (address: PurchaseOrderDocument['shipTo']) => [
      { text: org.name, style: STYLE.bodyBold },
      ...formatAddressLines(address, this.lang).map((text) => ({ text, style: STYLE.body })),
    ];

    const blocks: [string, { text: string; style: TextStyle }[]][] = [
      [this.t.supplier, supplierLines],
      [this.t.shipTo, addressBlock(this.doc.shipTo)],
      [this.t.billTo, addressBlock(this.doc.billTo)],
    ];
    let bottom = this.y;
    blocks.forEach(([label, lines], i) => {
      const x = MARGIN_X + i * (width + gap);
      let y = this.y;
      y += this.text.draw(label, x, y, width, STYLE.label) + 2;
      for (const line of lines) y += this.text.draw(line.text, x, y, width, line.style);
      bottom = Math.max(bottom, y);
    });
    this.y = bottom + 14;
  }

  private drawCommercialTerms(): void {
    const { buyer, paymentTerms, incoterms } = this.doc;
    const cells: [string, string, string | null][] = [
      [this.t.buyer, buyer.name, buyer.email],
      [
        this.t.paymentTerms,
        paymentTerms ? paymentTermsShorthand(paymentTerms, this.t) : '—',
        paymentTerms ? paymentTermsDetail(paymentTerms, this.t) : null,
      ],
      [this.t.incoterms, incoterms ? incoterms.code : '—', incoterms?.place ?? null],
      [this.t.currency, this.doc.currency, null],
    ];
    const widths = [0.3, 0.32, 0.22, 0.16].map((share) => share * CONTENT_WIDTH);
    const pad = 7;
    const heights = cells.map(([label, value, detail], i) => {
      const inner = widths[i]! - 2 * pad;
      return (
        this.text.height(label, STYLE.label, inner) +
        2 +
        this.text.height(value, STYLE.bodyBold, inner) +
        (detail ? this.text.height(detail, STYLE.small, inner) : 0)
      );
    });
    const height = Math.max(...heights) + 2 * pad;
    this.box(MARGIN_X, this.y, CONTENT_WIDTH, height, COLOR.fill);
    let x = MARGIN_X;
    cells.forEach(([label, value, detail], i) => {
      const inner = widths[i]! - 2 * pad;
      let y = this.y + pad;
      y += this.text.draw(label, x + pad, y, inner, STYLE.label) + 2;
      y += this.text.draw(value, x + pad, y, inner, STYLE.bodyBold);
      if (detail) this.text.draw(detail, x + pad, y, inner, STYLE.small);
      if (i > 0) {
        this.pdf
          .save()
          .moveTo(x, this.y + pad)
          .lineTo(x, this.y + height - pad)
          .lineWidth(0.6)
          .strokeColor(COLOR.rule)
          .stroke()
          .restore();
      }
      x += widths[i]!;
    });
    this.y += height + 16;
  }

  private drawLines(lines: string[], x: number, y: number, width: number, style: TextStyle): number {
    return lines.reduce((height, line) => height + this.text.draw(line, x, y + height, width, style), 0);
  }

  // ── line table ───────────────────────────────────────────────────────────────────────────────

  private drawTableHeader(): void {
    this.box(MARGIN_X, this.y, CONTENT_WIDTH, HEADER_ROW_HEIGHT, COLOR.fill);
    this.rule(this.y + HEADER_ROW_HEIGHT, COLOR.accent, 0.8);
    let x = MARGIN_X;
    const textY = this.y + (HEADER_ROW_HEIGHT - this.text.lineHeight(STYLE.tableHead)) / 2;
    for (const column of this.columns) {
      this.text.draw(
        column.header,
        x + CELL_PAD_X,
        textY,
        column.width - 2 * CELL_PAD_X,
        STYLE.tableHead,
        column.align,
      );
      x += column.width;
    }
    this.y += HEADER_ROW_HEIGHT;
  }

  private prepareRow(line: PurchaseOrderDocumentLine): PreparedRow {
    const { minorUnits } = this.doc;
    // Each reference stays whole ("Supplier part DIN933-M8X40-A2"); the delivery date has its own line.
    const keepTogether = (text: string) => text.replace(/ /g, '\u00a0');
    const references = [
      line.sku ? keepTogether(this.t.sku(line.sku)) : null,
      line.supplierPartNumber ? keepTogether(this.t.supplierPart(line.supplierPartNumber)) : null,
    ].filter((d): d is string => d !== null);
    const notes = [references.join(' · '), line.neededBy ? this.t.neededBy(formatDate(line.neededBy)) : '']
      .filter((text) => text !== '')
      .map((text) => ({ text, style: STYLE.cellNote }));
    const values: Record<Column['key'], { text: string; style: TextStyle }[]> = {
      no: [{ text: String(line.lineNo), style: STYLE.cell }],
      description: [{ text: line.description, style: STYLE.cell }, ...notes],
      quantity: [{ text: formatQuantity(line.quantity, this.lang), style: STYLE.cell }],
      unit: [{ text: line.unitName, style: STYLE.cell }],
      unitPrice: [{ text: formatUnitPrice(line.unitPrice, minorUnits, this.lang), style: STYLE.cell }],
      discount: [
        {
          text: isZero(line.discountPercent) ? '—' : formatPercent(line.discountPercent, this.lang),
          style: STYLE.cell,
        },
      ],
      tax: [{ text: formatPercent(line.taxRate, this.lang), style: STYLE.cell }],
      amount: [{ text: formatMoney(line.netAmount, minorUnits, this.lang), style: STYLE.cell }],
    };
    const cells = new Map<Column['key'], CellBlock>();
    let contentHeight = 0;
    for (const column of this.columns) {
      const inner = column.width - 2 * CELL_PAD_X;
      const block = values[column.key].map(({ text, style }) => ({
        lines: this.text.layout(text, style, inner),
        style,
      }));
      cells.set(column.key, block);
      contentHeight = Math.max(contentHeight, blockHeight(this.text, block));
    }
    return { cells, height: contentHeight + 2 * CELL_PAD_Y };
  }

  private drawLineTable(): void {
    const rows = this.doc.lines.map((line) => this.prepareRow(line));
    // What a continuation page holds below its heading and the table header.
    const pageCapacity =
      CONTENT_BOTTOM -
      MARGIN_TOP -
      this.text.lineHeight(STYLE.bodyBold) -
      CONTINUATION_RULE_GAP -
      CONTINUATION_BOTTOM_GAP -
      HEADER_ROW_HEIGHT;
    const minimumStart = 2 * CELL_PAD_Y + 3 * this.text.lineHeight(STYLE.cell);
    const startHeight = (row: PreparedRow) => (row.height > pageCapacity ? minimumStart : row.height);
    // Never leave the header alone at the bottom of a page.
    this.ensureSpace(HEADER_ROW_HEIGHT + (rows[0] ? startHeight(rows[0]) : 0));
    this.drawTableHeader();
    for (const row of rows) {
      if (startHeight(row) > this.spaceLeft()) {
        this.startPage(false);
        this.drawTableHeader();
      }
      if (row.height <= this.spaceLeft()) this.drawRow(row);
      else this.drawOversizedRow(row);
    }
  }

  private drawRow(row: PreparedRow): void {
    this.drawCells(row, () => true);
    this.y += row.height;
    this.rule(this.y, COLOR.rule, 0.5);
  }

  private drawCells(row: PreparedRow, include: (key: Column['key']) => boolean): void {
    let x = MARGIN_X;
    for (const column of this.columns) {
      let y = this.y + CELL_PAD_Y;
      for (const part of include(column.key) ? (row.cells.get(column.key) ?? []) : []) {
        y += this.text.drawLines(
          part.lines,
          x + CELL_PAD_X,
          y,
          column.width - 2 * CELL_PAD_X,
          part.style,
          column.align,
        );
      }
      x += column.width;
    }
  }

  /**
   * A row taller than a whole page (a description of several hundred words) cannot stay whole: the
   * figures print with its first part, and the description continues under a repeated header.
   */
  private drawOversizedRow(row: PreparedRow): void {
    const index = this.columns.findIndex((c) => c.key === 'description');
    const column = this.columns[index]!;
    const x = MARGIN_X + this.columns.slice(0, index).reduce((sum, c) => sum + c.width, 0);
    this.drawCells(row, (key) => key !== 'description');
    const pending = (row.cells.get('description') ?? []).flatMap((part) =>
      part.lines.map((line) => ({ line, style: part.style })),
    );
    for (;;) {
      let y = this.y + CELL_PAD_Y;
      while (
        pending.length > 0 &&
        y + this.text.lineHeight(pending[0]!.style) + CELL_PAD_Y <= CONTENT_BOTTOM
      ) {
        const { line, style } = pending.shift()!;
        y += this.text.drawLines([line], x + CELL_PAD_X, y, column.width - 2 * CELL_PAD_X, style);
      }
      this.y = y + CELL_PAD_Y;
      if (pending.length === 0) break;
      this.startPage(false);
      this.drawTableHeader();
      // Say which line the text on this page belongs to.
      const numberColumn = this.columns[0]!;
      for (const part of row.cells.get('no') ?? []) {
        const style = { ...part.style, color: COLOR.muted };
        this.text.drawLines(
          part.lines,
          MARGIN_X + CELL_PAD_X,
          this.y + CELL_PAD_Y,
          numberColumn.width - 2 * CELL_PAD_X,
          style,
        );
      }
    }
    this.rule(this.y, COLOR.rule, 0.5);
  }

  // ── totals, approval, notes ──────────────────────────────────────────────────────────────────

  private drawTotalsAndApproval(): void {
    const { totals, minorUnits, currency } = this.doc;
    const money = (amount: string) => formatMoney(amount, minorUnits, this.lang);
    const rows: [string, string][] = [[this.t.subtotal, money(totals.subtotal)]];
    for (const band of totals.byTaxRate) {
      const label =
        band.taxCategory === 'S' || band.taxCategory === 'Z'
          ? this.t.taxOn(formatPercent(band.taxRate, this.lang), money(band.net))
          : this.t.untaxedOn(band.taxCategory, money(band.net));
      rows.push([label, money(band.tax)]);
    }
    if (totals.byTaxRate.length !== 1) rows.push([this.t.taxTotal, money(totals.tax)]);

    const totalsWidth = 250;
    const totalsX = MARGIN_X + CONTENT_WIDTH - totalsWidth;
    const rowHeight = this.text.lineHeight(STYLE.body) + 4;
    const grandHeight = this.text.lineHeight(STYLE.grandTotal) + 10;
    const totalsHeight = rows.length * rowHeight + 6 + grandHeight;

    const approvalWidth = CONTENT_WIDTH - totalsWidth - 30;
    const approvalLines = this.approvalLines();
    const approvalHeight =
      this.text.height(this.t.approval, STYLE.label, approvalWidth) +
      2 +
      approvalLines.reduce((h, l) => h + this.text.height(l.text, l.style, approvalWidth), 0);

    this.y += 12;
    this.ensureSpace(Math.max(totalsHeight, approvalHeight));
    const top = this.y;

    let y = top;
    for (const [label, value] of rows) {
      this.text.draw(label, totalsX + 8, y + 2, totalsWidth * 0.62, STYLE.meta);
      this.text.draw(value, totalsX, y + 2, totalsWidth - 8, STYLE.body, 'right');
      y += rowHeight;
    }
    y += 6;
    this.box(totalsX, y, totalsWidth, grandHeight, COLOR.accent);
    this.text.draw(this.t.total(currency), totalsX + 8, y + 5, totalsWidth / 2, STYLE.grandTotal);
    this.text.draw(money(totals.total), totalsX, y + 5, totalsWidth - 8, STYLE.grandTotal, 'right');
    y += grandHeight;

    let ay = top + 2;
    ay += this.text.draw(this.t.approval, MARGIN_X, ay, approvalWidth, STYLE.label) + 2;
    for (const line of approvalLines)
      ay += this.text.draw(line.text, MARGIN_X, ay, approvalWidth, line.style);

    this.y = Math.max(y, ay) + 18;
  }

  private approvalLines(): { text: string; style: TextStyle }[] {
    const { approval } = this.doc;
    const state = this.doc.status === 'draft' ? this.t.notSubmitted : this.t.statusLabel(this.doc.status);
    const lines = [{ text: state, style: STYLE.bodyBold }];
    if (approval.approvedBy) lines.push({ text: this.t.approvedBy(approval.approvedBy), style: STYLE.body });
    if (approval.approvedAt)
      lines.push({ text: this.t.approvedOn(formatInstant(approval.approvedAt)), style: STYLE.body });
    return lines;
  }

  /** A heading and a paragraph that flows line by line onto further pages when it must. */
  /** A change order says, before anything else, which lines the revision added, changed and removed. */
  private drawChangeSummary(): void {
    const change = this.doc.change;
    if (!change) return;
    const list = (nos: number[]) => (nos.length > 0 ? nos.join(', ') : this.t.none);
    const summary = this.t.changeSummary(
      list(change.addedLineNos),
      list(change.changedLineNos),
      list(change.removedLines.map((l) => l.lineNo)),
    );
    const body = change.reason ? `${summary}\n${change.reason}` : summary;
    this.drawTextSection(this.t.changeTitle(this.doc.revision), body);
  }

  private drawTextSection(title: string, body: string | null): void {
    if (!body || body.trim() === '') return;
    const lines = this.text.layout(body, STYLE.body, CONTENT_WIDTH);
    const lineHeight = this.text.lineHeight(STYLE.body);
    const headingHeight = this.text.lineHeight(STYLE.label) + 4;
    // Keep the heading with at least two lines of its text.
    this.ensureSpace(headingHeight + Math.min(lines.length, 2) * lineHeight);
    this.text.draw(title.toLocaleUpperCase(this.lang), MARGIN_X, this.y, CONTENT_WIDTH, STYLE.label);
    this.y += headingHeight;
    for (const line of lines) {
      this.ensureSpace(lineHeight);
      this.y += this.text.drawLines([line], MARGIN_X, this.y, CONTENT_WIDTH, STYLE.body);
    }
    this.y += 12;
  }
}

function blockHeight(text: PdfText, block: CellBlock): number {
  return block.reduce((h, part) => h + part.lines.length * text.lineHeight(part.style), 0);
}

type PaymentTerms = NonNullable<PurchaseOrderDocument['paymentTerms']>;

const hasDiscount = (
  terms: PaymentTerms,
): terms is PaymentTerms & { discountPercent: string; discountDays: number } =>
  !!terms.discountPercent && !isZero(terms.discountPercent) && terms.discountDays !== null;

/** The trade's shorthand in the reader's language: "Net 30", "2/10 net 30", "Due on receipt". */
function paymentTermsShorthand(terms: PaymentTerms, t: PdfTexts): string {
  if (terms.netDays === null) return terms.text;
  if (hasDiscount(terms))
    return t.discountNet(
      formatDecimalText(terms.discountPercent, { locale: t.language }),
      terms.discountDays,
      terms.netDays,
    );
  return terms.netDays === 0 ? t.dueOnReceipt : t.net(terms.netDays);
}

function paymentTermsDetail(terms: PaymentTerms, t: PdfTexts): string | null {
  const parts: string[] = [];
  if (terms.netDays !== null) parts.push(t.netDays(terms.netDays));
  if (hasDiscount(terms)) {
    parts.push(t.discountWithin(formatPercent(terms.discountPercent, t.language), terms.discountDays));
  }
  return parts.length > 0 ? parts.join('; ') : null;
}
