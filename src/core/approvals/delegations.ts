import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { newId } from '../shared/ids';
import { type Permission, ROLE_PERMISSIONS, ROLES } from '../shared/permissions';
import * as repo from './repository';

/**
 * Out of office: a user lets a delegate act on their approvals for a time. The delegate decides
 * the delegator's open steps on their behalf (the audit says so); they never decide a document
 * they wrote themselves, delegation or not (see `decideOnRoute`).
 */
export type Delegation = {
  id: string;
  userId: string;
  userName: string;
  delegateUserId: string;
  delegateName: string;
  validFrom: Date;
  validTo: Date;
  reason: string;
  createdAt: Date;
};

export type CreateDelegationInput = {
  delegateUserId: string;
  validFrom?: Date;
  validTo: Date;
  reason?: string;
};

function requirePerson(actor: Actor): string {
  if (!actor.userId) throw AppError.forbidden('Only a person delegates approvals.');
  return actor.userId;
}

async function toDelegations(ctx: Ctx, rows: repo.DelegationRow[]): Promise<Delegation[]> {
  const names = await repo.userNames(
    ctx.db,
    rows.flatMap((r) => [r.userId, r.delegateUserId]),
  );
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    userName: names.get(r.userId) ?? r.userId,
    delegateUserId: r.delegateUserId,
    delegateName: names.get(r.delegateUserId) ?? r.delegateUserId,
    validFrom: r.validFrom,
    validTo: r.validTo,
    reason: r.reason,
    createdAt: r.createdAt,
  }));
}

export async function createDelegation(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateDelegationInput },
): Promise<Delegation> {
  const userId = requirePerson(opts.actor);
  const now = ctx.clock.now();
  const validFrom = opts.input.validFrom ?? now;
  const errors = new FieldErrors();
  if (opts.input.delegateUserId === userId) errors.add('delegateUserId', 'must be somebody else');
  if (opts.input.validTo.getTime() <= validFrom.getTime()) errors.add('validTo', 'must be after validFrom');
  if (opts.input.validTo.getTime() <= now.getTime()) errors.add('validTo', 'must be in the future');
  if (!errors.any) {
    const found = await repo.existingActiveUsers(ctx.db, [opts.input.delegateUserId]);
    if (!found.has(opts.input.delegateUserId))
      errors.add('delegateUserId', 'is not an active user of the organisation');
    else {
      const approvers = await repo.activeUsersByRole(ctx.db, approverRoles());
      if (!Object.values(approvers).some((ids) => ids.includes(opts.input.delegateUserId)))
        errors.add(
          'delegateUserId',
          'may not approve anything: none of their roles grants an approval permission; choose someone from the list of candidates',
        );
    }
  }
  errors.throwIfAny();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertDelegation(tx, {
      id: newId(now.getTime()),
      userId,
      delegateUserId: opts.input.delegateUserId,
      validFrom,
      validTo: opts.input.validTo,
      reason: opts.input.reason?.trim() ?? '',
      createdAt: now,
    });
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'approval_delegation',
      entityId: row.id,
      action: 'create',
      changes: {
        delegateUserId: { before: null, after: row.delegateUserId },
        validFrom: { before: null, after: row.validFrom.toISOString() },
        validTo: { before: null, after: row.validTo.toISOString() },
      },
      reason: row.reason || null,
    });
    return (await toDelegations({ ...ctx, db: tx }, [row]))[0]!;
  });
}

/** The signed-in user's delegations, given and received, that have not ended. */
export async function listDelegations(ctx: Ctx, opts: { actor: Actor }): Promise<Delegation[]> {
  const userId = requirePerson(opts.actor);
  return toDelegations(ctx, await repo.listDelegationsOf(ctx.db, userId, ctx.clock.now()));
}

/** Ends a delegation the signed-in user gave (404 for anybody else's). */
export async function revokeDelegation(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<void> {
  const userId = requirePerson(opts.actor);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findDelegationById(tx, opts.id);
    if (!row || row.userId !== userId || row.revokedAt) throw AppError.notFound('Delegation', opts.id);
    const now = ctx.clock.now();
    await repo.revokeDelegation(tx, row.id, now);
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'approval_delegation',
      entityId: row.id,
      action: 'revoke',
      changes: { revokedAt: { before: null, after: now.toISOString() } },
    });
  });
}

export type DelegateCandidate = { id: string; name: string; email: string; roles: string[] };

/** A delegate acts on approvals, so they must hold a permission to approve something. */
const APPROVAL_PERMISSIONS: Permission[] = [
  'approvals:act',
  'purchase_orders:approve',
  'requisitions:approve',
];

/** The roles that grant an approval permission. */
function approverRoles(): string[] {
  return ROLES.filter((role) => ROLE_PERMISSIONS[role].some((p) => APPROVAL_PERMISSIONS.includes(p)));
}

/**
 * Whom the caller may choose as delegate: active users other than themselves who hold an approval
 * permission, by name; `q` matches name or e-mail. Needs no right to list users.
 */
export async function listDelegateCandidates(
  ctx: Ctx,
  opts: { actor: Actor; q?: string; limit: number },
): Promise<DelegateCandidate[]> {
  const userId = requirePerson(opts.actor);
  return repo.delegateCandidates(ctx.db, {
    excludeUserId: userId,
    roles: approverRoles(),
    q: opts.q,
    limit: opts.limit,
  });
}
