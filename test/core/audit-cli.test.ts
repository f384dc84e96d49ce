import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import { recordAudit } from '../../src/core/shared/audit';
import { systemClock } from '../../src/core/shared/clock';
import { type CliDatabase, createCliDatabase } from '../helpers/cli-database';

/**
 * `openpo audit-seal` and `openpo audit-verify`: sealing creates the default key and the published
 * file in the data directory; verification exits 0 when the trail is intact and 1 naming the
 * fault otherwise. PGlite in a data directory by default; a fresh PostgreSQL database with
 * TEST_DATABASE_URL.
 */
let cli: CliDatabase;
let dataDir: string;
const run = (args: string[]) => cli.run(args);

beforeAll(async () => {
  cli = await createCliDatabase('audit-cli');
  dataDir = cli.dataDir;
  const database = await cli.open();
  for (const entityId of ['a', 'b', 'c']) {
    await database.db.transaction((tx) =>
      recordAudit(tx, systemClock, {
        actor: SYSTEM_ACTOR,
        entityType: 'test_record',
        entityId,
        action: 'create',
      }),
    );
  }
  await database.close();
}, 120_000);

afterAll(async () => {
  await cli.drop();
});

describe('openpo audit-seal and audit-verify', () => {
  it('verifies a fresh trail, seals it with a new key, publishes the checkpoint, and verifies again', () => {
    const before = run(['audit-verify']);
    expect(before.stderr).toBe('');
    expect(before.stdout).toMatch(
      /^Audit trail intact: 3 entries \(0 sealed, 3 not yet\), 0 checkpoints verified\.\n$/,
    );
    expect(before.status).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'audit-seal.key'))).toBe(false);

    const seal = run(['audit-seal']);
    expect(seal.stdout).toMatch(
      /^Sealed checkpoint 1: 3 entries \(seq \d+–\d+\)\.\nPublished: 1 to .*audit-checkpoints\.jsonl, 0 to the checkpoint URL\.\n$/,
    );
    expect(seal.stderr).toMatch(/Created the audit seal key .*audit-seal\.key/);
    expect(seal.status).toBe(0);
    expect(fs.statSync(path.join(dataDir, 'audit-seal.key')).mode & 0o777).toBe(0o600);
    const published = fs
      .readFileSync(path.join(dataDir, 'audit-checkpoints.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(published).toHaveLength(1);
    expect(JSON.parse(published[0]!)).toMatchObject({ id: 1, kind: 'seal' });

    expect(run(['audit-seal']).stdout).toBe('Nothing to seal: every committed entry is sealed.\n');
    const after = run(['audit-verify']);
    expect(after.stdout).toMatch(
      /^Audit trail intact: 3 entries \(3 sealed, 0 not yet\), 1 checkpoints, 1 published verified\.\n$/,
    );
    expect(after.status).toBe(0);
  }, 120_000);

  it('exits 1 and names the fault', () => {
    fs.appendFileSync(path.join(dataDir, 'audit-checkpoints.jsonl'), '{"id":2,"kind":"seal"}\n');
    const res = run(['audit-verify']);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/^Audit trail FAULTY \(1 faults; /);
    expect(res.stderr).toMatch(/ {2}- line 2 of .*audit-checkpoints\.jsonl is not a checkpoint\n$/);
  }, 120_000);
});
