/**
 * The columns of the import-shaped files (CSV or Excel), in the order the export writes them:
 * declared once here, read by the import and the export on the server and by the web app's import
 * dialog, so the columns a user is told about are the ones the server takes.
 */
export type ImportColumns = { required: string[]; optional: string[] };

export const SUPPLIER_IMPORT_COLUMNS: ImportColumns = {
  required: ['code', 'legalName', 'defaultCurrency'],
  optional: [
    'taxId',
    'paymentTermsNetDays',
    'earlyPaymentDiscountPercent',
    'earlyPaymentDiscountDays',
    'paymentTermsBasis',
    'categories',
    'addressLine1',
    'addressLine2',
    'city',
    'region',
    'postalCode',
    'country',
    'contactName',
    'contactRole',
    'contactEmail',
    'contactPhone',
    'notes',
    'language',
  ],
};

export const ITEM_IMPORT_COLUMNS: ImportColumns = {
  required: ['sku', 'name', 'categoryCode', 'unitCode'],
  optional: [
    'description',
    'defaultTaxRate',
    'defaultTaxCategory',
    'inspectionRequired',
    'service',
    'active',
  ],
};

export const PRICE_LIST_IMPORT_COLUMNS: ImportColumns = {
  required: ['supplierCode', 'sku', 'currency', 'unitPrice', 'validFrom'],
  optional: ['minQuantity', 'validTo', 'leadTimeDays', 'supplierPartNumber'],
};

/**
 * Supplier invoices from a spreadsheet: one row per invoice line; the rows with the same order and
 * supplier's invoice number are one invoice, whose header cells (dates, totals, note) the first row
 * that fills them gives (docs/accounts-payable.md#csv-invoices).
 */
export const INVOICE_IMPORT_COLUMNS: ImportColumns = {
  required: ['supplierInvoiceNumber', 'orderNumber', 'issueDate', 'quantity', 'unitPrice'],
  optional: [
    'kind',
    'orderLineNo',
    'description',
    'unitCode',
    'taxCategory',
    'taxRate',
    'lineNetAmount',
    'taxPointDate',
    'receivedOn',
    'currency',
    'totalTaxAmount',
    'totalPayableAmount',
    'note',
  ],
};
