import './approvable';
import './discussed-documents';

export { actualSpendByOrder } from './actual-spend';
export {
  type AllowanceChargeInput,
  createInvoice,
  type InvoiceInput,
  type InvoiceLineInput,
  type Locate,
} from './create-invoice';
export { type BilledLine, invoiceFactsOfOrders, type JudgedInvoice } from './evaluation-facts';
export { type CsvImportResult, importCsvInvoices } from './import-csv-invoices';
export { importUblInvoice } from './import-ubl-invoice';
export type { Invoice, InvoiceLine, MatchEntry } from './invoice';
export { getInvoiceableLines, type InvoiceableLine, type InvoiceableOrder } from './invoiceable-lines';
export { invoicedQuantitiesAsOf } from './invoiced-as-of';
export {
  findPayableInvoices,
  listPayableInvoices,
  openAmountOf,
  type PayableInvoice,
  type PaymentPart,
  scheduleInvoicePayments,
  settleInvoicePayments,
  unscheduleInvoicePayments,
} from './pay-invoices';
export { type AgingCell, payablesAging } from './read-aging';
export { type DiscountInvoice, invoicesWithDiscountBetween } from './read-discounts';
export { type ForeignInvoice, foreignInvoicesIssuedBetween } from './read-foreign-invoices';
export { getInvoice, listInvoices } from './read-invoices';
export { rematchAfterReceipts } from './rematch-after-receipts';
export type { InvoiceFilter } from './repository';
export {
  assertSupplierInvoiceNumberFree,
  createSupplierInvoice,
  getSupplierInvoice,
  listSupplierInvoices,
} from './supplier-invoices';
export {
  acceptInvoiceVariances,
  approveInvoice,
  cancelInvoice,
  holdInvoice,
  type InvoiceTransitionInput,
  rejectInvoice,
  releaseInvoice,
  rematchInvoice,
  requestCreditNote,
  submitInvoice,
} from './transition-invoice';
export { type UpdateInvoiceInput, updateInvoice } from './update-invoice';
export {
  approveInvoiceVariance,
  readInvoiceApprovalRoute,
  rejectInvoiceVariance,
} from './variance-approval';
