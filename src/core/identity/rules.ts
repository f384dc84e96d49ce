import type { Actor } from '../shared/actor';
import { permissionsFor, type Role } from '../shared/permissions';
import type { UserRow } from './repository';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

/**
 * Login throttling, all counted over a sliding window:
 * - one account from one address: a handful of tries (stops guessing from one place);
 * - one address across accounts: stops spraying one password over many accounts;
 * - one account from addresses it has never signed in from: a higher bar. Addresses the user has
 *   signed in from before are exempt, so an attacker elsewhere cannot lock the real user out.
 */
export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  perAccountAndAddress: 5,
  perAddress: 50,
  perAccountFromUnknownAddresses: 20,
} as const;

export function sessionExpired(s: { createdAt: Date; lastSeenAt: Date }, now: Date): boolean {
  return (
    now.getTime() - s.lastSeenAt.getTime() > SESSION_IDLE_MS ||
    now.getTime() - s.createdAt.getTime() > SESSION_ABSOLUTE_MS
  );
}

export function actorOf(user: UserRow, via: Actor['via']): Actor {
  const roles = user.roles as Role[];
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    roles,
    permissions: permissionsFor(roles),
    departmentId: user.departmentId,
    supplierId: user.supplierId,
    via,
  };
}

export const SYSTEM_ACTOR: Actor = {
  userId: null,
  name: 'OpenPO',
  email: 'system@openpo.invalid',
  roles: ['admin'],
  permissions: permissionsFor(['admin']),
  departmentId: null,
  via: 'system',
};
