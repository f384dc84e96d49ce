/**
 * Roles → permissions: the one table in code. Every route declares the permission it needs;
 * anything not granted here is denied. Row access (which supplier, which department) is checked
 * in the core on top of this.
 */
export const ROLES = [
  'requester',
  'buyer',
  'approver',
  'finance',
  'compliance',
  'receiver',
  'inspector',
  'accounts_payable',
  'admin',
  'auditor',
  'supplier',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'suppliers:read',
  'suppliers:write',
  'catalog:read',
  'catalog:write',
  'organisation:read',
  'organisation:write',
  'users:read',
  'users:write',
  'tokens:own',
  'tokens:admin',
  'audit:read',
  'audit:verify',
  'purchase_orders:read',
  'purchase_orders:write',
  'purchase_orders:approve',
  'requisitions:read',
  'requisitions:write',
  'requisitions:approve',
  'workbench:use',
  'approvals:act',
  'approvals:admin',
  'notifications:own',
  'outbox:read',
  'reports:read',
  'webhooks:admin',
  'documents:discuss',
  'documents:moderate',
  'portal:use',
  'receiving:read',
  'receiving:write',
  'receiving:inspect',
  'receiving:return',
  'receiving:confirm',
  'invoices:read',
  'invoices:write',
  'invoices:approve',
  'invoices:resolve',
  'payments:read',
  'payments:write',
  'payments:approve',
  'scorecards:read',
  'scorecards:admin',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each permission lets a user do, in the words the roles page shows. */
export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  'suppliers:read': 'See suppliers',
  'suppliers:write': 'Create and change suppliers, hold and block them',
  'catalog:read': 'See items, categories, units and price lists',
  'catalog:write': 'Change items, categories, units and price lists',
  'organisation:read': 'See departments, cost centres, currencies, settings and tolerances',
  'organisation:write': 'Change departments, cost centres, currencies, settings and tolerances',
  'users:read': 'See users',
  'users:write': 'Create users, change their roles, reset passwords',
  'tokens:own': 'Create and revoke their own API tokens',
  'tokens:admin': 'See and revoke everybody’s API tokens',
  'audit:read': 'Read the audit trail',
  'audit:verify': 'Verify the audit trail’s hash chain',
  'purchase_orders:read': 'See purchase orders (requesters: their department’s)',
  'purchase_orders:write':
    'Create and change purchase orders, send them to suppliers, hold, cancel and close them',
  'purchase_orders:approve': 'Approve or reject purchase orders they did not create',
  'requisitions:read': 'See requisitions (requesters: their own and their department’s)',
  'requisitions:write': 'Raise requisitions and change their drafts',
  'requisitions:approve': 'Approve or reject requisitions they did not raise',
  'workbench:use': 'Turn approved requisition lines into purchase orders',
  'approvals:act': 'See their approval inbox, bulk-approve it and delegate their approvals',
  'approvals:admin': 'Define approval policies: steps, conditions and approvers',
  'notifications:own': 'See their own notifications and mark them read',
  'outbox:read': 'See every e-mail OpenPO sent or will send (the outbox)',
  'reports:read': 'See spend reports (committed spend by supplier and month)',
  'webhooks:admin': 'Register webhook endpoints, rotate their secrets, read their delivery logs',
  'documents:discuss':
    'Attach files to and comment on the requisitions and purchase orders they can see, mentioning people',
  'documents:moderate': 'Remove files anyone attached to the requisitions and purchase orders they can see',
  'portal:use':
    'Supplier portal: see their own supplier’s orders they were sent, answer them per line and send ship notices',
  'receiving:read': 'See goods receipts, inspections and returns of the orders they can see',
  'receiving:write': 'Record goods receipts against sent orders and reverse them',
  'receiving:inspect': 'Record quality inspection results: accept or reject received goods with a reason',
  'receiving:confirm':
    'Confirm services as received, by amount or percentage of completion, on the orders they can see',
  'receiving:return':
    'Return rejected goods to their supplier (RTV), asking for a replacement by a date or a credit',
  'invoices:read': 'See supplier invoices and credit notes, their match and payment',
  'invoices:write':
    'Enter and import supplier invoices and credit notes, hold, reject or cancel them, ask suppliers for credit notes',
  'invoices:approve': 'Approve matched invoices for payment',
  'invoices:resolve':
    'Accept an invoice’s variances beyond tolerance (never on an order they bought or requested) and clear possible duplicates',
  'payments:read': 'See payment runs and payments',
  'payments:write': 'Propose payment runs, remove invoices from them or pay them in part, cancel drafts',
  'payments:approve':
    'Confirm payment runs, fetch their bank files (full account numbers), mark them paid and cancel confirmed runs',
  'scorecards:read': 'See suppliers’ scorecards, their trends and the orders behind every figure',
  'scorecards:admin': 'Set how scorecards are computed: grace days, weights, grade bands, warnings',
};

