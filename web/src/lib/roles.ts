/**
 * Roles and what they grant, from the one table the server also uses. The contracts import this
 * module already; the web app reads the labels and the matrix from here rather than copying them.
 */
export {
  PERMISSION_DESCRIPTIONS,
  PERMISSIONS,
  type Permission,
  permissionsFor,
  ROLE_LABELS,
  ROLE_PERMISSIONS,
  ROLES,
  type Role,
} from '../../../src/core/shared/permissions';
