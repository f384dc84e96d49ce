import { buildApp } from './api/app';
import { purgeIdempotencyKeys } from './api/plugins/idempotency';
import { createAuditSeal } from './audit-seal';
import type { AppConfig } from './config';
import { adjustableClock, systemClock } from './core/shared/clock';
import type { Ctx } from './core/shared/context';
import { databaseOptions, openDatabase } from './db/client';
import { isDatabaseUnavailable } from './db/unavailable';
import { type Jobs, startJobs } from './jobs';
import { isEmpty, seedBase } from './seed/base';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed/demo';
import { DEMO_SUPPLIER_USER } from './seed/demo-purchase-orders';

/** How long a shutdown waits for requests and jobs under way. */
export const SHUTDOWN_GRACE_MS = 20_000;

/** Opens the database, migrates, seeds an empty one, and serves until a signal arrives. */
export async function serve(config: AppConfig): Promise<void> {
  const database = await openDatabase(databaseOptions(config));
  await database.migrate();
  // The audit seal's key and publication targets (docs/audit.md); a missing default key is created.
  // After the database is open: the embedded database must initialise an empty data directory
  // before the key file is written into it.
  const audit = createAuditSeal(config, { createKey: true });
  // The browser journeys' server lets an administrator move its clock (OPENPO_TEST_CLOCK).
  const testClock = config.testClock ? adjustableClock() : undefined;
  const ctx: Ctx = {
    db: database.db,
    clock: testClock ?? systemClock,
    baseUrl: config.baseUrl,
    mailFrom: config.mailFrom,
    audit: audit.seal,
  };
  const fresh = await isEmpty(database.db);
  await seedBase(database.db);
  if (fresh && config.demo) await seedDemo(ctx);

  const app = await buildApp({
    ctx,
    config,
    logger: { level: config.logLevel },
    listen: (channel, onNotify) => database.listen(channel, onNotify),
    testClock,
  });
  for (const note of audit.notes) app.log.warn(note);
  const purge = setInterval(
    () => void purgeIdempotencyKeys(database.db, new Date()).catch(() => undefined),
    3600_000,
  );
  purge.unref();
  // The event relay, reminders, escalation, e-mail delivery and the audit sealer run in every API
  // process: pg-boss hands each job to one of them, the relay's and the sealer's locks let one run
  // at a time. OPENPO_JOBS=0 leaves them to other processes.
  const jobs: Jobs | null = config.jobs ? await startJobs({ database, config, ctx, logger: app.log }) : null;
  // The job queue (pg-boss 10) records a job's completion or failure without awaiting it: when the
  // database goes away at that moment, the rejection reaches nobody and would stop the process. A
  // database outage is survived (the job is retried once its lease expires; every job is
  // idempotent); anything else unhandled is still a bug, logged, and stops the process.
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      app.log.warn({ err: reason }, 'database unavailable during background work');
      return;
    }
    app.log.fatal({ err: reason }, 'unhandled rejection; stopping');
    process.exit(1);
  });
  // Domain events are relayed right after the commit that appended them (docs/events.md).
  if (jobs) ctx.events = { committed: () => jobs.relay.wake() };

  // SIGTERM / SIGINT: stop accepting, let the requests and jobs under way finish, close the
  // database, exit 0 — within SHUTDOWN_GRACE_MS, after which whatever still runs is cut off (exit
  // 1: its transactions roll back, nothing half-done is kept).
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(purge);
    const cutOff = setTimeout(() => {
      app.log.error({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long; stopping now');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    cutOff.unref();
    // A keep-alive connection whose last request finishes after the close began would keep the
    // server open until the client lets go: close each as soon as it is idle.
    const idle = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close();
    clearInterval(idle);
    await jobs?.stop().catch((err: unknown) => app.log.error({ err }, 'stopping jobs failed'));
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite at ${config.dataDir}`;
  const lines = [`OpenPO is running at ${config.baseUrl} (database: ${where})`];
  if (config.demo) {
    lines.push(
      `Demo logins (password "${DEMO_PASSWORD}"): ${[...DEMO_USERS, DEMO_SUPPLIER_USER].map((u) => u.email).join(', ')}`,
    );
  }
  for (const line of lines) app.log.info(line);
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}
