/**
 * Writes the API description to docs/openapi.json, the committed copy that clients are generated
 * from and that review diffs, and the web app's client types generated from it
 * (web/src/lib/api-schema.d.ts, with openapi-typescript); `--check` only compares and exits 1 when
 * the routes changed without them (run `npm run openapi:write` and commit the result).
 *
 *   npm run openapi:write
 *   npx tsx scripts/openapi.ts --check
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { createTestApp } from '../test/helpers/app';

const root = fileURLToPath(new URL('../', import.meta.url));
const descriptionFile = path.join(root, 'docs', 'openapi.json');
const clientTypesFile = path.join(root, 'web', 'src', 'lib', 'api-schema.d.ts');

export async function currentApiDescription(): Promise<string> {
  const t = await createTestApp();
  try {
    return `${JSON.stringify(t.app.swagger(), null, 2)}\n`;
  } finally {
    await t.close();
  }
}

/** The TypeScript types of every path, operation and schema of the description, for openapi-fetch. */
export async function clientTypesOf(description: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(description) as Parameters<typeof openapiTS>[0], {
    // A field with a default may be left out of a request (the server fills it in), so it stays
    // optional in the types; answers are decoded with the contract schemas anyway.
    defaultNonNullable: false,
    // A file (an upload's part, a CSV body, a PDF answer) is a Blob, which File is.
    transform(schema) {
      if ('format' in schema && schema.format === 'binary')
        return ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
      return undefined;
    },
  });
  return [
    '/**',
    ' * Generated from docs/openapi.json by `npm run openapi:write` (openapi-typescript); do not edit.',
    ' */',
    '',
    astToString(ast),
  ].join('\n');
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function main(): Promise<number> {
  const current = await currentApiDescription();
  const types = await clientTypesOf(current);
  if (process.argv.includes('--check')) {
    if (readOrEmpty(descriptionFile) !== current || readOrEmpty(clientTypesFile) !== types) {
      console.error(
        'openapi: docs/openapi.json or the web client types are not the API the routes describe; run `npm run openapi:write` and commit them',
      );
      return 1;
    }
    console.log('openapi: docs/openapi.json and the web client types are current');
    return 0;
  }
  writeFileSync(descriptionFile, current);
  writeFileSync(clientTypesFile, types);
  console.log(
    `openapi: wrote ${path.relative(process.cwd(), descriptionFile)} and ${path.relative(process.cwd(), clientTypesFile)}`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
