import type { Language } from '../domain/languages';
import type { PurchaseOrderStatus } from '../domain/purchase-orders';
import { type I18n, translator } from './i18n';

/**
 * The words of the PDF order, in the language of its reader (the supplier's). Numbers, dates and
 * codes are passed in already formatted; the catalogs are src/documents/locales (docs/languages.md).
 */
/**
 * The PDF's words in `language`. The tax is named as the organisation's tax is: "VAT" (USt.) only
 * for a VAT registration, otherwise "Tax" — a US sales tax is never called VAT.
 */
export function pdfTexts(language: Language, taxScheme: string | null = null) {
  const i18n: I18n = translator(language);
  const vat = taxScheme === 'VAT';
  return {
    language,
    title: i18n._({ id: 'pdf.title', message: 'PURCHASE ORDER' }),
    changeTitle: (revision: number) =>
      i18n._({
        id: 'pdf.change-title',
        message: 'Change order — revision {revision}',
        values: { revision },
      }),
    changeSummary: (added: string, changed: string, removed: string) =>
      i18n._({
        id: 'pdf.change-summary',
        message:
          'This revision replaces the earlier ones. Lines added: {added}; changed: {changed}; removed: {removed}.',
        values: { added, changed, removed },
      }),
    none: i18n._({ id: 'pdf.none', message: 'none' }),
    poNumber: i18n._({ id: 'pdf.po-number', message: 'PO number' }),
    revision: i18n._({ id: 'pdf.revision', message: 'Revision' }),
    orderDate: i18n._({ id: 'pdf.order-date', message: 'Order date' }),
    expectedDelivery: i18n._({ id: 'pdf.expected-delivery', message: 'Expected delivery' }),
    status: i18n._({ id: 'pdf.status', message: 'Status' }),
    taxId: (taxId: string) => i18n._({ id: 'pdf.tax-id', message: 'Tax ID {taxId}', values: { taxId } }),
    vatId: (taxId: string) => i18n._({ id: 'pdf.vat-id', message: 'VAT ID {taxId}', values: { taxId } }),
    registration: (id: string) =>
      i18n._({ id: 'pdf.registration', message: 'Reg. no. {id}', values: { id } }),
    electronicAddress: (id: string) =>
      i18n._({ id: 'pdf.electronic-address', message: 'PEPPOL ID {id}', values: { id } }),
    supplierNo: (code: string) =>
      i18n._({ id: 'pdf.supplier-no', message: 'Supplier no. {code}', values: { code } }),
    attention: (name: string) => i18n._({ id: 'pdf.attention', message: 'Attn. {name}', values: { name } }),
    supplier: i18n._({ id: 'pdf.supplier', message: 'SUPPLIER' }),
    shipTo: i18n._({ id: 'pdf.ship-to', message: 'SHIP TO' }),
    billTo: i18n._({ id: 'pdf.bill-to', message: 'BILL TO' }),
    buyer: i18n._({ id: 'pdf.buyer', message: 'BUYER' }),
    paymentTerms: i18n._({ id: 'pdf.payment-terms', message: 'PAYMENT TERMS' }),
    incoterms: i18n._({ id: 'pdf.incoterms', message: 'INCOTERMS' }),
    currency: i18n._({ id: 'pdf.currency', message: 'CURRENCY' }),
    dueOnReceipt: i18n._({ id: 'pdf.terms.due-on-receipt', message: 'Due on receipt' }),
    net: (days: number) => i18n._({ id: 'pdf.terms.net', message: 'Net {days}', values: { days } }),
    discountNet: (percent: string, discountDays: number, days: number) =>
      i18n._({
        id: 'pdf.terms.discount-net',
        message: '{percent}/{discountDays} net {days}',
        values: { percent, discountDays, days },
      }),
    netDays: (days: number) =>
      i18n._({ id: 'pdf.terms.net-days', message: 'Net {days} days', values: { days } }),
    discountWithin: (percent: string, days: number) =>
      i18n._({
        id: 'pdf.terms.discount',
        message: '{percent} discount within {days} days',
        values: { percent, days },
      }),
    columns: {
      no: i18n._({ id: 'pdf.column.no', message: 'No.' }),
      description: i18n._({ id: 'pdf.column.description', message: 'Description' }),
      quantity: i18n._({ id: 'pdf.column.quantity', message: 'Quantity' }),
      unit: i18n._({ id: 'pdf.column.unit', message: 'Unit' }),
      unitPrice: i18n._({ id: 'pdf.column.unit-price', message: 'Unit price' }),
      discount: i18n._({ id: 'pdf.column.discount', message: 'Disc.' }),
      tax: vat
        ? i18n._({ id: 'pdf.column.vat', message: 'VAT' })
        : i18n._({ id: 'pdf.column.tax', message: 'Tax' }),
      amount: (currency: string) =>
        i18n._({ id: 'pdf.column.amount', message: 'Amount {currency}', values: { currency } }),
    },
    sku: (sku: string) => i18n._({ id: 'pdf.line.sku', message: 'SKU {sku}', values: { sku } }),
    supplierPart: (part: string) =>
      i18n._({ id: 'pdf.line.supplier-part', message: 'Supplier part {part}', values: { part } }),
    neededBy: (date: string) =>
      i18n._({ id: 'pdf.line.needed-by', message: 'Needed by {date}', values: { date } }),
    subtotal: i18n._({ id: 'pdf.subtotal', message: 'Subtotal' }),
    taxOn: (rate: string, net: string) =>
      vat
        ? i18n._({ id: 'pdf.vat-on', message: 'VAT {rate} on {net}', values: { rate, net } })
        : i18n._({ id: 'pdf.tax-on', message: 'Tax {rate} on {net}', values: { rate, net } }),
    /** A band of an untaxed category other than zero-rated: why it carries no tax. */
    untaxedOn: (category: 'E' | 'AE' | 'K' | 'G' | 'O', net: string) => {
      const names = {
        E: i18n._({ id: 'pdf.tax-category.E', message: 'Exempt from tax' }),
        AE: i18n._({ id: 'pdf.tax-category.AE', message: 'Reverse charge' }),
        K: i18n._({ id: 'pdf.tax-category.K', message: 'Intra-community supply' }),
        G: i18n._({ id: 'pdf.tax-category.G', message: 'Export outside the customs territory' }),
        O: i18n._({ id: 'pdf.tax-category.O', message: 'Not subject to tax' }),
      };
      return i18n._({
        id: 'pdf.untaxed-on',
        message: '{category} on {net}',
        values: { category: names[category], net },
      });
    },
    taxTotal: i18n._({ id: 'pdf.tax-total', message: 'Tax total' }),
    total: (currency: string) =>
      i18n._({ id: 'pdf.total', message: 'Total {currency}', values: { currency } }),
    approval: i18n._({ id: 'pdf.approval', message: 'APPROVAL' }),
    notSubmitted: i18n._({ id: 'pdf.approval.not-submitted', message: 'Not submitted' }),
    approvedBy: (name: string) =>
      i18n._({ id: 'pdf.approved-by', message: 'Approved by {name}', values: { name } }),
    approvedOn: (when: string) => i18n._({ id: 'pdf.approved-on', message: 'on {when}', values: { when } }),
    notes: i18n._({ id: 'pdf.notes', message: 'Notes' }),
    termsAndConditions: i18n._({ id: 'pdf.terms-and-conditions', message: 'Terms and conditions' }),
    continued: (number: string, revision: number) =>
      i18n._({
        id: 'pdf.continued',
        message: 'Purchase order {number} · Revision {revision} (continued)',
        values: { number, revision },
      }),
    footerNumber: (number: string, revision: number) =>
      i18n._({
        id: 'pdf.footer.number',
        message: '{number} · Revision {revision}',
        values: { number, revision },
      }),
    generated: (when: string) =>
      i18n._({ id: 'pdf.footer.generated', message: 'Generated {when}', values: { when } }),
    page: (page: number, total: number) =>
      i18n._({ id: 'pdf.footer.page', message: 'Page {page} of {total}', values: { page, total } }),
    statusLabel: (status: string) => {
      const labels: Record<PurchaseOrderStatus, string> = {
        draft: i18n._({ id: 'pdf.state.draft', message: 'Draft' }),
        pending_approval: i18n._({ id: 'pdf.state.pending-approval', message: 'Awaiting approval' }),
        approved: i18n._({ id: 'pdf.state.approved', message: 'Approved' }),
        sent: i18n._({ id: 'pdf.state.sent', message: 'Sent' }),
        acknowledged: i18n._({ id: 'pdf.state.acknowledged', message: 'Acknowledged' }),
        partially_received: i18n._({ id: 'pdf.state.partially-received', message: 'Partially received' }),
        received: i18n._({ id: 'pdf.state.received', message: 'Received' }),
        closed: i18n._({ id: 'pdf.state.closed', message: 'Closed' }),
        cancelled: i18n._({ id: 'pdf.state.cancelled', message: 'Cancelled' }),
        on_hold: i18n._({ id: 'pdf.state.on-hold', message: 'On hold' }),
      };
      return labels[status as PurchaseOrderStatus] ?? status;
    },
  };
}

export type PdfTexts = ReturnType<typeof pdfTexts>;
