import './approvable';

export { canSeeRequisition } from './access';
export { decideRequisitionApproval } from './approval-authority';
export { approveRequisition } from './approve-requisition';
export { cancelRequisition } from './cancel-requisition';
export { closeRequisition } from './close-requisition';
export { type CreateRequisitionInput, createRequisition } from './create-requisition';
export { previewRequisitionApprovalRoute } from './preview-approval-route';
export { readRequisitionApprovalRoute } from './read-approval-route';
export {
  findLinesToOrder,
  type LineToOrderFilter,
  type LineToOrderRow,
  lineToOrderSortKey,
  listLinesToOrder,
} from './read-lines-to-order';
export {
  countRequisitionLinesToOrder,
  type RequesterWork,
  readRequesterWork,
} from './read-requisition-counts';
export { getRequisition, listRequisitions, type RequisitionListFilter } from './read-requisitions';
export { recordNamers } from './record-names';
export { type OrderedQuantityChange, recordOrderedQuantities } from './record-ordered-quantities';
export { rejectRequisition } from './reject-requisition';
export { requestRequisitionChanges } from './request-requisition-changes';
export { requestersOfRequisitionLines } from './requesters-of-lines';
export type { Requisition, RequisitionLine, RequisitionSummary } from './requisition';
export {
  lineOrderStatus,
  maxOrderable,
  orderChangeProblem,
  type RequisitionStatus,
  remainingQuantity,
} from './rules';
export { submitRequisition } from './submit-requisition';
export { type UpdateRequisitionInput, updateRequisition } from './update-requisition';
export type { RequisitionLineInput } from './validate-requisition';
