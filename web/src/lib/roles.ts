import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { type Permission, ROLES, type Role } from '../../../src/core/shared/permissions';

/**
 * Roles and what they grant, from the one table the server also uses. The contracts import this
 * module already; the web app reads the matrix from here rather than copying it. The labels and
 * descriptions are the web app's own, in the user's language: render them with `i18n._(…)`.
 */
export {
  PERMISSIONS,
  type Permission,
  permissionsFor,
  ROLE_PERMISSIONS,
  ROLES,
  type Role,
} from '../../../src/core/shared/permissions';

/** The roles of the organisation's own people: a supplier's users are invited from its page. */
export const INTERNAL_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'supplier');

/** The name of each role (the server's ROLE_LABELS, translated). */
export const ROLE_LABELS: Record<Role, MessageDescriptor> = {
  requester: msg`Requester`,
  buyer: msg`Buyer`,
  approver: msg`Approver (department head)`,
  finance: msg`Finance approver`,
  compliance: msg`Compliance approver`,
  receiver: msg`Receiver`,
  inspector: msg`Quality inspector`,
  accounts_payable: msg`Accounts payable`,
  admin: msg`Administrator`,
  auditor: msg`Auditor`,
  supplier: msg`Supplier (portal)`,
};

/** What each permission lets a user do, in the words the roles page shows. */
export const PERMISSION_DESCRIPTIONS: Record<Permission, MessageDescriptor> = {
  'suppliers:read': msg`See suppliers`,
  'suppliers:write': msg`Create and change suppliers, hold and block them`,
  'catalog:read': msg`See items, categories, units and price lists`,
  'catalog:write': msg`Change items, categories, units and price lists`,
  'organisation:read': msg`See departments, cost centres, currencies, settings and tolerances`,
  'organisation:write': msg`Change departments, cost centres, currencies, settings and tolerances`,
  'users:read': msg`See users`,
  'users:write': msg`Create users, change their roles, reset passwords`,
  'tokens:own': msg`Create and revoke their own API tokens`,
  'tokens:admin': msg`See and revoke everybody’s API tokens`,
  'audit:read': msg`Read the audit trail`,
  'audit:verify': msg`Verify the audit trail’s hash chain`,
  'purchase_orders:read': msg`See purchase orders (requesters: their department’s)`,
  'purchase_orders:write': msg`Create and change purchase orders, send them to suppliers, hold, cancel and close them`,
  'purchase_orders:approve': msg`Approve or reject purchase orders they did not create`,
  'requisitions:read': msg`See requisitions (requesters: their own and their department’s)`,
  'requisitions:write': msg`Raise requisitions and change their drafts`,
  'requisitions:approve': msg`Approve or reject requisitions they did not raise`,
  'workbench:use': msg`Turn approved requisition lines into purchase orders`,
  'approvals:act': msg`See their approval inbox, bulk-approve it and delegate their approvals`,
  'approvals:admin': msg`Define approval policies: steps, conditions and approvers`,
  'notifications:own': msg`See their own notifications and mark them read`,
  'outbox:read': msg`See every e-mail OpenPO sent or will send (the outbox)`,
  'reports:read': msg`See spend reports (committed spend by supplier and month)`,
  'webhooks:admin': msg`Register webhook endpoints, rotate their secrets, read their delivery logs`,
  'documents:discuss': msg`Attach files to and comment on the requisitions and purchase orders they can see, mentioning people`,
  'documents:moderate': msg`Remove files anyone attached to the requisitions and purchase orders they can see`,
  'portal:use': msg`Supplier portal: see their own supplier’s orders they were sent, answer them per line and send ship notices`,
  'receiving:read': msg`See goods receipts, inspections and returns of the orders they can see`,
  'receiving:write': msg`Record goods receipts against sent orders and reverse them`,
  'receiving:inspect': msg`Record quality inspection results: accept or reject received goods with a reason`,
  'receiving:confirm': msg`Confirm services as received, by amount or percentage of completion, on the orders they can see`,
  'receiving:return': msg`Return rejected goods to their supplier (RTV), asking for a replacement by a date or a credit`,
  'invoices:read': msg`See supplier invoices and credit notes, their match and payment`,
  'invoices:write': msg`Enter and import supplier invoices and credit notes, hold, reject or cancel them, ask suppliers for credit notes`,
  'invoices:approve': msg`Approve matched invoices for payment`,
  'invoices:resolve': msg`Accept an invoice’s variances beyond tolerance (never on an order they bought or requested) and clear possible duplicates`,
  'payments:read': msg`See payment runs and payments`,
  'payments:write': msg`Propose payment runs, remove invoices from them or pay them in part, cancel drafts`,
  'payments:approve': msg`Confirm payment runs, fetch their bank files (full account numbers), mark them paid and cancel confirmed runs`,
  'scorecards:read': msg`See suppliers’ scorecards, their trends and the orders behind every figure`,
  'scorecards:admin': msg`Set how scorecards are computed: grace days, weights, grade bands, warnings`,
};
