import { extractText, getDocumentProxy, renderPageAsImage } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/documents/format';
import type { PurchaseOrderDocument } from '../../src/documents/purchase-order-document';
import { renderPurchaseOrderPdf } from '../../src/documents/purchase-order-pdf';
import {
  minimalPurchaseOrderDocument,
  peppolSampleOrders,
  samplePurchaseOrderDocument,
} from './sample-purchase-order';

/** The text of each page, as a PDF reader extracts it (what a supplier can search and copy). */
async function pagesOf(pdf: Buffer): Promise<string[]> {
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(proxy, { mergePages: false });
  return text;
}

const MIXED_SCRIPTS = 'Prüfgerät é ü ß — Ελληνικά — Кириллица — 中文说明书 — 日本語の説明書';
const TABLE_HEADER = ['No.', 'Description', 'Quantity', 'Unit', 'Unit price', 'Disc.', 'VAT', 'Amount EUR'];

function oneLineDocument(): PurchaseOrderDocument {
  const doc = samplePurchaseOrderDocument({ lineCount: 1 });
  return { ...doc, lines: doc.lines.map((line) => ({ ...line, description: MIXED_SCRIPTS })) };
}

describe('purchase order PDF, one line', () => {
  const doc = oneLineDocument();
  let pdf: Buffer;
  let pages: string[];

  beforeAll(async () => {
    pdf = await renderPurchaseOrderPdf(doc);
    pages = await pagesOf(pdf);
  });

  it('is a one-page PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Page 1 of 1');
  });

  it('names the order, both parties, the dates and the commercial terms', () => {
    const text = pages[0]!;
    for (const expected of [
      'PURCHASE ORDER',
      'PO-2026-00042',
      'Revision 2',
      'Northwind Labs GmbH',
      'Müller & Söhne Präzisionstechnik',
      'Supplier no. SUP-0007',
      '2026-03-14',
      '2026-04-30',
      '2/10 net 30',
      'Net 30 days; 2% discount within 10 days',
      'DAP',
      'SHIP TO',
      'BILL TO',
      'Wareneingang Tor 4',
      'Kreditorenbuchhaltung',
      'Élodie Marchand',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints text in every script the user typed', () => {
    const text = pages[0]!;
    for (const expected of ['é ü ß', 'Ελληνικά', 'Кириллица', '中文', '日本語の説明書']) {
      expect(text).toContain(expected);
    }
  });

  it('embeds the Latin and the CJK font, each as a subset', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    // The 8 MB CJK font is subset to the few glyphs used.
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('shows the line, the totals by tax rate, the grand total and the approval', () => {
    const text = pages[0]!;
    const line = doc.lines[0]!;
    expect(text).toContain('1,200');
    expect(text).toContain('0.085');
    expect(text).toContain('5%');
    expect(text).toContain('19%');
    expect(text).toContain(formatMoney(line.netAmount, 2));
    expect(text).toContain(`Subtotal ${formatMoney(doc.totals.subtotal, 2)}`);
    // The organisation is VAT-registered: its tax is called VAT.
    expect(text).toContain(`VAT 19% on ${formatMoney(doc.totals.byTaxRate[0]!.net, 2)}`);
    expect(text).toContain(`Total EUR ${formatMoney(doc.totals.total, 2)}`);
    expect(text).toContain('Approved by Dr. Anja Kowalczyk');
    expect(text).toContain('2026-03-14 10:42 UTC');
  });

  it('prints notes and terms', () => {
    expect(pages.join('\n')).toContain('NOTES');
    expect(pages.join('\n')).toContain('Lieferung bitte in Mehrwegbehältern.');
    expect(pages.join('\n')).toContain('TERMS AND CONDITIONS');
  });
});

describe('purchase order PDF, 120 lines', () => {
  const doc = samplePurchaseOrderDocument({ lineCount: 120 });
  let pages: string[];

  beforeAll(async () => {
    pages = await pagesOf(await renderPurchaseOrderPdf(doc));
  });

  it('runs over several pages, each footer carrying the PO number and "Page n of N"', () => {
    const total = pages.length;
    expect(total).toBeGreaterThan(1);
    expect(pages[0]).toContain(`Page 1 of ${total}`);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${total}`);
      expect(text).toContain('PO-2026-00042 · Revision 2');
    });
  });

  it('repeats the table header on the following pages', () => {
    for (const text of pages.slice(1, -1)) {
      for (const heading of TABLE_HEADER) expect(text).toContain(heading);
      expect(text).toContain('(continued)');
    }
    expect(pages[1]).toContain('Description Quantity Unit Unit price Disc. VAT Amount EUR');
  });

  it('prints every line exactly once, and the totals at the end', () => {
    const all = pages.join('\n');
    // The Greek manual is every sixth line (3, 9, …, 117): 20 of them.
    expect(all.match(/Εγχειρίδιο χρήσης στα Ελληνικά/g)).toHaveLength(20);
    expect(all.match(/^120 /m)).not.toBeNull();
    const last = pages[pages.length - 1]!;
    expect(last).toContain(`Total EUR ${formatMoney(doc.totals.total, 2)}`);
    expect(formatMoney(doc.totals.total, 2)).toMatch(/^\d{1,3}(,\d{3})+\.\d{2}$/);
    for (const band of doc.totals.byTaxRate) {
      expect(last).toContain(
        `VAT ${band.taxRate}% on ${formatMoney(band.net, 2)} ${formatMoney(band.tax, 2)}`,
      );
    }
  });

  it('keeps each table row on one page', () => {
    // A row's number, description and amount are extracted from the same page.
    for (const line of doc.lines) {
      const amount = formatMoney(line.netAmount, 2);
      const start = `${line.lineNo} ${line.description.slice(0, 12)}`;
      const page = pages.find((text) => text.split('\n').some((row) => row.startsWith(start)));
      expect(page, `line ${line.lineNo}`).toBeDefined();
      expect(page).toContain(amount);
    }
    expect(pages.join('\n')).toContain('é ü ß');
    expect(pages.join('\n')).toContain('Ελληνικά');
    expect(pages.join('\n')).toContain('中文');
  });
});

describe('purchase order PDF, edge cases', () => {
  it('continues a description longer than a page under a repeated header', async () => {
    const base = samplePurchaseOrderDocument({ lineCount: 2 });
    const long = `${Array.from({ length: 1200 }, (_, i) => `word${i}`).join(' ')} END-OF-DESCRIPTION`;
    const doc = { ...base, lines: base.lines.map((l, i) => (i === 0 ? { ...l, description: long } : l)) };
    const pages = await pagesOf(await renderPurchaseOrderPdf(doc));
    const all = pages.join('\n');
    expect(pages.length).toBeGreaterThan(2);
    expect(all).toContain('word0');
    expect(all).toContain('word1199');
    expect(all).toContain('END-OF-DESCRIPTION');
    expect(pages[1]).toContain('Unit price');
    expect(all).toContain(formatMoney(doc.lines[1]!.netAmount, 2));
  });

  it('marks an order that is not approved, and prints one without optional parts', async () => {
    const doc = minimalPurchaseOrderDocument();
    const pages = await pagesOf(await renderPurchaseOrderPdf(doc));
    const text = pages.join('\n');
    expect(text).toContain('DRAFT');
    expect(text).toContain('株式会社テスト');
    expect(text).toContain('Tiny <Supplier> & "Co"');
    expect(text).toContain('Total JPY 4,500');
    expect(text).toContain('Not submitted');
    expect(text).not.toContain('NOTES');
    expect(text).not.toContain('TERMS AND CONDITIONS');
  });

  it('calls the tax VAT (USt.) only for a VAT-registered organisation', async () => {
    const doc = samplePurchaseOrderDocument({ lineCount: 1 });
    const german = async (taxScheme: string | null) =>
      (
        await pagesOf(
          await renderPurchaseOrderPdf({
            ...doc,
            language: 'de',
            buyerOrganisation: {
              ...doc.buyerOrganisation,
              taxScheme,
              taxId: taxScheme ? '12-3456789' : null,
            },
          }),
        )
      )[0]!;
    expect(await german('VAT')).toMatch(/USt\. 19% auf/);
    const salesTax = await german('STT');
    expect(salesTax).toMatch(/Steuer 19% auf/);
    expect(salesTax).not.toContain('USt.');
  });

  it('does not load the CJK font for a document that does not need it', async () => {
    const doc = samplePurchaseOrderDocument({ lineCount: 1 });
    const pdf = await renderPurchaseOrderPdf(doc);
    expect(pdf.toString('latin1')).not.toContain('NotoSansHans');
  });
});

describe('purchase order PDF, right-to-left text, emoji and narrow columns', () => {
  type Item = { str: string; dir: string; transform: number[]; width: number };
  const sample = peppolSampleOrders()['order-rtl-text']!;
  const doc: PurchaseOrderDocument = {
    ...sample,
    lines: [
      ...sample.lines,
      // A Hebrew line whose first word is typed first: it must be printed rightmost.
      { ...sample.lines[0]!, lineNo: 3, description: 'שלום עולם (בדיקה) 🛢️ ✔', unitName: 'Kilogram' },
      { ...sample.lines[0]!, lineNo: 4, description: 'DIN933-M8X40-A2 Edelstahl', unitName: 'Hour' },
    ],
  };
  let pdf: Buffer;
  let items: Item[];
  const PAGE_HEIGHT = 841.89;

  beforeAll(async () => {
    pdf = await renderPurchaseOrderPdf(doc);
    const page = await (await getDocumentProxy(new Uint8Array(pdf))).getPage(1);
    items = (await page.getTextContent()).items as Item[];
  });

  const find = (text: string) => {
    const item = items.find((i) => i.str === text);
    if (!item) throw new Error(`"${text}" is not on the page: ${items.map((i) => i.str).join(' | ')}`);
    return { x: item.transform[4]!, y: item.transform[5]!, width: item.width, dir: item.dir };
  };

  it('lays Hebrew out right to left: the first word typed is the rightmost, the line ends at the right edge', () => {
    const first = find('שלום');
    const second = find('עולם');
    const third = find('בדיקה');
    expect(first.dir).toBe('rtl');
    expect(first.y).toBeCloseTo(second.y, 1);
    // Reading order is right to left: each word starts left of the one typed before it.
    expect(second.x).toBeLessThan(first.x);
    expect(third.x).toBeLessThan(second.x);
    // The paragraph is right-aligned in the Description column, before the Quantity column.
    const quantityHeader = find('Quantity');
    expect(first.x + first.width).toBeGreaterThan(quantityHeader.x - 40);
  });

  it('keeps a Latin phrase inside Arabic left to right, and shapes Arabic in the Arabic font', () => {
    const latin = find('Hydraulic valve —');
    expect(latin.dir).toBe('ltr');
    // "صمام تحكم هيدروليكي — Hydraulic valve": the Arabic, typed first, is to the right of the Latin.
    const arabic = items.filter((i) => i.dir === 'rtl' && Math.abs(i.transform[5]! - latin.y) < 0.5);
    expect(arabic.length).toBeGreaterThan(0);
    for (const word of arabic) expect(word.transform[4]!).toBeGreaterThan(latin.x + latin.width - 0.5);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansArabic/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHebrew/);
  });

  it('prints emoji and symbols from fonts that have them, not as empty boxes', () => {
    expect(find('🛢').dir).toBe('ltr');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoEmoji/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSymbols2/);
  });

  it('breaks a word too wide for its column between syllables, with a hyphen, never mid-syllable', () => {
    const kilo = find('Kilo-');
    const gram = find('gram');
    expect(gram.x).toBeCloseTo(kilo.x, 1);
    expect(gram.y).toBeLessThan(kilo.y);
    expect(items.some((i) => /Kilogra$|^m$/.test(i.str))).toBe(false);
  });

  it('renders to an image with ink where the right-to-left line is printed', async () => {
    // The PDF renderer uses ArrayBuffer.transferToFixedLength, which Node.js has from version 21.
    const proto = ArrayBuffer.prototype as ArrayBuffer & {
      transferToFixedLength?: (length?: number) => ArrayBuffer;
    };
    proto.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    };
    const scale = 2;
    const png = await renderPageAsImage(new Uint8Array(pdf), 1, {
      canvasImport: () => import('@napi-rs/canvas'),
      scale,
    });
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    const image = await loadImage(Buffer.from(png));
    expect(Math.abs(image.width - 595.28 * scale)).toBeLessThan(1);
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const inkIn = (x: number, baseline: number, width: number) => {
      // The box from the baseline up one x-height, in pixels (PDF y grows upwards).
      const top = Math.round((PAGE_HEIGHT - baseline - 6) * scale);
      const data = context.getImageData(
        Math.round(x * scale),
        top,
        Math.round(width * scale),
        6 * scale,
      ).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    };
    const first = find('שלום');
    expect(inkIn(first.x, first.y, first.width)).toBeGreaterThan(20);
    // Left of the right-aligned Hebrew line, the Description column is blank.
    const description = find('Description');
    expect(inkIn(description.x, first.y, 40)).toBe(0);
  });
});
