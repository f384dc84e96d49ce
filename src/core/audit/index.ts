export { type CheckpointContent, type PublishedCheckpoint, parsePublishedLine } from './checkpoint';
export { generateAuditKeyLine, parseAuditKeys } from './keys';
export { listAuditEntries } from './list-audit-entries';
export { type PublishOutcome, publishAuditCheckpoints } from './publish-audit-checkpoints';
export { requireAuditSeal, type SealOutcome, sealAuditLog } from './seal-audit-log';
export {
  type AuditProblem,
  type AuditReport,
  SEAL_DEADLINE_MS,
  verifyAuditTrail,
} from './verify-audit-trail';
