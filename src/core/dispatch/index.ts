export {
  type DispatchContent,
  type DispatchRenderer,
  type PreparationRun,
  prepareDispatches,
} from './compose';
export type { Dispatch } from './dispatch';
export {
  autoSendOnApproval,
  cancellationNotices,
  closureNotices,
  DISPATCHES_QUEUED,
  dispatchPreparation,
  shipNoticeNotifications,
  supplierAnswerNotifications,
} from './dispatch-consumers';
export { type AnswerFacts, answerFactsOfOrders } from './evaluation-facts';
export { importDespatchAdvice } from './import-despatch-advice';
export { importOrderResponse } from './import-order-response';
export { listDispatches, readDispatchFile } from './list-dispatches';
export { orderContactsOf, type SendPurchaseOrderInput, sendPurchaseOrder } from './send-purchase-order';
export {
  createShipNotice,
  findShipNotice,
  listShipNotices,
  type ShipNotice,
  type ShipNoticeInput,
  shipNoticesForReceiving,
  shippableQuantity,
} from './ship-notices';
export {
  acceptSupplierProposal,
  checkAnswer,
  declineSupplierProposal,
  latestAnswerStates,
  listSupplierResponses,
  type ResponseLineInput,
  type SupplierResponse,
  type SupplierResponseInput,
  submitSupplierResponse,
  supplierResponseUbl,
} from './supplier-response';
export { assertSupplierUserMayAct, supplierUserBlock } from './supplier-standing';
export { tellSupplier } from './tell-supplier';
export {
  countTrackingLines,
  deliveryTrackingConsumer,
  listTrackingLines,
  type TrackingFilter,
  type TrackingLine,
} from './tracking';
export { runTrackingReminders, type TrackingReminderRun } from './tracking-reminders';
