/** What the operations tests share. */

/** The operations tests run against PostgreSQL (TEST_DATABASE_URL); without it they fail, never skip. */
export function requirePostgres(): void {
  if (!process.env.TEST_DATABASE_URL) {
    throw new Error('the operations tests need PostgreSQL: set TEST_DATABASE_URL (see .ci/run)');
  }
}

/**
 * Polls `check` every 250 ms until it holds; fails naming `what` after `ms`, with what `explain`
 * says about the state of things then.
 */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  ms: number,
  explain?: () => Promise<string> | string,
): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) {
      const why = explain ? `\n${await explain()}` : '';
      throw new Error(`timed out after ${ms} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
