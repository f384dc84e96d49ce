export { type BulkApproveItem, type BulkApproveResult, bulkApprove } from './bulk-approve';
