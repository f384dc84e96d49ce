import './approvable';
import { registerActualSource, registerCommitmentSource } from '../organisation';

import { invoicedSpendOfCostCentre, openCommitmentOfCostCentre } from './committed-spend';

// Budgets count what orders commit and what their approved invoices spent by asking this capability
// (organisation cannot read its tables).
registerCommitmentSource('purchase_order', openCommitmentOfCostCentre);
registerActualSource('purchase_order', invoicedSpendOfCostCentre);

export { canSee as canSeePurchaseOrder, visibilityOf as visibilityOfPurchaseOrders } from './access';
export { acknowledgePurchaseOrder } from './acknowledge-purchase-order';
export { approvePurchaseOrder } from './approve-purchase-order';
export { cancelPurchaseOrder } from './cancel-purchase-order';
export { closePurchaseOrder } from './close-purchase-order';
export {
  type CommittedSpendCell,
  committedSpendByCategoryMonth,
  committedSpendBySupplierMonth,
  committedSpendOfCostCentre,
  invoicedSpendByOrder,
  invoicedSpendOfCostCentre,
  openCommitmentOfCostCentre,
  recordInvoicedSpend,
} from './committed-spend';
export {
  createOrdersFromRequisitionLines,
  type OrderFromRequisitionLines,
  type OrdersFromRequisitionLinesInput,
  type PickedRequisitionLine,
} from './create-orders-from-requisition-lines';
export { type CreatePurchaseOrderInput, createPurchaseOrder } from './create-purchase-order';
export {
  buyersOfSupplier,
  type EvaluatedOrder,
  type EvaluatedOrderLine,
  ordersForEvaluation,
  requisitionLinesOfOrder,
  sentOrderIdsAfter,
  sentOrdersBetween,
} from './evaluation-facts';
export { holdPurchaseOrder } from './hold-purchase-order';
export { type OrderLinePrices, orderLinePrices, visibleOrderLinePrices } from './line-prices';
export { listRequisitionLinesToOrder, type RequisitionLineToOrder } from './list-requisition-lines-to-order';
export type {
  PurchaseOrder,
  PurchaseOrderLine,
  PurchaseOrderSummary,
  SnapshotLine,
  Warning,
} from './purchase-order';
export {
  getPurchaseOrderDocument,
  paymentTermsText,
  purchaseOrderDocumentOf,
} from './purchase-order-document';
export { readPurchaseOrderApprovalRoute } from './read-approval-route';
export {
  foldPurchaseOrderStateCounts,
  type PurchasingWork,
  readOrdersByState,
  readPurchasingWork,
} from './read-order-counts';
export {
  assertPurchaseOrderVisible,
  findVisiblePurchaseOrderId,
  getPurchaseOrder,
  listPurchaseOrders,
  listSupplierOrders,
  type PurchaseOrderFilter,
  type SupplierOrderSummary,
} from './read-purchase-orders';
export {
  getRevision,
  listRevisions,
  type PurchaseOrderRevision,
  type PurchaseOrderRevisionDetail,
} from './read-revisions';
export {
  findPurchaseOrderIdByNumber,
  getInvoicingView,
  type InvoicingView,
  lockInvoicingView,
  type OrderExchangeRate,
  orderApprovalFacts,
  orderExchangeRates,
  purchaseOrderAuthorIds,
  recordInvoicing,
} from './record-invoicing';
export { recordNamers } from './record-names';
export {
  getReceivingView,
  lockReceivingState,
  type ReceivingDelta,
  type ReceivingState,
  type ReceivingView,
  recordReceiving,
} from './record-receiving';
export { recordShipment } from './record-shipment';
export { rejectPurchaseOrder } from './reject-purchase-order';
export { releasePurchaseOrder } from './release-purchase-order';
export { requestPurchaseOrderChanges } from './request-changes-purchase-order';
export { resolveApproval } from './resolve-approval';
export type {
  LineProgress,
  OrderDiff,
  OrderProgress,
} from './rules';
export {
  assertAllowed as assertPurchaseOrderTransition,
  releaseFromSources,
  remainingToShortClose,
} from './rules';
export { markPurchaseOrderSent } from './send-purchase-order';
export { type ChangeToSend, changesToSend, sentSnapshot } from './sent-revision';
export { shortClosePurchaseOrder } from './short-close-purchase-order';
export { submitPurchaseOrder } from './submit-purchase-order';
export { type UpdatePurchaseOrderInput, updatePurchaseOrder } from './update-purchase-order';
export type { LineInput, OrderAddress, SourceInput } from './validate-purchase-order';
