import type { AuditEntry } from '@contracts/audit';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import type { FieldLabel } from '@/components/audit-timeline';
import {
  formatItemHistoryValue,
  formatUnitHistoryValue,
  ITEM_FIELD_LABELS,
  UNIT_FIELD_LABELS,
} from '@/features/catalog/catalog-history-format';
import { ORDER_FIELD_LABELS } from '@/features/purchase-orders/components/revision-list';
import {
  formatOrderHistoryValue,
  ORDER_HISTORY_EXTRA_LABELS,
} from '@/features/purchase-orders/purchase-order-history-format';
import {
  formatRequisitionHistoryValue,
  REQUISITION_FIELD_LABELS,
} from '@/features/requisitions/requisition-history-format';
import {
  formatSupplierHistoryValue,
  SUPPLIER_FIELD_LABELS,
} from '@/features/suppliers/supplier-history-format';
import { formatMoney } from '@/lib/format';
import { ROLE_LABELS, type Role } from '@/lib/roles';

/** The record types of the audit trail, as a person calls one of them and several. */
export const RECORD_TYPES: { value: string; one: MessageDescriptor; many: MessageDescriptor }[] = [
  { value: 'purchase_order', one: msg`Purchase order`, many: msg`Purchase orders` },
  { value: 'requisition', one: msg`Requisition`, many: msg`Requisitions` },
  { value: 'supplier', one: msg`Supplier`, many: msg`Suppliers` },
  { value: 'item', one: msg`Item`, many: msg`Items` },
  { value: 'item_category', one: msg`Category`, many: msg`Categories` },
  { value: 'unit', one: msg`Unit`, many: msg`Units` },
  { value: 'price_list_entry', one: msg`Price list entry`, many: msg`Price list entries` },
  { value: 'department', one: msg`Department`, many: msg`Departments` },
  { value: 'cost_centre', one: msg`Cost centre`, many: msg`Cost centres` },
  { value: 'budget', one: msg`Budget`, many: msg`Budgets` },
  { value: 'currency', one: msg`Currency`, many: msg`Currencies` },
  { value: 'exchange_rate', one: msg`Exchange rate`, many: msg`Exchange rates` },
  { value: 'settings', one: msg`Organisation settings`, many: msg`Organisation settings` },
  { value: 'user', one: msg`User`, many: msg`Users` },
  { value: 'api_token', one: msg`API token`, many: msg`API tokens` },
  { value: 'approval_policy', one: msg`Approval policy`, many: msg`Approval policies` },
  { value: 'approval_delegation', one: msg`Delegation`, many: msg`Delegations` },
  { value: 'webhook_endpoint', one: msg`Webhook`, many: msg`Webhooks` },
];

/** "Purchase order", or the type's own words for one this page does not know yet. */
export function recordTypeLabel(i18n: I18n, entityType: string): string {
  const known = RECORD_TYPES.find((r) => r.value === entityType);
  if (known) return i18n._(known.one);
  const words = entityType.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where a record of this type is shown, if it has a page. */
export function recordLink(entityType: string, entityId: string): string | null {
  const id = encodeURIComponent(entityId);
  switch (entityType) {
    case 'purchase_order':
      return `/purchase-orders/${id}`;
    case 'requisition':
      return `/requisitions/${id}`;
    case 'supplier':
      return `/suppliers/${id}`;
    case 'item':
      return `/catalog/items/${id}`;
    case 'department':
      return `/organisation/departments/${id}`;
    case 'user':
      return `/admin/users/${id}`;
    case 'approval_policy':
      return `/admin/approval-policies/${id}`;
    case 'webhook_endpoint':
      return `/admin/webhooks/${id}`;
    case 'settings':
      return '/organisation/settings';
    default:
      return null;
  }
}

/** The record an entry is about, named: "PO-2026-00042", or the start of its id when it is gone. */
export function recordName(entry: AuditEntry): string {
  if (entry.subject) return entry.subject.label;
  return entry.entityType === 'settings' ? '' : `${entry.entityId.slice(0, 8)}…`;
}

const withLabels = (...maps: Record<string, MessageDescriptor>[]): Record<string, FieldLabel> =>
  Object.assign({}, ...maps);

const FIELD_LABELS: Record<string, Record<string, FieldLabel>> = {
  purchase_order: withLabels(ORDER_FIELD_LABELS, ORDER_HISTORY_EXTRA_LABELS),
  requisition: withLabels(REQUISITION_FIELD_LABELS),
  supplier: withLabels(SUPPLIER_FIELD_LABELS),
  item: withLabels(ITEM_FIELD_LABELS),
  unit: withLabels(UNIT_FIELD_LABELS),
};

/** The labels of an entry's fields, as its record's own page gives them. */
export function entryFieldLabels(entry: AuditEntry): Record<string, FieldLabel> | undefined {
  return FIELD_LABELS[entry.entityType];
}

/** Amounts of money in the records the trail holds: shown in the record's currency. */
const MONEY_FIELDS = new Set(['amount', 'unitPrice', 'subtotal', 'taxTotal', 'total', 'reapproveRiseAmount']);

/**
 * How a field's value reads on the audit trail: as the record's own history shows it (statuses in
 * words, addresses on one line), records named rather than given by id, money in its currency.
 * undefined leaves the timeline's default.
 */
export function formatEntryValue(
  i18n: I18n,
  entry: AuditEntry,
  field: string,
  value: unknown,
  baseCurrency: string | undefined,
): ReactNode {
  if (value === null || value === undefined) return undefined;
  const name = (id: string) => entry.names[id];
  const nameOrId = (id: string) => name(id) ?? `${id.slice(0, 8)}…`;
  const currency = entry.subject?.currency ?? baseCurrency;
  const own = (() => {
    switch (entry.entityType) {
      case 'purchase_order':
        return formatOrderHistoryValue(i18n, field, value, {
          currency: currency ?? '',
          baseCurrency: baseCurrency ?? '',
          renderSupplier: nameOrId,
          renderItem: nameOrId,
          department: name,
          costCentre: name,
          user: nameOrId,
        });
      case 'requisition':
        return formatRequisitionHistoryValue(i18n, field, value, {
          department: name,
          costCentre: name,
          user: name,
          baseCurrency: baseCurrency ?? '',
        });
      case 'supplier':
        return formatSupplierHistoryValue(i18n, field, value, nameOrId);
      case 'item':
        return formatItemHistoryValue(field, value, nameOrId);
      case 'unit':
        return formatUnitHistoryValue(field, value);
      default:
        return undefined;
    }
  })();
  if (own !== undefined && own !== null) return own;
  if (typeof value === 'string') {
    if (name(value)) return name(value);
    if (MONEY_FIELDS.has(field) && currency && /^-?\d+(\.\d+)?$/.test(value))
      return formatMoney(value, currency);
    return undefined;
  }
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
    const strings = value as string[];
    if (field === 'roles')
      return strings.map((r) => (r in ROLE_LABELS ? i18n._(ROLE_LABELS[r as Role]) : r)).join(', ');
    if (strings.every((v) => name(v))) return strings.map((v) => name(v)).join(', ');
  }
  return undefined;
}
