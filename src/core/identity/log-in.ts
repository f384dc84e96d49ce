import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { dummyPasswordHash, verifyPassword } from './passwords';
import * as repo from './repository';
import { SESSION_ABSOLUTE_MS, THROTTLE } from './rules';
import { randomToken, sha256 } from './secrets';

export type LogInInput = { email: string; password: string; ip: string; userAgent?: string };
export type LogInResult = { sessionToken: string; userId: string; expiresAt: Date };

const GENERIC = 'The e-mail address or password is not correct.';

/**
 * Counts this attempt, then refuses it when it is over a limit. The attempt is written (and
 * committed) before the counts are read, so under any concurrency the n-th attempt to commit sees
 * at least n: no more than a limit's worth of passwords are ever checked. The same counts are read
 * whether or not the e-mail belongs to an account, in one statement, so a refusal says nothing
 * about which e-mails exist.
 */
async function countAttempt(ctx: Ctx, email: string, ip: string): Promise<void> {
  const now = ctx.clock.now();
  await repo.insertFailure(ctx.db, email, ip, now);
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const counts = await repo.attemptCounts(ctx.db, { email, ip, since });
  if (
    counts.accountAndAddress > THROTTLE.perAccountAndAddress ||
    counts.address > THROTTLE.perAddress ||
    (!counts.knownAddress && counts.account > THROTTLE.perAccountFromUnknownAddresses)
  ) {
    throw new AppError(
      'rate_limited',
      'Too many failed sign-in attempts. Wait a few minutes and try again.',
      {
        meta: { retryAfterSeconds: Math.ceil(THROTTLE.windowMs / 1000) },
      },
    );
  }
}

/** Checks the password and opens a session. Every failure says the same thing. */
export async function logIn(ctx: Ctx, input: LogInInput): Promise<LogInResult> {
  const email = input.email.trim().toLowerCase();
  await countAttempt(ctx, email, input.ip);
  const user = await repo.findUserByEmail(ctx.db, email);

  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await dummyPasswordHash(), input.password).then(() => false);
  // The attempt counted above stays as a failure.
  if (!user || !ok || !user.active) throw new AppError('unauthenticated', GENERIC);

  const now = ctx.clock.now();
  const sessionToken = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await ctx.db.transaction(async (tx) => {
    await repo.insertSession(tx, {
      tokenHash: sha256(sessionToken),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300),
    });
    await repo.clearFailures(tx, email, input.ip);
    await repo.rememberAddress(tx, user.id, input.ip, now);
  });
  return { sessionToken, userId: user.id, expiresAt };
}
