/**
 * Renders sample purchase orders as UBL 2.1 Order documents and validates them with the system's
 * xmllint (Debian package libxml2-utils) against the OASIS UBL 2.4 schema in
 * standards/ubl-2.4 (the official OASIS schemas, kept in the repository). Exits non-zero when any document is invalid or xmllint is missing.
 *
 *   npx tsx scripts/validate-ubl.ts            # validate, then remove the temporary files
 *   npx tsx scripts/validate-ubl.ts --keep     # keep them and print where they are
 *
 * UBL_SCHEMA_DIR overrides the schema directory (the one holding xsd/maindoc and xsd/common).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPurchaseOrderUbl } from '../src/documents/purchase-order-ubl';
import { renderReceiptAdviceUbl } from '../src/documents/receipt-advice-ubl';
import {
  minimalPurchaseOrderDocument,
  samplePurchaseOrderDocument,
} from '../test/documents/sample-purchase-order';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const schemaDir = process.env.UBL_SCHEMA_DIR ?? path.resolve(repoRoot, 'standards', 'ubl-2.4');
const schema = path.join(schemaDir, 'xsd', 'maindoc', 'UBL-Order-2.4.xsd');
const receiptSchema = path.join(schemaDir, 'xsd', 'maindoc', 'UBL-ReceiptAdvice-2.4.xsd');
const keep = process.argv.includes('--keep');

function main(): number {
  if (!existsSync(schema)) {
    console.error(`validate-ubl: schema not found at ${schema} (set UBL_SCHEMA_DIR)`);
    return 2;
  }
  const version = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (version.error) {
    console.error('validate-ubl: xmllint not found; install it with: apt-get install -y libxml2-utils');
    return 2;
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'openpo-ubl-'));
  let valid = false;
  try {
    const samples = {
      'order-sample.xml': samplePurchaseOrderDocument(),
      'order-120-lines.xml': samplePurchaseOrderDocument({ lineCount: 120 }),
      'order-minimal.xml': minimalPurchaseOrderDocument(),
    };
    const files = Object.entries(samples).map(([name, doc]) => {
      const file = path.join(dir, name);
      writeFileSync(file, renderPurchaseOrderUbl(doc), 'utf8');
      return file;
    });
    const result = spawnSync('xmllint', ['--noout', '--schema', schema, ...files], { encoding: 'utf8' });
    process.stderr.write(result.stderr);
    if (result.status !== 0) {
      console.error(`validate-ubl: FAILED (xmllint exit ${result.status}); documents kept in ${dir}`);
      return 1;
    }
    // A goods receipt of the sample order: from its ship notice, one line short, one rejected in part.
    const order = samplePurchaseOrderDocument();
    const receiptFile = path.join(dir, 'receipt-advice-sample.xml');
    writeFileSync(
      receiptFile,
      renderReceiptAdviceUbl(order, {
        number: 'GR-2026-00042',
        receivedOn: '2026-12-04',
        recordedAt: '2026-12-04T09:30:00.000Z',
        note: 'Pallet wrap torn',
        deliveryNote: 'DN-4711',
        shipNotice: {
          number: 'ASN-2026-00017',
          lines: order.lines.slice(0, 2).map((l) => ({ lineNo: l.lineNo, quantity: l.quantity })),
        },
        lines: order.lines.slice(0, 2).map((l, i) => ({
          lineNo: l.lineNo,
          description: l.description,
          received: i === 0 ? l.quantity : '1',
          rejected: i === 0 ? '1' : '0',
          rejections: i === 0 ? [{ code: 'damaged', text: 'Crushed carton' }] : [],
          lotNumber: i === 0 ? 'L-2026-12' : null,
          serialNumbers: [],
        })),
      }),
      'utf8',
    );
    const receipt = spawnSync('xmllint', ['--noout', '--schema', receiptSchema, receiptFile], {
      encoding: 'utf8',
    });
    process.stderr.write(receipt.stderr);
    if (receipt.status !== 0) {
      console.error(`validate-ubl: FAILED (xmllint exit ${receipt.status}); documents kept in ${dir}`);
      return 1;
    }
    valid = true;
    console.log(`validate-ubl: ${files.length} UBL Order documents valid against ${schema}`);
    console.log(`validate-ubl: 1 UBL Receipt Advice valid against ${receiptSchema}`);
    if (keep) console.log(`validate-ubl: documents in ${dir}`);
    return 0;
  } finally {
    if (valid && !keep) rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
