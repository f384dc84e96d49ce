import type { Permission } from '@contracts/identity';
import type { z } from 'zod';
import { useMe } from './queries';

export type PermissionName = z.infer<typeof Permission>;

/** Whether the signed-in user holds a permission (the server checks again on every request). */
export function useCan(): (permission: PermissionName) => boolean {
  const { data: me } = useMe();
  return (permission) => !!me?.permissions.includes(permission);
}
