import { type UblInvoice, ublInvoice } from '../helpers/ubl-invoice';

/**
 * Suppliers' PEPPOL BIS Billing 3 invoices and credit notes for an order of 100 (line 1, at 2.50)
 * and 4 (line 2, at 30.00): the import tests bring them in, and `npm run validate:peppol` checks the
 * very same documents against the PEPPOL and EN 16931 rules, so the importer is tested on documents
 * that pass them.
 */
export type SampleOrder = { number: string; currency: string };

/**
 * The whole order billed with a base quantity and allowances and charges on the lines: line 1 as
 * 100 at 25.00 per 10 less a 5.00 allowance (245.00), line 2 as 4 at 30.00 plus a 2.00 charge
 * (122.00); 19 % on both.
 */
export function wholeOrderInvoice(order: SampleOrder, id: string): UblInvoice {
  return {
    id,
    issueDate: '2026-03-01',
    currency: order.currency,
    orderNumber: order.number,
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
    lines: [
      {
        orderLineId: '1',
        quantity: '100',
        price: '25.00',
        baseQuantity: '10',
        lineExtensionAmount: '245.00',
        allowances: [{ amount: '5.00', reason: 'Discount' }],
        taxRate: '19',
      },
      {
        orderLineId: '2',
        quantity: '4',
        price: '30.00',
        lineExtensionAmount: '122.00',
        charges: [{ amount: '2.00', reason: 'Packing' }],
        taxRate: '19',
      },
    ],
    taxSubtotals: [{ taxableAmount: '367.00', taxAmount: '69.73', taxCategory: 'S', taxRate: '19' }],
    taxAmount: '69.73',
    totals: {
      lineExtensionAmount: '367.00',
      taxExclusiveAmount: '367.00',
      taxInclusiveAmount: '436.73',
      payableAmount: '436.73',
    },
  };
}

/**
 * Two tax categories, a negative line and a header charge: line 1 as 100 at 2.50 (250.00 at 19 %),
 * line 2 as 4 at 30.00 exempt (120.00, E), a line giving back 1 of line 2 (−30.00, E), freight
 * 10.00 at 19 %.
 */
export function categoriesInvoice(order: SampleOrder, id: string): UblInvoice {
  return {
    id,
    issueDate: '2026-03-01',
    currency: order.currency,
    orderNumber: order.number,
    lines: [
      { orderLineId: '1', quantity: '100', price: '2.50', lineExtensionAmount: '250.00', taxRate: '19' },
      {
        orderLineId: '2',
        quantity: '4',
        price: '30.00',
        lineExtensionAmount: '120.00',
        taxCategory: 'E',
        taxRate: '0',
      },
      {
        orderLineId: '2',
        quantity: '-1',
        price: '30.00',
        lineExtensionAmount: '-30.00',
        taxCategory: 'E',
        taxRate: '0',
      },
    ],
    headerCharges: [{ amount: '10.00', reason: 'Freight', taxCategory: 'S', taxRate: '19' }],
    taxSubtotals: [
      { taxableAmount: '260.00', taxAmount: '49.40', taxCategory: 'S', taxRate: '19' },
      {
        taxableAmount: '90.00',
        taxAmount: '0.00',
        taxCategory: 'E',
        taxRate: '0',
        exemptionReason: 'Exempt',
      },
    ],
    taxAmount: '49.40',
    totals: {
      lineExtensionAmount: '340.00',
      taxExclusiveAmount: '350.00',
      taxInclusiveAmount: '399.40',
      chargeTotalAmount: '10.00',
      payableAmount: '399.40',
    },
  };
}

/** Line 1 billed in full (100 at 2.50, 19 %): 297.50. */
export function lineOneInvoice(order: SampleOrder, id: string): UblInvoice {
  return {
    id,
    issueDate: '2026-03-01',
    currency: order.currency,
    orderNumber: order.number,
    lines: [
      { orderLineId: '1', quantity: '100', price: '2.50', lineExtensionAmount: '250.00', taxRate: '19' },
    ],
    taxSubtotals: [{ taxableAmount: '250.00', taxAmount: '47.50', taxCategory: 'S', taxRate: '19' }],
    taxAmount: '47.50',
    totals: {
      lineExtensionAmount: '250.00',
      taxExclusiveAmount: '250.00',
      taxInclusiveAmount: '297.50',
      payableAmount: '297.50',
    },
  };
}

/** A credit note for 10 of line 1 (25.00 + 19 %) naming the invoice it credits. */
export function lineOneCreditNote(order: SampleOrder, id: string, credits: string): UblInvoice {
  return {
    ...lineOneInvoice(order, id),
    kind: 'credit_note',
    creditedInvoice: credits,
    lines: [{ orderLineId: '1', quantity: '10', price: '2.50', lineExtensionAmount: '25.00', taxRate: '19' }],
    taxSubtotals: [{ taxableAmount: '25.00', taxAmount: '4.75', taxCategory: 'S', taxRate: '19' }],
    taxAmount: '4.75',
    totals: {
      lineExtensionAmount: '25.00',
      taxExclusiveAmount: '25.00',
      taxInclusiveAmount: '29.75',
      payableAmount: '29.75',
    },
  };
}

/** The samples as `validate:peppol` checks them: name → kind and XML. */
export function peppolSampleInvoices(): Record<string, { kind: 'invoice' | 'credit-note'; xml: string }> {
  const order = { number: 'PO-2026-00042', currency: 'EUR' };
  return {
    'invoice-whole-order': { kind: 'invoice', xml: ublInvoice(wholeOrderInvoice(order, 'SI-2026-0001')) },
    'invoice-categories': { kind: 'invoice', xml: ublInvoice(categoriesInvoice(order, 'SI-2026-0002')) },
    'invoice-line-one': { kind: 'invoice', xml: ublInvoice(lineOneInvoice(order, 'SI-2026-0003')) },
    'credit-note-line-one': {
      kind: 'credit-note',
      xml: ublInvoice(lineOneCreditNote(order, 'CN-2026-0001', 'SI-2026-0003')),
    },
  };
}
