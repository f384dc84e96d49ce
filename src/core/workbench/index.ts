export {
  type CreatedOrder,
  createPurchaseOrdersFromLines,
  type WorkbenchOrderInput,
  type WorkbenchOrderLine,
} from './create-purchase-orders';
export { listWorkbenchLines, type WorkbenchLine } from './list-workbench-lines';
