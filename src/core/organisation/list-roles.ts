import {
  PERMISSIONS,
  type Permission,
  permissionsFor,
  ROLE_LABELS,
  ROLES,
  type Role,
} from '../shared/permissions';

export type RoleDefinition = { role: Role; label: string; permissions: Permission[] };

/** Every role with its label and the permissions it grants (including those every user has). */
export function listRoles(): RoleDefinition[] {
  return ROLES.map((role) => {
    const granted = permissionsFor([role]);
    return { role, label: ROLE_LABELS[role], permissions: PERMISSIONS.filter((p) => granted.has(p)) };
  });
}
