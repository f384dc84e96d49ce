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

/** The main schema of each document type OpenPO writes. */
const MAIN_SCHEMAS = {
  Order: 'xsd/maindoc/UBL-Order-2.4.xsd',
  OrderChange: 'xsd/maindoc/UBL-OrderChange-2.4.xsd',
  OrderCancellation: 'xsd/maindoc/UBL-OrderCancellation-2.4.xsd',
  OrderResponse: 'xsd/maindoc/UBL-OrderResponse-2.4.xsd',
} as const;
export type UblDocumentType = keyof typeof MAIN_SCHEMAS;

let common: SchemaFile[] | undefined;

function read(relative: string): SchemaFile {
  return { fileName: relative, contents: readFileSync(path.join(UBL_DIR, relative), 'utf8') };
}

function commonSchemas(): SchemaFile[] {
  common ??= readdirSync(path.join(UBL_DIR, 'xsd', 'common'))
    .filter((name) => name.endsWith('.xsd'))
    .map((name) => read(`xsd/common/${name}`));
  return common;
}

/** Validates a UBL document against its type's schema (Order unless told). */
export async function validateUblOrder(
  xml: string,
  type: UblDocumentType = 'Order',
): Promise<{ valid: boolean; errors: readonly XMLValidationError[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [read(MAIN_SCHEMAS[type])],
    preload: commonSchemas(),
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: 512 * memoryPages.MiB,
  });
  return { valid: result.valid, errors: result.errors };
}
