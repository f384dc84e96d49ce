export { type AgingAmounts, type AgingReport, type AgingRow, apAgingReport } from './ap-aging';
export {
  type ExchangeDifferencesReport,
  exchangeDifferencesReport,
  type InvoiceExchangeRow,
  type PaymentExchangeRow,
} from './exchange-differences';
export { type GrniLine, type GrniOrder, type GrniReport, grniReport, orderGrni } from './grni';
export {
  type DiscountOutcome,
  type DiscountReport,
  type DiscountRow,
  paymentDiscountsReport,
} from './payment-discounts';
export {
  type ApproverWork,
  foldSpendCategoryMonths,
  foldSpendMonthTotals,
  type Home,
  readHome,
} from './read-home';
export { type SpendMonth, type SpendReport, type SupplierSpend, spendBySupplier } from './spend-by-supplier';
export { type SpendSummaryReport, verifySpendSummary } from './verify-spend-summary';
