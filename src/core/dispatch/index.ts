export type { Dispatch } from './dispatch';
export { autoSendOnApproval, cancellationNotices, supplierAnswerNotifications } from './dispatch-consumers';
export { importOrderResponse } from './import-order-response';
export { listDispatches, readDispatchFile } from './list-dispatches';
export { orderContactsOf, type SendPurchaseOrderInput, sendPurchaseOrder } from './send-purchase-order';
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
