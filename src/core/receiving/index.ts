export { createReceipt, type ReceiptInput, type ReceiptLineInput } from './create-receipt';
export { type ExpectedDelivery, findExpectedDeliveries } from './expected-deliveries';
export { getReceipt, listInspectionQueue, listReceipts, type PendingInspection } from './read-receipts';
export type { Inspection, Receipt, ReceiptLine } from './receipt';
export { receiptAdvice } from './receipt-advice';
export { type InspectionLineInput, recordInspection } from './record-inspection';
export type { ReceiptFilter } from './repository';
export { type ReversalInput, reverseReceipt } from './reverse-receipt';
