#!/usr/bin/env node
// Builds the web app into dist/web unless the build is newer than every file it is made from
// (web/, the shared API contracts, src/domain and the core modules they import). `npm start` runs this
// first, so a fresh checkout serves the UI. Prints one line; exits non-zero if the build fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist', 'web', 'index.html');
const contracts = path.join(root, 'src', 'contracts');

/**
 * The web app bundles the contracts and the pure core modules they and the pages import
 * (permissions, number formats, the totals rule), so any change under src/core may change the bundle.
 * Rebuilding takes seconds; missing a change would serve stale rules.
 */
const core = path.join(root, 'src', 'core');

/** The shared vocabulary (status lists, constants) the contracts and pages import. */
const domain = path.join(root, 'src', 'domain');

const sources = [path.join(root, 'web'), contracts, domain, core];
const skipped = new Set(['node_modules', 'dist', '.vite']);

/** The newest modification time under `entry`, and the file that has it. */
function newest(entry) {
  let best = { mtimeMs: 0, file: '' };
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return best;
  }
  if (stat.isFile()) return { mtimeMs: stat.mtimeMs, file: entry };
  if (!stat.isDirectory()) return best;
  for (const name of fs.readdirSync(entry)) {
    if (skipped.has(name)) continue;
    const candidate = newest(path.join(entry, name));
    if (candidate.mtimeMs > best.mtimeMs) best = candidate;
  }
  return best;
}

function staleReason() {
  if (!fs.existsSync(output)) return 'dist/web/index.html is missing';
  const builtAt = fs.statSync(output).mtimeMs;
  for (const source of sources) {
    const latest = newest(source);
    if (latest.mtimeMs > builtAt) return `${path.relative(root, latest.file)} changed since the last build`;
  }
  return null;
}

const reason = staleReason();
if (!reason) {
  console.log('web: dist/web is up to date');
  process.exit(0);
}

console.log(`web: building (${reason})`);
const vite = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
const result = spawnSync(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.error) {
  console.error(`web: could not run vite: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