/** Scorecards steer the choice of supplier wherever one is chosen: whoever sees suppliers sees them. */
const MASTER_DATA_READ: Permission[] = [
  'suppliers:read',
  'catalog:read',
  'organisation:read',
  'scorecards:read',
];
/** Every role reads requisitions; which ones (own and department's, or all) the core decides. */
const REQ_READ: Permission = 'requisitions:read';
/** Who takes part in documents' discussions: everyone who works on them; the auditor only reads. */
const DISCUSS: Permission = 'documents:discuss';
/** Whoever sees orders sees what was received against them. */
const RECEIVING_READ: Permission = 'receiving:read';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  requester: [
    ...MASTER_DATA_READ,
    'purchase_orders:read',
    RECEIVING_READ,
    'receiving:confirm',
    REQ_READ,
    'requisitions:write',
    DISCUSS,
  ],
  buyer: [
    ...MASTER_DATA_READ,
    'suppliers:write',
    'catalog:write',
    'purchase_orders:read',
    RECEIVING_READ,
    'purchase_orders:write',
    REQ_READ,
    'requisitions:write',
    'workbench:use',
    'reports:read',
    'receiving:return',
    'receiving:confirm',
    'invoices:read',
    DISCUSS,
  ],
  approver: [
    ...MASTER_DATA_READ,
    'purchase_orders:read',
    RECEIVING_READ,
    'purchase_orders:approve',
    REQ_READ,
    'requisitions:write',
    'requisitions:approve',
    'approvals:act',
    DISCUSS,
  ],
  finance: [
    ...MASTER_DATA_READ,
    'purchase_orders:read',
    RECEIVING_READ,
    'invoices:read',
    'invoices:approve',
    'invoices:resolve',
    'payments:read',
    'payments:approve',
    'purchase_orders:approve',
    REQ_READ,
    'requisitions:approve',
    'approvals:act',
    'reports:read',
    DISCUSS,
  ],
  compliance: [
    ...MASTER_DATA_READ,
    'purchase_orders:read',
    RECEIVING_READ,
    'purchase_orders:approve',
    REQ_READ,
    'requisitions:approve',
    'approvals:act',
    'reports:read',
    DISCUSS,
  ],
  receiver: [
    ...MASTER_DATA_READ,
    'purchase_orders:read',
    RECEIVING_READ,
    'receiving:write',
    'receiving:return',
    REQ_READ,
    DISCUSS,
  ],
  /**
   * Quality inspection is its own role, not the receiver's: it is often a separate function (quality
   * assurance), and keeping the two apart lets an organisation stop the person who signed for goods
   * from also passing them. One person may hold both roles where the dock also inspects.
   */
  inspector: [
    ...MASTER_DATA_READ,
    'purchase_orders:read',
    RECEIVING_READ,
    'receiving:inspect',
    'receiving:return',
    REQ_READ,
    DISCUSS,
  ],
  accounts_payable: [
    ...MASTER_DATA_READ,
    'purchase_orders:read',
    RECEIVING_READ,
    'invoices:read',
    'invoices:write',
    'invoices:approve',
    'invoices:resolve',
    'payments:read',
    'payments:write',
    'payments:approve',
    REQ_READ,
    'reports:read',
    DISCUSS,
  ],
  // Everything inside the organisation; the portal is for a supplier's own users.
  admin: PERMISSIONS.filter((p) => p !== 'portal:use'),
  auditor: [
    ...MASTER_DATA_READ,
    'users:read',
    'audit:read',
    'audit:verify',
    'purchase_orders:read',
    RECEIVING_READ,
    'invoices:read',
    'payments:read',
    REQ_READ,
    'outbox:read',
    'reports:read',
  ],
  /** A supplier's user, bound to its supplier: the portal and nothing of the organisation. */
  supplier: ['portal:use'],
};

/** What every signed-in user may do whatever their roles. */
const EVERYONE: Permission[] = ['tokens:own', 'notifications:own'];

export const ROLE_LABELS: Record<Role, string> = {
  requester: 'Requester',
  buyer: 'Buyer',
  approver: 'Approver (department head)',
  finance: 'Finance approver',
  compliance: 'Compliance approver',
  receiver: 'Receiver',
  inspector: 'Quality inspector',
  accounts_payable: 'Accounts payable',
  admin: 'Administrator',
  auditor: 'Auditor',
  supplier: 'Supplier (portal)',
};

export function permissionsFor(roles: readonly Role[]): Set<Permission> {
  const set = new Set<Permission>(EVERYONE);
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return set;
}
