import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { dummyPasswordHash, verifyPassword } from './passwords';
import * as repo from './repository';
import { SESSION_ABSOLUTE_MS, THROTTLE } from './rules';
import { randomToken, sha256 } from './secrets';

export type LogInInput = { email: string; password: string; ip: string; userAgent?: string };
export type LogInResult = { sessionToken: string; userId: string; expiresAt: Date };

const GENERIC = 'The e-mail address or password is not correct.';

async function assertNotThrottled(
  ctx: Ctx,
  email: string,
  ip: string,
  userId: string | undefined,
): Promise<void> {
  const since = new Date(ctx.clock.now().getTime() - THROTTLE.windowMs);
  const tooMany = () =>
    new AppError('rate_limited', 'Too many failed sign-in attempts. Wait a few minutes and try again.', {
      meta: { retryAfterSeconds: Math.ceil(THROTTLE.windowMs / 1000) },
    });
  if ((await repo.countFailures(ctx.db, since, { email, ip })) >= THROTTLE.perAccountAndAddress)
    throw tooMany();
  if ((await repo.countFailures(ctx.db, since, { ip })) >= THROTTLE.perAddress) throw tooMany();
  if (userId && !(await repo.isKnownAddress(ctx.db, userId, ip))) {
    if ((await repo.countFailures(ctx.db, since, { email })) >= THROTTLE.perAccountFromUnknownAddresses)
      throw tooMany();
  }
}

/** Checks the password and opens a session. Every failure says the same thing. */
export async function logIn(ctx: Ctx, input: LogInInput): Promise<LogInResult> {
  const email = input.email.trim().toLowerCase();
  const user = await repo.findUserByEmail(ctx.db, email);
  await assertNotThrottled(ctx, email, input.ip, user?.id);

  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await dummyPasswordHash(), input.password).then(() => false);
  if (!user || !ok || !user.active) {
    await repo.insertFailure(ctx.db, email, input.ip, ctx.clock.now());
    throw new AppError('unauthenticated', GENERIC);
  }

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
