import { spawnSync } from 'node:child_process';
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

describe('openpo command line', () => {
  it('refuses to start on a bad setting, naming the variable and what it expects', () => {
    const res = run(['serve'], { PORT: 'abc', DATABASE_URL: 'mysql://nope' });
    expect(res.status).toBe(78);
    expect(res.stderr).toMatch(/OpenPO cannot start/);
    expect(res.stderr).toMatch(/PORT="abc": expected a whole number/);
    expect(res.stderr).toMatch(
      /DATABASE_URL="mysql:\/\/nope": expected a postgres:\/\/ or postgresql:\/\/ connection URL/,
    );
  });

  it('explains an unknown command', () => {
    const res = run(['frobnicate'], {});
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/Unknown command "frobnicate"/);
    expect(res.stderr).toMatch(/audit-verify/);
  });
});
