import './discussed-documents';

export { acceptedQuantitiesAsOf } from './accepted-as-of';

export { createReceipt, type ReceiptInput, type ReceiptLineInput } from './create-receipt';
export {
  type InspectionVerdict,
  type ReceivedDelivery,
  type ReceivingFacts,
  type ReturnedGoods,
  receiversOfOrder,
  receivingFactsOfOrders,
} from './evaluation-facts';
export { type ExpectedDelivery, findExpectedDeliveries } from './expected-deliveries';
export {
  type InvoicableReceiptLine,
  invoicableReceiptLines,
  recordInvoicedQuantities,
} from './invoiced-quantities';
export { getReceipt, listInspectionQueue, listReceipts, type PendingInspection } from './read-receipts';
export { getReturn, listReturns } from './read-returns';
export type { Inspection, Receipt, ReceiptLine } from './receipt';
export { receiptAdvice } from './receipt-advice';
export { type InspectionLineInput, recordInspection } from './record-inspection';
export type { ReceiptFilter, ReturnFilter } from './repository';
export { type ReturnInput, returnToSupplier } from './return-to-supplier';
export { type ReversalInput, reverseReceipt } from './reverse-receipt';
export type { SupplierReturn, SupplierReturnLine } from './supplier-return';
