import type { Actor } from '../shared/actor';
import { can } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import * as repo from './repository';
import { randomToken, sha256 } from './secrets';

export type ApiToken = {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const TOKEN_PREFIX = 'opo_';

function toApiToken(row: repo.TokenRow): ApiToken {
  const { tokenHash: _hidden, ...rest } = row;
  return rest;
}

/** Creates a personal API token for the actor; the secret is returned this once and stored hashed. */
export async function createApiToken(
  ctx: Ctx,
  opts: { actor: Actor; name: string; expiresAt?: Date | null },
): Promise<ApiToken & { token: string }> {
  if (!opts.actor.userId) throw AppError.forbidden('Only a user can own an API token.');
  assertSignedIn(opts.actor, 'create');
  const now = ctx.clock.now();
  if (opts.expiresAt && opts.expiresAt <= now) throw AppError.field('expiresAt', 'must be in the future');
  const token = `${TOKEN_PREFIX}${randomToken(30)}`;
  const userId = opts.actor.userId;
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertToken(tx, {
      id: newId(),
      userId,
      name: opts.name.trim(),
      tokenHash: sha256(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      createdAt: now,
      expiresAt: opts.expiresAt ?? null,
    });
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'api_token',
      entityId: row.id,
      action: 'create',
      changes: { name: { before: null, after: row.name }, userId: { before: null, after: userId } },
    });
    return { ...toApiToken(row), token };
  });
}

/** The actor's own tokens; with `all`, an admin sees everybody's. */
export async function listApiTokens(ctx: Ctx, opts: { actor: Actor; all?: boolean }): Promise<ApiToken[]> {
  if (opts.all && !can(opts.actor, 'tokens:admin'))
    throw AppError.forbidden('Only an administrator can list all tokens.');
  const rows = await repo.listTokens(ctx.db, opts.all ? undefined : (opts.actor.userId ?? ''));
  return rows.map(toApiToken);
}

/**
 * Tokens are created and revoked from a signed-in session only: a token that leaks cannot mint
 * itself successors, nor revoke the owner's other tokens.
 */
function assertSignedIn(actor: Actor, verb: 'create' | 'revoke'): void {
  if (actor.via !== 'session')
    throw AppError.forbidden(
      `API tokens are ${verb}d only by a signed-in user, not with an API token: sign in to ${verb} one.`,
    );
}

/** A user revokes their own token; an admin any. Someone else's token is "not found". */
export async function revokeApiToken(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<ApiToken> {
  assertSignedIn(opts.actor, 'revoke');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findTokenById(tx, opts.id);
    if (!row || (row.userId !== opts.actor.userId && !can(opts.actor, 'tokens:admin'))) {
      throw AppError.notFound('API token', opts.id);
    }
    if (row.revokedAt) return toApiToken(row);
    const now = ctx.clock.now();
    await repo.revokeToken(tx, row.id, now);
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'api_token',
      entityId: row.id,
      action: 'revoke',
      changes: { revokedAt: { before: null, after: now.toISOString() } },
    });
    return { ...toApiToken(row), revokedAt: now };
  });
}
