import { buildApp } from './api/app';
import { purgeIdempotencyKeys } from './api/plugins/idempotency';
import { createAuditSeal } from './audit-seal';
import type { AppConfig } from './config';
import { systemClock } from './core/shared/clock';
import { openDatabase } from './db/client';
import { isEmpty, seedBase } from './db/seed/base';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './db/seed/demo';
import { type Jobs, startJobs } from './jobs';

/** Opens the database, migrates, seeds an empty one, and serves until a signal arrives. */
export async function serve(config: AppConfig): Promise<void> {
  // The audit seal's key and publication targets (docs/audit.md); a missing default key is created.
  const audit = createAuditSeal(config, { createKey: true });
  const database = config.databaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
  await database.migrate();
  const ctx = { db: database.db, clock: systemClock, baseUrl: config.baseUrl, audit: audit.seal };
  const fresh = await isEmpty(database.db);
  await seedBase(database.db);
  if (fresh && config.demo) await seedDemo(ctx);

  const app = await buildApp({ ctx, config, logger: { level: config.logLevel } });
  for (const note of audit.notes) app.log.warn(note);
  const purge = setInterval(
    () => void purgeIdempotencyKeys(database.db, new Date()).catch(() => undefined),
    3600_000,
  );
  purge.unref();
  // Reminders, escalation, e-mail delivery and the audit sealer run in every API process: pg-boss
  // hands each job to one of them, the sealer's lock lets one seal at a time. OPENPO_JOBS=0 leaves
  // them to other processes.
  const jobs: Jobs | null = config.jobs ? await startJobs({ database, config, ctx, logger: app.log }) : null;
  if (jobs) {
    // A write may have queued e-mails (an approval request, a returned draft …): hand them to
    // delivery a second later instead of at the next minute's sweep, once for a burst of writes.
    let kick: NodeJS.Timeout | null = null;
    app.addHook('onResponse', async (request, reply) => {
      if (kick || request.method === 'GET' || reply.statusCode >= 400) return;
      kick = setTimeout(() => {
        kick = null;
        jobs.kickDelivery().catch((err: unknown) => app.log.error({ err }, 'e-mail delivery kick failed'));
      }, 1000);
      kick.unref();
    });
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(purge);
    await app.close();
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
    lines.push(`Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.email).join(', ')}`);
  }
  for (const line of lines) app.log.info(line);
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}
