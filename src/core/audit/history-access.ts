import type { Actor } from '../shared/actor';
import { can } from '../shared/actor';
import { AppError } from '../shared/errors';
import type { Permission } from '../shared/permissions';
import type { AuditFilter } from './repository';

/**
 * Who may read which audit entries. Auditors and administrators (audit:read) read the whole log.
 * Anyone else may read the history of one record they are allowed to read: the record's own read
 * permission decides.
 */
const READ_PERMISSION_OF: Readonly<Record<string, Permission>> = {
  supplier: 'suppliers:read',
  item: 'catalog:read',
  item_category: 'catalog:read',
  unit: 'catalog:read',
  price_list_entry: 'catalog:read',
  department: 'organisation:read',
  cost_centre: 'organisation:read',
  currency: 'organisation:read',
  exchange_rate: 'organisation:read',
  settings: 'organisation:read',
  user: 'users:read',
};

export function assertCanReadAudit(actor: Actor, filter: AuditFilter): void {
  if (can(actor, 'audit:read')) return;
  if (!filter.entityType || !filter.entityId) {
    throw AppError.forbidden(
      'Only auditors and administrators can read the whole audit log; name one record (entityType and entityId).',
    );
  }
  const permission = READ_PERMISSION_OF[filter.entityType];
  if (!permission || !can(actor, permission)) {
    throw AppError.forbidden(
      `You may not read the history of ${filter.entityType.replace(/_/g, ' ')} records.`,
    );
  }
}
