import type { Permission, Role } from './permissions';

/** Who is acting: the authenticated user of a request, or the system (seed, jobs). */
export type Actor = {
  userId: string | null;
  name: string;
  email: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  departmentId: string | null;
  /** A supplier's user (role `supplier`): the supplier whose documents it may see; else absent or null. */
  supplierId?: string | null;
  via: 'session' | 'token' | 'system';
};

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
