import { ConfigError, loadConfig } from '../config';
import { verifySpendSummary } from '../core/reporting';
import { verifyAuditChain } from '../core/shared/audit';
import { systemClock } from '../core/shared/clock';
import { databaseOptions, openDatabase } from '../db/client';
import { seedBase } from '../seed/base';
import { seedDemo } from '../seed/demo';
import { serve } from '../server';

const USAGE = `Usage: openpo <command>
  serve          start the web app and API (migrates and seeds an empty database first)
  migrate        apply database migrations
  seed           load the demo organisation into an empty database
  audit-verify   walk the audit hash chain and report the first broken link
  spend-verify   prove the spend summary equal to the raw sum over purchase orders`;

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? 'serve';
  if (command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!['serve', 'migrate', 'seed', 'audit-verify', 'spend-verify'].includes(command)) {
    process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  if (command === 'serve') {
    await serve(config);
    return -1; // keeps running
  }
  const database = await openDatabase(databaseOptions(config));
  try {
    switch (command) {
      case 'migrate':
        await database.migrate();
        process.stdout.write('Migrations applied.\n');
        return 0;
      case 'seed':
        await database.migrate();
        await seedBase(database.db);
        await seedDemo({ db: database.db, clock: systemClock });
        process.stdout.write('Demo organisation loaded.\n');
        return 0;
      case 'audit-verify': {
        const report = await verifyAuditChain(database.db);
        if (report.ok) {
          process.stdout.write(`Audit chain intact: ${report.entries} entries verified.\n`);
          return 0;
        }
        process.stderr.write(`Audit chain BROKEN at entry ${report.brokenAt}: ${report.problem}.\n`);
        return 1;
      }
      case 'spend-verify': {
        const report = await verifySpendSummary({ db: database.db, clock: systemClock });
        if (report.ok) {
          process.stdout.write(`Spend summary matches: ${report.checked} supplier-months checked.\n`);
          return 0;
        }
        process.stderr.write(
          `Spend summary MISMATCH: ${report.mismatched} of ${report.checked} supplier-months differ from the raw sum.\n`,
        );
        for (const m of report.mismatches)
          process.stderr.write(
            `  supplier ${m.supplierId} ${m.month.slice(0, 7)}: summary ${m.summary.amountBase} (${m.summary.orderCount} orders), raw ${m.raw.amountBase} (${m.raw.orderCount} orders)\n`,
          );
        if (report.mismatched > report.mismatches.length)
          process.stderr.write(`  … and ${report.mismatched - report.mismatches.length} more.\n`);
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

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`OpenPO cannot start. ${err.message}\n`);
      process.exit(78);
    }
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
