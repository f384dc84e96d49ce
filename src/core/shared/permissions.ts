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
  'accounts_payable',
  'admin',
  'auditor',
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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MASTER_DATA_READ: Permission[] = ['suppliers:read', 'catalog:read', 'organisation:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  requester: [...MASTER_DATA_READ],
  buyer: [...MASTER_DATA_READ, 'suppliers:write', 'catalog:write'],
  approver: [...MASTER_DATA_READ],
  finance: [...MASTER_DATA_READ],
  compliance: [...MASTER_DATA_READ],
  receiver: [...MASTER_DATA_READ],
  accounts_payable: [...MASTER_DATA_READ],
  admin: [...PERMISSIONS],
  auditor: [...MASTER_DATA_READ, 'users:read', 'audit:read', 'audit:verify'],
};

/** What every signed-in user may do whatever their roles. */
const EVERYONE: Permission[] = ['tokens:own'];

export const ROLE_LABELS: Record<Role, string> = {
  requester: 'Requester',
  buyer: 'Buyer',
  approver: 'Approver (department head)',
  finance: 'Finance approver',
  compliance: 'Compliance approver',
  receiver: 'Receiver',
  accounts_payable: 'Accounts payable',
  admin: 'Administrator',
  auditor: 'Auditor',
};

export function permissionsFor(roles: readonly Role[]): Set<Permission> {
  const set = new Set<Permission>(EVERYONE);
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return set;
}
