import { type AppConfig, ConfigError, loadConfig } from '../config';
import type { AuditReport } from '../core/audit';
import { systemClock } from '../core/shared/clock';
import { databaseOptions, openDatabase } from '../db/client';
import { startupProblem } from './startup-problem';

// Each command loads only what it uses (the server, the seeds, the audit seal …), so a command
// line tool starts in about a second, not in the time it takes to load the whole application.

const USAGE = `Usage: openpo <command>
  serve          start the web app and API (migrates and seeds an empty database first)
  migrate        apply database migrations
  seed           load the demo organisation into an empty database
  audit-seal     seal the committed audit entries into a checkpoint now, and publish it
  audit-verify   verify the audit trail (entries, checkpoints, published copy); exit 1 on a fault
  spend-verify   prove the spend summary equal to the raw sum over purchase orders
  scorecards-verify
                 prove the supplier scores equal to a recomputation from every sent order
                 (--repair: score every order again and prove it afterwards)
  backup [file]  back the database up to a file (default: openpo-<time>.dump or .tar.gz here)
  restore <file> [--replace]
                 restore a backup into an empty database (--replace: replace what is there, keeping a copy)`;

async function main(argv: string[], configured: (config: AppConfig) => void): Promise<number> {
  const command = argv[0] ?? 'serve';
  if (command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const commands = [
    'serve',
    'migrate',
    'seed',
    'audit-seal',
    'audit-verify',
    'spend-verify',
    'scorecards-verify',
    'backup',
    'restore',
  ];
  if (!commands.includes(command)) {
    process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  configured(config);
  if (command === 'serve') {
    const { serve } = await import('../server');
    await serve(config);
    return -1; // keeps running
  }
  if (command === 'backup') return (await import('./backup')).backupCommand(config, argv.slice(1));
  if (command === 'restore') return (await import('./backup')).restoreCommand(config, argv.slice(1));
  const database = await openDatabase(databaseOptions(config));
  try {
    switch (command) {
      case 'migrate':
        await database.migrate();
        process.stdout.write('Migrations applied.\n');
        return 0;
      case 'seed': {
        const [{ seedBase }, { seedDemo }] = await Promise.all([
          import('../seed/base'),
          import('../seed/demo'),
        ]);
        await database.migrate();
        await seedBase(database.db);
        await seedDemo({ db: database.db, clock: systemClock });
        process.stdout.write('Demo organisation loaded.\n');
        return 0;
      }
      case 'audit-seal': {
        const [{ createAuditSeal }, { sealAuditLog }] = await Promise.all([
          import('../audit-seal'),
          import('../core/audit'),
        ]);
        const audit = createAuditSeal(config, { createKey: true });
        const result = await sealAuditLog({ db: database.db, clock: systemClock, audit: audit.seal });
        for (const note of audit.notes) process.stderr.write(`${note}\n`);
        if (result.outcome === 'sealed') {
          const c = result.checkpoint;
          const what =
            c.entryCount === 0 ? 'no entries' : `${c.entryCount} entries (seq ${c.firstSeq}–${c.lastSeq})`;
          process.stdout.write(
            `Sealed checkpoint ${c.id}${c.kind === 'restart' ? ' (restart)' : ''}: ${what}.\n`,
          );
        } else if (result.outcome === 'nothing') {
          process.stdout.write('Nothing to seal: every committed entry is sealed.\n');
        } else if (result.outcome === 'busy') {
          process.stdout.write('Another sealer is at work; nothing done.\n');
        } else {
          process.stderr.write(`${result.problem}\n`);
          return 1;
        }
        const { filed, sent, failed } = result.publication;
        if (filed + sent > 0) {
          process.stdout.write(
            `Published: ${filed} to ${audit.seal.file.location}, ${sent} to the checkpoint URL.\n`,
          );
        }
        if (failed) {
          process.stderr.write(
            `Checkpoint ${failed.id} was not accepted by the checkpoint URL: ${failed.error}\n`,
          );
          return 1;
        }
        return 0;
      }
      case 'audit-verify': {
        const [{ createAuditSeal }, { verifyAuditTrail }] = await Promise.all([
          import('../audit-seal'),
          import('../core/audit'),
        ]);
        const audit = createAuditSeal(config, { createKey: false });
        const report = await verifyAuditTrail({ db: database.db, clock: systemClock, audit: audit.seal });
        return printAuditReport(report);
      }
      case 'scorecards-verify': {
        const { rebuildScoresIfNeeded, verifyScores } = await import('../core/evaluation');
        const ctx = { db: database.db, clock: systemClock };
        if (argv.includes('--repair')) {
          const run = await rebuildScoresIfNeeded(ctx, { force: true });
          process.stdout.write(`Scored ${run.orders} sent orders again.\n`);
        }
        const report = await verifyScores(ctx);
        if (report.ok) {
          process.stdout.write(`Supplier scores match: ${report.checkedOrders} sent orders checked.\n`);
          return 0;
        }
        process.stderr.write(
          `Supplier scores MISMATCH: ${report.mismatchedOrders} of ${report.checkedOrders} orders differ from their documents; ${report.monthMismatches.length} supplier-category-months differ from their orders. Run with --repair to score every order again.\n`,
        );
        for (const m of report.orderMismatches) process.stderr.write(`  order ${m.purchaseOrderId}\n`);
        for (const m of report.monthMismatches)
          process.stderr.write(
            `  supplier ${m.supplierId} category ${m.categoryId} ${m.month.slice(0, 7)}\n`,
          );
        return 1;
      }
      case 'spend-verify': {
        const { verifySpendSummary } = await import('../core/reporting');
        const report = await verifySpendSummary({ db: database.db, clock: systemClock });
        if (report.ok) {
          process.stdout.write(`Spend summary matches: ${report.checked} supplier-months checked.\n`);
          return 0;
        }
        process.stderr.write(
          `Spend summary MISMATCH: ${report.mismatched} of ${report.checked} supplier-months differ from the raw sum.${
            report.monthTotalMismatches.length > 0
              ? ` ${report.monthTotalMismatches.length} month totals differ from their supplier-months.`
              : ''
          }${
            report.categoryMismatches.length > 0
              ? ` ${report.categoryMismatches.length} category-months differ from the orders' lines.`
              : ''
          }${
            report.invoicedMismatches.length > 0
              ? ` ${report.invoicedMismatches.length} orders' invoiced amounts differ from their approved invoices.`
              : ''
          }\n`,
        );
        for (const m of report.mismatches)
          process.stderr.write(
            `  supplier ${m.supplierId} ${m.month.slice(0, 7)}: summary ${m.summary.amountBase} (${m.summary.orderCount} orders), raw ${m.raw.amountBase} (${m.raw.orderCount} orders)\n`,
          );
        if (report.mismatched > report.mismatches.length)
          process.stderr.write(`  … and ${report.mismatched - report.mismatches.length} more.\n`);
        for (const m of report.monthTotalMismatches)
          process.stderr.write(
            `  month total ${m.month.slice(0, 7)}: ${m.total.amountBase} (${m.total.orderCount} orders), its supplier-months add up to ${m.cells.amountBase} (${m.cells.orderCount} orders)\n`,
          );
        for (const m of report.categoryMismatches)
          process.stderr.write(
            `  category ${m.categoryId ?? '(free-text lines)'} ${m.month.slice(0, 7)}: summary ${m.summary.amountBase} (${m.summary.lineCount} lines), the orders' lines ${m.raw.amountBase} (${m.raw.lineCount} lines)\n`,
          );
        for (const m of report.invoicedMismatches)
          process.stderr.write(
            `  order ${m.purchaseOrderId}: invoiced ${m.recorded} recorded, its approved invoices ${m.invoices}\n`,
          );
        return 1;
      }
      default:
        process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
        return 2;
    }
  } finally {
    await database.close();
  }
}

function printAuditReport(report: AuditReport): number {
  const counts = `${report.entries} entries (${report.sealed} sealed, ${report.unsealed} not yet), ${report.checkpoints} checkpoints${report.published === null ? '' : `, ${report.published} published`}`;
  if (report.ok) {
    process.stdout.write(`Audit trail intact: ${counts} verified.\n`);
    return 0;
  }
  process.stderr.write(`Audit trail FAULTY (${report.faults} faults; ${counts}):\n`);
  for (const p of report.problems) process.stderr.write(`  - ${p.problem}\n`);
  if (report.faults > report.problems.length) {
    process.stderr.write(`  … and ${report.faults - report.problems.length} more.\n`);
  }
  return 1;
}

let loaded: AppConfig | null = null;

main(process.argv.slice(2), (config) => {
  loaded = config;
}).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`OpenPO cannot start. ${err.message}\n`);
      process.exit(78);
    }
    const problem = loaded ? startupProblem(err, loaded) : null;
    if (problem) {
      process.stderr.write(`OpenPO cannot start: ${problem}\n`);
      process.exit(69);
    }
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
