import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryPages, validateXML, type XMLValidationError } from 'xmllint-wasm';

/**
 * Validates UBL documents against the OASIS schemas in standards/ubl-2.4 (the official OASIS schemas, kept in the repository) with libxml2
 * compiled to WebAssembly, so the unit tests need no system package. The main schema imports the
 * common/ schemas by relative path; all of them are preloaded into the validator's in-memory file
 * system under the same relative layout.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const UBL_DIR = process.env.UBL_SCHEMA_DIR ?? path.resolve(repoRoot, 'standards', 'ubl-2.4');

type SchemaFile = { fileName: string; contents: string };

let schemaFiles: { main: SchemaFile; preload: SchemaFile[] } | undefined;

function loadSchemas(): { main: SchemaFile; preload: SchemaFile[] } {
  if (!schemaFiles) {
    const read = (relative: string): SchemaFile => ({
      fileName: relative,
      contents: readFileSync(path.join(UBL_DIR, relative), 'utf8'),
    });
    const common = readdirSync(path.join(UBL_DIR, 'xsd', 'common'))
      .filter((name) => name.endsWith('.xsd'))
      .map((name) => read(`xsd/common/${name}`));
    schemaFiles = { main: read('xsd/maindoc/UBL-Order-2.4.xsd'), preload: common };
  }
  return schemaFiles;
}

export async function validateUblOrder(
  xml: string,
): Promise<{ valid: boolean; errors: readonly XMLValidationError[] }> {
  const { main, preload } = loadSchemas();
  const result = await validateXML({
    xml: [{ fileName: 'order.xml', contents: xml }],
    schema: [main],
    preload,
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: 512 * memoryPages.MiB,
  });
  return { valid: result.valid, errors: result.errors };
}
