import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import * as repo from './repository';
import { actorOf, SESSION_TOUCH_MS, sessionExpired } from './rules';
import { sha256 } from './secrets';

/** Resolves a session cookie to its user, sliding the idle timeout. Undefined when not valid. */
export async function authenticateSession(ctx: Ctx, sessionToken: string): Promise<Actor | undefined> {
  const hash = sha256(sessionToken);
  const found = await repo.findLiveSession(ctx.db, hash);
  if (!found) return undefined;
  const now = ctx.clock.now();
  if (!found.user.active || sessionExpired(found.session, now)) {
    await repo.revokeSession(ctx.db, hash, now);
    return undefined;
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() > SESSION_TOUCH_MS)
    await repo.touchSession(ctx.db, hash, now);
  return actorOf(found.user, 'session');
}

/** Resolves `Authorization: Bearer <token>`; a bad token is an error, not anonymous access. */
export async function authenticateToken(ctx: Ctx, token: string): Promise<Actor> {
  const found = await repo.findTokenByHash(ctx.db, sha256(token));
  const now = ctx.clock.now();
  const expired = found?.token.expiresAt != null && found.token.expiresAt <= now;
  if (!found?.user.active || expired) {
    throw new AppError('unauthenticated', 'The API token is not valid (unknown, revoked or expired).');
  }
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > SESSION_TOUCH_MS) {
    await repo.markTokenUsed(ctx.db, found.token.id, now);
  }
  return actorOf(found.user, 'token');
}

export async function logOut(ctx: Ctx, sessionToken: string): Promise<void> {
  await repo.revokeSession(ctx.db, sha256(sessionToken), ctx.clock.now());
}
