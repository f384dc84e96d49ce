import { createUser, SYSTEM_ACTOR } from '../../core/identity';
import type { Ctx } from '../../core/shared/context';
import type { Role } from '../../core/shared/permissions';

export const DEMO_PASSWORD = 'openpo-demo';

export const DEMO_USERS: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@example.com', name: 'Alex Admin', roles: ['admin'] },
  { email: 'requester@example.com', name: 'Riley Requester', roles: ['requester'] },
  { email: 'buyer@example.com', name: 'Bailey Buyer', roles: ['buyer'] },
  { email: 'head@example.com', name: 'Harper Head', roles: ['approver', 'requester'] },
  { email: 'finance@example.com', name: 'Frankie Finance', roles: ['finance'] },
  { email: 'compliance@example.com', name: 'Casey Compliance', roles: ['compliance'] },
  { email: 'receiver@example.com', name: 'Robin Receiver', roles: ['receiver'] },
  { email: 'ap@example.com', name: 'Avery Payable', roles: ['accounts_payable'] },
  { email: 'auditor@example.com', name: 'Aubrey Auditor', roles: ['auditor'] },
];

/** The demo organisation: users of every role and realistic master data. */
export async function seedDemo(ctx: Ctx): Promise<void> {
  for (const u of DEMO_USERS) {
    await createUser(ctx, { actor: SYSTEM_ACTOR, input: { ...u, password: DEMO_PASSWORD } });
  }
}
