export { importPaymentStatusReport, type StatusReportResult } from './import-status-report';
export { bankTransferCsv, creditTransferFile } from './payment-files';
export type {
  Payment,
  PaymentListItem,
  PaymentRun,
  PaymentRunLine,
  PaymentRunSummary,
  PaymentRunSupplier,
} from './payment-run';
export { type ProposePaymentRunInput, proposePaymentRun } from './propose-payment-run';
export { type ForeignPayment, foreignPaymentsBetween } from './read-foreign-payments';
export {
  getPaymentRun,
  type InvoicePayment,
  listInvoicePayments,
  listPaymentRuns,
  listPayments,
  listSupplierPayments,
  type SupplierPayment,
} from './read-payment-runs';
export { rejectedPaymentNotices } from './rejected-payment-notices';
export { sendRemittanceAdvices } from './remittance-advice';
export type { PaymentFilter, PaymentRunFilter } from './repository';
export { type PaymentRunLineRevision, revisePaymentRun } from './revise-payment-run';
export {
  cancelPaymentRun,
  confirmPaymentRun,
  markPaymentRunPaid,
  type PaymentRunTransitionInput,
} from './transition-payment-run';
