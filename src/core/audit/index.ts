export { listAuditEntries } from './list-audit-entries';
