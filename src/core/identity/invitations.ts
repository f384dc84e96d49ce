import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { hashPassword } from './passwords';
import * as repo from './repository';
import { actorOf } from './rules';
import { randomToken, sha256 } from './secrets';
import { assertPasswordStrength, toUser, type User } from './users';

/** Two first invitations of one address at once: the second is told, as a repeated one is. */
async function insertInvited(
  db: Parameters<typeof repo.insertUser>[0],
  row: Parameters<typeof repo.insertUser>[1],
) {
  try {
    return await repo.insertUser(db, row);
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError(
        'conflict',
        `${row.email} was invited at the same moment; look at the portal users.`,
        {
          errors: [{ path: 'email', message: 'was invited at the same moment' }],
        },
      );
    }
    throw err;
  }
}

/** How long an invitation link opens the portal's "set your password" page. */
export const INVITATION_DAYS = 7;

export type InvitationState = 'pending' | 'expired' | 'accepted';

export type SupplierUser = User & {
  invitation: { state: InvitationState; expiresAt: Date; createdAt: Date } | null;
};

function stateOf(inv: repo.InvitationRow, now: Date): InvitationState {
  if (inv.acceptedAt) return 'accepted';
  if (inv.usedAt === null && inv.expiresAt > now) return 'pending';
  return 'expired';
}

/**
 * Gives a supplier's contact access to the portal: a user with the role `supplier`, bound to that
 * supplier, with no password it knows, and a one-time link (the token returned; only its SHA-256
 * is kept) to set one, valid INVITATION_DAYS days. Inviting the same address again while it has
 * not set its password replaces the earlier link. An address that belongs to anyone else — one of
 * the organisation's people, another supplier's user — or to a user who already accepted, is
 * refused (409). The caller (which checked the supplier) e-mails the link in the same transaction.
 */
export async function inviteSupplierUser(
  ctx: Ctx,
  opts: { actor: Actor; supplierId: string; name: string; email: string; language: string | null },
): Promise<{ user: User; token: string; expiresAt: Date }> {
  const email = opts.email.trim();
  const now = ctx.clock.now();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  // An unguessable password nobody knows: the account opens only through the link.
  const placeholder = await hashPassword(randomToken());
  const user = await ctx.db.transaction(async (tx) => {
    let row = await repo.findUserByEmail(tx, email.toLowerCase());
    if (row && row.supplierId !== opts.supplierId) {
      throw new AppError(
        'conflict',
        `${email} already has an account in OpenPO, not as this supplier's user.`,
        {
          errors: [{ path: 'email', message: 'already has an account in OpenPO' }],
        },
      );
    }
    if (row) {
      if (await repo.hasAcceptedInvitation(tx, row.id)) {
        throw new AppError(
          'conflict',
          `${email} already uses the portal; an administrator can set a new password for it.`,
          {
            errors: [{ path: 'email', message: 'already uses the portal' }],
          },
        );
      }
      await repo.closeInvitations(tx, row.id, now);
    } else {
      row = await insertInvited(tx, {
        id: newId(now.getTime()),
        email,
        name: opts.name.trim(),
        passwordHash: placeholder,
        roles: ['supplier'],
        supplierId: opts.supplierId,
        language: opts.language,
        active: true,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      });
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'user',
        entityId: row.id,
        action: 'create',
        changes: {
          email: { before: null, after: row.email },
          name: { before: null, after: row.name },
          roles: { before: null, after: row.roles },
          supplierId: { before: null, after: opts.supplierId },
        },
      });
    }
    await repo.insertInvitation(tx, {
      id: newId(now.getTime()),
      userId: row.id,
      tokenHash: sha256(token),
      expiresAt,
      createdBy: opts.actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'user',
      entityId: row.id,
      action: 'invite',
      changes: { invitationExpiresAt: { before: null, after: expiresAt.toISOString() } },
    });
    return toUser(row);
  });
  return { user, token, expiresAt };
}

/**
 * Sets the password of an invited user through its one-time link: the link works once, within its
 * time; afterwards the user signs in like anyone. Returns the address to sign in with.
 */
export async function acceptInvitation(
  ctx: Ctx,
  opts: { token: string; password: string },
): Promise<{ email: string }> {
  assertPasswordStrength('password', opts.password);
  const passwordHash = await hashPassword(opts.password);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const inv = await repo.lockInvitationByHash(tx, sha256(opts.token));
    const user = inv ? await repo.findUserById(tx, inv.userId) : undefined;
    if (!inv || !user?.active) throw AppError.field('token', 'is not a valid invitation link');
    if (inv.usedAt)
      throw AppError.field('token', 'was used already: sign in, or ask your customer for a new invitation');
    if (inv.expiresAt <= now)
      throw AppError.field('token', 'has expired: ask your customer for a new invitation');
    await repo.closeInvitations(tx, user.id, now);
    await repo.acceptInvitation(tx, inv.id, now);
    const updated = await repo.updateUser(tx, user.id, user.version, {
      passwordHash,
      passwordChangedAt: now,
      updatedAt: now,
    });
    // The account changed meanwhile: nothing is kept, and the link still works for another try.
    if (!updated)
      throw AppError.conflict('Your account changed while the password was being set; try again.');
    await recordAudit(tx, ctx.clock, {
      actor: actorOf(user, 'session'),
      entityType: 'user',
      entityId: user.id,
      action: 'accept_invitation',
      changes: {},
    });
    return { email: user.email };
  });
}

/** A supplier's users with where their invitation stands. */
export async function listSupplierUsers(ctx: Ctx, opts: { supplierId: string }): Promise<SupplierUser[]> {
  const now = ctx.clock.now();
  const rows = await repo.supplierUsers(ctx.db, opts.supplierId);
  return rows.map(({ user, invitation }) => ({
    ...toUser(user),
    invitation: invitation && {
      state: stateOf(invitation, now),
      expiresAt: invitation.expiresAt,
      createdAt: invitation.createdAt,
    },
  }));
}
