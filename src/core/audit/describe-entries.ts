import * as approvals from '../approvals';
import * as catalog from '../catalog';
import * as identity from '../identity';
import * as organisation from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import * as requisitions from '../requisitions';
import type { Ctx } from '../shared/context';
import type { RecordName, RecordNamers } from '../shared/record-names';
import * as suppliers from '../suppliers';
import * as webhooks from '../webhooks';

/** Every capability's namers, by the entity type its audit entries carry. */
const NAMERS: RecordNamers = {
  ...purchaseOrders.recordNamers,
  ...requisitions.recordNamers,
  ...suppliers.recordNamers,
  ...identity.recordNamers,
  ...catalog.recordNamers,
  ...organisation.recordNamers,
  ...approvals.recordNamers,
  ...webhooks.recordNamers,
};

/**
 * Fields whose values are ids of other records, and the type of those records. An entry's change
 * of `supplierId` from one id to another reads as one supplier to another.
 */
const REFERENCES: Readonly<Record<string, string>> = {
  supplierId: 'supplier',
  suggestedSupplierId: 'supplier',
  supplierIds: 'supplier',
  userId: 'user',
  userIds: 'user',
  requesterId: 'user',
  buyerId: 'user',
  createdBy: 'user',
  approvedBy: 'user',
  decidedBy: 'user',
  returnedBy: 'user',
  uploadedBy: 'user',
  authorId: 'user',
  delegateUserId: 'user',
  onBehalfOfUserId: 'user',
  fallbackUserId: 'user',
  ownerUserId: 'user',
  headUserId: 'user',
  actorUserId: 'user',
  approverUserIds: 'user',
  mentionedUserIds: 'user',
  departmentId: 'department',
  costCentreId: 'cost_centre',
  costCentreIds: 'cost_centre',
  itemId: 'item',
  itemIds: 'item',
  categoryId: 'item_category',
  categoryIds: 'item_category',
  requisitionId: 'requisition',
  purchaseOrderId: 'purchase_order',
  policyId: 'approval_policy',
};

/** A category's parent is a category; other records have no `parentId` the trail knows. */
const referenceType = (entityType: string, field: string): string | undefined =>
  field === 'parentId' && entityType === 'item_category' ? 'item_category' : REFERENCES[field];

type Entry = {
  entityType: string;
  entityId: string;
  changes: Record<string, { before?: unknown; after?: unknown }>;
};

export type EntryNames = {
  /** The record the entry is about, named; null when it is gone or has no name. */
  subject: RecordName | null;
  /** Names of the records the entry's changes refer to by id. */
  names: Record<string, string>;
};

/** At most this many ids of one type are looked up for one page (a page has at most 200 entries). */
const MAX_IDS_PER_TYPE = 2000;

/**
 * Names what a page of audit entries refers to: the record each entry is about, and the records
 * its changes name by id. One query per record type for the whole page, through each
 * capability's own namer.
 */
export async function describeEntries<E extends Entry>(ctx: Ctx, entries: E[]): Promise<(E & EntryNames)[]> {
  const wanted = new Map<string, Set<string>>();
  const want = (type: string, id: unknown) => {
    if (typeof id !== 'string' || id === '' || !NAMERS[type]) return;
    const set = wanted.get(type) ?? new Set<string>();
    if (set.size < MAX_IDS_PER_TYPE) set.add(id);
    wanted.set(type, set);
  };
  const references = (entry: Entry) =>
    Object.entries(entry.changes).flatMap(([field, change]) => {
      const type = referenceType(entry.entityType, field);
      if (!type || !change) return [];
      return [change.before, change.after]
        .flatMap((v) => (Array.isArray(v) ? v : [v]))
        .filter((v): v is string => typeof v === 'string')
        .map((id) => ({ type, id }));
    });
  const refsOf = entries.map(references);
  entries.forEach((entry, i) => {
    want(entry.entityType, entry.entityId);
    for (const ref of refsOf[i]!) want(ref.type, ref.id);
  });
  const named = new Map<string, Map<string, RecordName>>();
  // One after the other: inside a transaction they share one connection.
  for (const [type, ids] of wanted) named.set(type, await NAMERS[type]!(ctx, [...ids]));

  return entries.map((entry, i) => {
    const names: Record<string, string> = {};
    for (const ref of refsOf[i]!) {
      const name = named.get(ref.type)?.get(ref.id);
      if (name) names[ref.id] = name.label;
    }
    return { ...entry, subject: named.get(entry.entityType)?.get(entry.entityId) ?? null, names };
  });
}
