import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointFile, checkpointSender, createAuditSeal, loadAuditKeys } from '../../src/audit-seal';
import { ConfigError, loadConfig } from '../../src/config';
import { parseAuditKeys } from '../../src/core/audit';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import { recordAudit } from '../../src/core/shared/audit';
import { systemClock } from '../../src/core/shared/clock';
import type { Database } from '../../src/db/client';
import { auditCheckpoints } from '../../src/db/schema';
import { startAuditSealer } from '../../src/jobs/audit-sealer';
import { memoryAuditSeal } from '../helpers/audit';
import { createTestDatabase } from '../helpers/db';

/** How a process gets the audit seal's keys and publishes checkpoints (docs/audit.md, docs/operations.md). */
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-seal-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const secret = (bytes = 32) => randomBytes(bytes).toString('base64');

function configError(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('seal keys', () => {
  it('reads keys one a line (or comma-separated): the first signs, comments and blank lines skipped', () => {
    const a = secret();
    const b = randomBytes(32).toString('base64url');
    const parsed = parseAuditKeys(`# rotated 2027-01-01\n2027:${a}\n\n2026:${b}\n`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.keys.map((k) => k.id)).toEqual(['2027', '2026']);
    expect(parsed.keys[0]!.secret.equals(Buffer.from(a, 'base64'))).toBe(true);
    expect(parsed.keys[1]!.secret.equals(Buffer.from(b, 'base64url'))).toBe(true);
    expect(parseAuditKeys(`x:${a},y:${secret()}`)).toMatchObject({
      ok: true,
      keys: [{ id: 'x' }, { id: 'y' }],
    });
  });

  it('names what is wrong with a key', () => {
    const problem = (text: string) => {
      const parsed = parseAuditKeys(text);
      return parsed.ok ? undefined : parsed.problem;
    };
    expect(problem('')).toMatch(/no key/);
    expect(problem(secret())).toMatch(/key 1: expected "keyId:base64secret"/);
    expect(problem('k1:not base64!')).toMatch(/the secret is not base64/);
    expect(problem(`k1:${secret(8)}`)).toMatch(/8 bytes; at least 16/);
    expect(problem(`k1:${secret()}\nk1:${secret()}`)).toMatch(/key 2: key id "k1" is used twice/);
  });

  it('takes the settings, never showing a key in a message', () => {
    const key = `k1:${secret()}`;
    const config = loadConfig({ OPENPO_DATA_DIR: dir, OPENPO_AUDIT_KEY: key });
    expect(config.audit.keys?.map((k) => k.id)).toEqual(['k1']);
    expect(config.audit).toMatchObject({
      keyFile: path.join(dir, 'audit-seal.key'),
      keyFileIsDefault: true,
      checkpointFile: path.join(dir, 'audit-checkpoints.jsonl'),
    });

    const bad = `k1:${secret(8)}`;
    const problems = configError({ OPENPO_AUDIT_KEY: bad });
    expect(problems).toEqual([
      expect.stringMatching(/^OPENPO_AUDIT_KEY=\(hidden\): key 1 \("k1"\): the secret has 8 bytes/),
    ]);
    expect(problems.join()).not.toContain(bad.slice(3));

    expect(configError({ OPENPO_AUDIT_KEY: key, OPENPO_AUDIT_KEY_FILE: '/etc/openpo/seal.key' })).toEqual([
      'OPENPO_AUDIT_KEY_FILE: set either OPENPO_AUDIT_KEY or OPENPO_AUDIT_KEY_FILE, not both',
    ]);
    expect(configError({ OPENPO_AUDIT_CHECKPOINT_URL: 'https://audit.example.com/in' })[0]).toMatch(
      /^OPENPO_AUDIT_CHECKPOINT_URL_SECRET: required with OPENPO_AUDIT_CHECKPOINT_URL/,
    );
    expect(configError({ OPENPO_AUDIT_CHECKPOINT_URL: 'ftp://x' })[0]).toMatch(
      /OPENPO_AUDIT_CHECKPOINT_URL="ftp:\/\/x"/,
    );
    expect(configError({ OPENPO_AUDIT_CHECKPOINT_EMAIL: 'nobody' })[0]).toMatch(/expected an e-mail address/);
    const moved = loadConfig({
      OPENPO_AUDIT_KEY_FILE: path.join(dir, 'elsewhere.key'),
      OPENPO_AUDIT_CHECKPOINT_FILE: path.join(dir, 'published', 'checkpoints.jsonl'),
      OPENPO_AUDIT_CHECKPOINT_URL: 'https://audit.example.com/in',
      OPENPO_AUDIT_CHECKPOINT_URL_SECRET: 'a long shared secret',
      OPENPO_AUDIT_CHECKPOINT_EMAIL: 'audit@example.com',
    });
    expect(moved.audit).toMatchObject({
      keyFile: path.join(dir, 'elsewhere.key'),
      keyFileIsDefault: false,
      checkpointUrl: 'https://audit.example.com/in',
      checkpointEmail: 'audit@example.com',
    });
    const { seal } = createAuditSeal(
      { audit: { ...moved.audit, keys: parseKeys(key) } },
      { createKey: false },
    );
    expect(seal.send).toBeTypeOf('function');
    expect(seal.email).toBe('audit@example.com');
    expect(seal.file.location).toBe(path.join(dir, 'published', 'checkpoints.jsonl'));
  });

  it('creates the default key file on first start, private to its owner, and reuses it', () => {
    const dataDir = path.join(dir, 'first-start');
    const { audit } = loadConfig({ OPENPO_DATA_DIR: dataDir });
    expect(loadAuditKeys(audit, { createKey: false })).toEqual([]);
    const notes: string[] = [];
    const keys = loadAuditKeys(audit, { createKey: true, now: new Date('2026-03-02T09:00:00Z'), notes });
    expect(keys).toHaveLength(1);
    expect(keys[0]!.id).toBe('2026-03-02');
    expect(keys[0]!.secret).toHaveLength(32);
    expect(fs.statSync(audit.keyFile).mode & 0o777).toBe(0o600);
    expect(notes).toEqual([
      expect.stringMatching(/^Created the audit seal key .*Back it up apart from the database/),
    ]);
    const again = loadAuditKeys(audit, { createKey: true });
    expect(again[0]!.secret.equals(keys[0]!.secret)).toBe(true);
  });

  it('refuses a named key file that is missing or malformed', () => {
    const missing = loadConfig({ OPENPO_AUDIT_KEY_FILE: path.join(dir, 'missing.key') }).audit;
    expect(() => loadAuditKeys(missing, { createKey: true })).toThrow(ConfigError);
    const file = path.join(dir, 'bad.key');
    fs.writeFileSync(file, 'just one line\n', { mode: 0o600 });
    const bad = loadConfig({ OPENPO_AUDIT_KEY_FILE: file }).audit;
    expect(() => loadAuditKeys(bad, { createKey: true })).toThrow(/OPENPO_AUDIT_KEY_FILE ".*bad.key": key 1/);
  });
});

function parseKeys(text: string) {
  const parsed = parseAuditKeys(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.keys;
}

describe('publication outside the database', () => {
  it('appends checkpoint lines to the file and reads back what was there when reading began', async () => {
    const file = checkpointFile(path.join(dir, 'pub', 'checkpoints.jsonl'));
    expect(await file.read()).toBeNull();
    await file.append(['{"id":1}', '{"id":2}']);
    await file.append([]);
    const reading = await file.read();
    await file.append(['{"id":3}']);
    const lines: string[] = [];
    for await (const line of reading!) lines.push(line);
    expect(lines).toEqual(['{"id":1}', '{"id":2}']);
    expect(fs.readFileSync(file.location, 'utf8')).toBe('{"id":1}\n{"id":2}\n{"id":3}\n');
  });

  it('signs what it sends to the checkpoint URL, and treats an answer other than 2xx as a failure', async () => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    let status = 204;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/checkpoints`;
    try {
      const send = checkpointSender(url, 'a long shared secret');
      await send('{"id":7}');
      const [got] = received;
      expect(got!.body).toBe('{"id":7}');
      expect(got!.headers['content-type']).toBe('application/json');
      const timestamp = got!.headers['x-openpo-timestamp'] as string;
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
      const expected = createHmac('sha256', 'a long shared secret')
        .update(`${timestamp}.{"id":7}`)
        .digest('hex');
      expect(got!.headers['x-openpo-signature']).toBe(`sha256=${expected}`);
      status = 503;
      await expect(send('{"id":8}')).rejects.toThrow(`${url} answered 503`);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('the sealer in the jobs', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('seals newly committed entries within its interval, and stops cleanly', async () => {
    const seal = memoryAuditSeal();
    const ctx = { db: database.db, clock: systemClock, audit: seal };
    const errors: object[] = [];
    const sealer = startAuditSealer({
      ctx,
      logger: { info: () => undefined, error: (o) => errors.push(o) },
      everyMs: 20,
    });
    try {
      await database.db.transaction((tx) =>
        recordAudit(tx, systemClock, {
          actor: SYSTEM_ACTOR,
          entityType: 'test_record',
          entityId: 'tick',
          action: 'create',
        }),
      );
      const deadline = Date.now() + 10_000;
      while ((await database.db.select().from(auditCheckpoints)).length === 0) {
        if (Date.now() > deadline) throw new Error('the sealer did not seal');
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await sealer.stop();
    }
    expect(errors).toEqual([]);
    expect(seal.lines).toHaveLength(1);
  });
});
