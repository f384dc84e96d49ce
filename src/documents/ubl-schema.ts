import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryPages, validateXML } from 'xmllint-wasm';

/**
 * Validates UBL documents against the official OASIS UBL 2.4 schemas kept in `standards/ubl-2.4`
 * (every valid UBL 2.0 or 2.1 document is valid under them), with libxml2 compiled to WebAssembly:
 * nothing to install, and it runs on a worker thread, off the request's event loop. The main
 * schema imports the common/ schemas by relative path; they are preloaded under the same layout.
 */

export const UBL_SCHEMA_DIR =
  process.env.UBL_SCHEMA_DIR ?? fileURLToPath(new URL('../../standards/ubl-2.4/', import.meta.url));

/** The main schema of each document type OpenPO writes or reads. */
const MAIN_SCHEMAS = {
  Order: 'xsd/maindoc/UBL-Order-2.4.xsd',
  OrderChange: 'xsd/maindoc/UBL-OrderChange-2.4.xsd',
  OrderCancellation: 'xsd/maindoc/UBL-OrderCancellation-2.4.xsd',
  OrderResponse: 'xsd/maindoc/UBL-OrderResponse-2.4.xsd',
  DespatchAdvice: 'xsd/maindoc/UBL-DespatchAdvice-2.4.xsd',
  ReceiptAdvice: 'xsd/maindoc/UBL-ReceiptAdvice-2.4.xsd',
  Invoice: 'xsd/maindoc/UBL-Invoice-2.4.xsd',
  CreditNote: 'xsd/maindoc/UBL-CreditNote-2.4.xsd',
} as const;
export type UblDocumentType = keyof typeof MAIN_SCHEMAS;

type SchemaFile = { fileName: string; contents: string };
const files = new Map<string, SchemaFile>();

function read(relative: string): SchemaFile {
  let file = files.get(relative);
  if (!file) {
    file = { fileName: relative, contents: readFileSync(path.join(UBL_SCHEMA_DIR, relative), 'utf8') };
    files.set(relative, file);
  }
  return file;
}

let common: SchemaFile[] | undefined;
function commonSchemas(): SchemaFile[] {
  common ??= readdirSync(path.join(UBL_SCHEMA_DIR, 'xsd', 'common'))
    .filter((name) => name.endsWith('.xsd'))
    .map((name) => read(`xsd/common/${name}`));
  return common;
}

/** One finding of the schema: the line of the document (when libxml2 names one) and what is wrong. */
export type SchemaProblem = { line: number | null; message: string };

const NAMESPACE_PREFIXES: [RegExp, string][] = [
  [/\{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\}/g, 'cbc:'],
  [/\{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\}/g, 'cac:'],
  [/\{urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2\}/g, 'ext:'],
  [/\{urn:oasis:names:specification:ubl:schema:xsd:[A-Za-z]+-2\}/g, ''],
];

/** libxml2's message with the UBL namespaces written as the usual prefixes (readable, and short). */
function readable(message: string): string {
  let out = message.trim();
  for (const [pattern, prefix] of NAMESPACE_PREFIXES) out = out.replace(pattern, prefix);
  return out;
}

/** Validates a UBL document against its type's schema. */
export async function validateUbl(
  xml: string,
  type: UblDocumentType,
): Promise<{ valid: boolean; problems: SchemaProblem[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [read(MAIN_SCHEMAS[type])],
    preload: commonSchemas(),
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: 512 * memoryPages.MiB,
  });
  return {
    valid: result.valid,
    problems: result.errors.map((e) => ({ line: e.loc?.lineNumber ?? null, message: readable(e.message) })),
  };
}
