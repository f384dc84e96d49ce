#!/usr/bin/env node
// The web app's message catalogs are complete and current (docs/languages.md):
// 1. extracting the messages from the code again changes no catalog (nothing marked for translation
//    is missing from web/src/locales, nothing stale is left there);
// 2. every German message has a translation.
// Run by `npm run lint`; after changing texts, `npm run i18n:extract` updates the catalogs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// The web app's catalogs, and the server's with the .ts modules compiled from them.
const dirs = ['web/src/locales', 'src/documents/locales'];
const read = () =>
  Object.fromEntries(
    dirs.flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { recursive: true })
        .filter((f) => /\.(po|ts)$/.test(String(f)))
        .map((f) => [`${dir}/${f}`, fs.readFileSync(path.join(root, dir, String(f)), 'utf8')]),
    ),
  );

/** A PO entry's field, its continuation lines joined; null when the entry has none. */
function poField(entry, name) {
  const lines = entry.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${name} "`));
  if (start < 0) return null;
  let value = lines[start].slice(name.length + 2, -1);
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('"')) break;
    value += line.slice(1, -1);
  }
  return value;
}

const before = read();
execFileSync('npx', ['lingui', 'extract', '--clean'], { cwd: root, stdio: 'pipe' });
execFileSync('npx', ['lingui', 'compile', '--strict', '--namespace', 'ts'], {
  cwd: root,
  stdio: 'pipe',
  env: { ...process.env, LINGUI_ONLY: 'server' },
});
const after = read();
const changed = Object.keys({ ...before, ...after }).filter((f) => before[f] !== after[f]);
let failed = false;
if (changed.length > 0) {
  failed = true;
  console.error(
    `These catalogs did not match the code and have been updated; review and commit them:\n  ${changed.join('\n  ')}`,
  );
}
for (const [file, text] of Object.entries(after)) {
  if (!file.endsWith('de.po')) continue;

  // Entries whose msgstr is empty (the header's is the first one).
  const entries = text.split(/\n\n+/).slice(1);
  const missing = entries.filter((e) => /\nmsgstr ""\s*$/.test(e) && !/\nmsgstr ""\n"/.test(e));
  if (missing.length > 0) {
    failed = true;
    const ids = missing.map((e) => (e.match(/msgid "(.*)"/) ?? [])[1]).slice(0, 5);
    console.error(`${file}: ${missing.length} message(s) without German, e.g. ${ids.join(' | ')}`);
  }
}
// All of a language's web catalogs are merged into one table at run time: the same English (and
// context) must have the same German wherever it is, or one part's translation silently wins.
const seen = new Map();
for (const [file, text] of Object.entries(after)) {
  if (!file.startsWith('web/') || !file.endsWith('de.po')) continue;
  for (const entry of text.split(/\n\n+/).slice(1)) {
    const field = (name) => poField(entry, name);
    const key = `${field('msgctxt') ?? ''}\u0004${field('msgid')}`;
    const german = field('msgstr');
    const other = seen.get(key);
    if (other && other.german !== german) {
      failed = true;
      console.error(
        `"${field('msgid')}" is "${other.german}" in ${other.file} but "${german}" in ${file}: translate it the same way, or give one a context`,
      );
    } else if (!other) seen.set(key, { german, file });
  }
}
if (failed) process.exit(1);
console.log(`catalogs: ${Object.keys(after).length} files, current and complete`);
