/**
 * Writes the API description to docs/openapi.json, the committed copy that clients are generated
 * from and that review diffs; `--check` only compares and exits 1 when the routes changed without
 * it (run `npm run openapi:write` and commit the result).
 *
 *   npm run openapi:write
 *   npx tsx scripts/openapi.ts --check
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestApp } from '../test/helpers/app';

const file = path.join(fileURLToPath(new URL('../', import.meta.url)), 'docs', 'openapi.json');

export async function currentApiDescription(): Promise<string> {
  const t = await createTestApp();
  try {
    return `${JSON.stringify(t.app.swagger(), null, 2)}\n`;
  } finally {
    await t.close();
  }
}

async function main(): Promise<number> {
  const current = await currentApiDescription();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // missing: reported below
    }
    if (committed !== current) {
      console.error(
        'openapi: docs/openapi.json is not the API the routes describe; run `npm run openapi:write` and commit it',
      );
      return 1;
    }
    console.log('openapi: docs/openapi.json is current');
    return 0;
  }
  writeFileSync(file, current);
  console.log(`openapi: wrote ${path.relative(process.cwd(), file)}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
