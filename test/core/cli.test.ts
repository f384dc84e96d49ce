import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

// Each case starts the command in a process of its own (tsx compiles it first): on a CI machine busy
// with the browser journeys beside this suite one start takes 10–20 s, so each case may take 90 s.
describe('openpo command line', { timeout: 90_000 }, () => {
  it('refuses to start on a bad setting, naming the variable and what it expects', () => {
    const res = run(['serve'], { PORT: 'abc', DATABASE_URL: 'mysql://nope' });
    expect(res.status).toBe(78);
    expect(res.stderr).toMatch(/OpenPO cannot start/);
    expect(res.stderr).toMatch(/PORT="abc": expected a whole number/);
    expect(res.stderr).toMatch(
      /DATABASE_URL="mysql:\/\/nope": expected a postgres:\/\/ or postgresql:\/\/ connection URL/,
    );
  });

  it('masks passwords in what it prints of a bad setting, and checks URLs and the host', () => {
    const res = run(['serve'], {
      DATABASE_URL: 'postgres://openpo:db-secret@localhost:abc/openpo',
      SMTP_URL: 'smtp://mailer:mail-secret@mail.example.com:notaport',
      HOST: '999.1.1.1',
    });
    expect(res.status).toBe(78);
    expect(res.stderr).toMatch(
      /DATABASE_URL="postgres:\/\/openpo:\*\*\*@localhost:abc\/openpo": expected a connection URL/,
    );
    expect(res.stderr).toMatch(/SMTP_URL="smtp:\/\/mailer:\*\*\*@mail.example.com:notaport": expected a URL/);
    expect(res.stderr).toMatch(/HOST="999.1.1.1": expected an IP address/);
    expect(res.stderr + res.stdout).not.toMatch(/secret/);
  });

  it('says in one line, naming the setting, when the database cannot be reached or does not exist', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-startup-'));
    const cases: [string, RegExp][] = [
      ['postgres://openpo:db-secret@127.0.0.1:1/openpo', /cannot reach PostgreSQL \(connection refused\)/],
    ];
    const admin = process.env.TEST_DATABASE_URL;
    if (admin) {
      const missing = new URL(admin);
      missing.pathname = '/openpo_no_such_database';
      missing.password = 'db-secret';
      cases.push([missing.toString(), /database "openpo_no_such_database" does not exist; create it/]);
    }
    for (const [url, reason] of cases) {
      const res = run(['serve'], { DATABASE_URL: url, OPENPO_DATA_DIR: dataDir, OPENPO_DEMO: '0' });
      expect(res.status).toBe(69);
      const lines = res.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^OpenPO cannot start: DATABASE_URL=postgres:\/\/[^ ]*\*\*\*@/);
      expect(lines[0]).toMatch(reason);
      expect(res.stderr).not.toMatch(/secret/);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('says in one line when it cannot listen where it is told to', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpo-startup-'));
    const res = run(['serve'], {
      HOST: 'no-such-host.invalid',
      OPENPO_DATA_DIR: dataDir,
      OPENPO_DEMO: '0',
      DATABASE_URL: '',
    });
    expect(res.status).toBe(69);
    expect(res.stderr.trim()).toMatch(
      /^OpenPO cannot start: HOST=no-such-host.invalid: not an address of this machine/,
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('explains an unknown command', () => {
    const res = run(['frobnicate'], {});
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/Unknown command "frobnicate"/);
    expect(res.stderr).toMatch(/audit-verify/);
  });
});
