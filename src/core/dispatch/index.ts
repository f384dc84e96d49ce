export type { Dispatch } from './dispatch';
export { autoSendOnApproval, cancellationNotices } from './dispatch-consumers';
export { listDispatches, readDispatchFile } from './list-dispatches';
export { orderContactsOf, type SendPurchaseOrderInput, sendPurchaseOrder } from './send-purchase-order';
