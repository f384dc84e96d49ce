import { getPurchaseOrder } from '../purchase-orders';
import { getRequisition } from '../requisitions';
import type { Actor } from '../shared/actor';
import { can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import type { Permission } from '../shared/permissions';
import type { AuditFilter } from './repository';

/**
 * Who may read which audit entries. Auditors and administrators (audit:read) read the whole log.
 * Anyone else may read the history of one record they are allowed to read: for master data the
 * record type's read permission decides; for documents with row-level access (a requester sees
 * only their department's), the record is loaded through its own capability, which applies it.
 */
type Rule = Permission | ((ctx: Ctx, actor: Actor, entityId: string) => Promise<unknown>);

const RULES: Readonly<Record<string, Rule>> = {
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
  purchase_order: (ctx, actor, id) => getPurchaseOrder(ctx, { actor, id }),
  requisition: (ctx, actor, id) => getRequisition(ctx, { actor, id }),
};

export async function assertCanReadAudit(ctx: Ctx, actor: Actor, filter: AuditFilter): Promise<void> {
  if (can(actor, 'audit:read')) return;
  if (!filter.entityType || !filter.entityId) {
    throw AppError.forbidden(
      'Only auditors and administrators can read the whole audit log; name one record (entityType and entityId).',
    );
  }
  const rule = RULES[filter.entityType];
  const refuse = () =>
    AppError.forbidden(`You may not read the history of ${filter.entityType!.replace(/_/g, ' ')} records.`);
  if (!rule) throw refuse();
  if (typeof rule === 'string') {
    if (!can(actor, rule)) throw refuse();
    return;
  }
  // Throws 404 (or 403) exactly as reading the record itself would.
  await rule(ctx, actor, filter.entityId);
}
