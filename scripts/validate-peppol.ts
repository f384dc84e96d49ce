/**
 * Renders a representative set of order documents (and the suppliers' invoices the importer is
 * tested on) and checks them, in one call, against the PEPPOL
 * BIS 3 business rules and the UBL 2.4 schema with the PEPPOL validation kit. Exits 1 when any
 * document breaks a fatal rule, 2 when the kit cannot run (it names what is missing).
 *
 *   npm run validate:peppol                # validate, then remove the documents
 *   npm run validate:peppol -- --keep      # keep them and print where they are
 *
 * The kit (the official rule sets, compiled, with its `validate` runner) is not part of OpenPO: it
 * is looked for in OPENPO_PEPPOL_KIT, by default `../shared/standards/peppol` beside the checkout.
 * It needs a Java runtime and Saxon-HE (Debian: default-jre-headless libsaxonhe-java) and xmllint.
 * `npm test` does not depend on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderOrderResponseUbl } from '../src/documents/order-response-ubl';
import {
  orderDocumentProblems,
  renderPurchaseOrderUbl,
  type UblDocumentKind,
  ublDocumentKind,
} from '../src/documents/purchase-order-ubl';
import { peppolSampleInvoices } from '../test/documents/sample-invoices';
import {
  peppolSampleAnswers,
  peppolSampleOrders,
  samplePurchaseOrderDocument,
} from '../test/documents/sample-purchase-order';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const kit = process.env.OPENPO_PEPPOL_KIT ?? path.resolve(repoRoot, '..', 'shared', 'standards', 'peppol');
const keep = process.argv.includes('--keep');

function main(): number {
  const runner = path.join(kit, 'validate');
  if (!existsSync(runner)) {
    console.error(
      `validate-peppol: the PEPPOL validation kit was not found at ${kit} (set OPENPO_PEPPOL_KIT)`,
    );
    return 2;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'openpo-peppol-'));
  let passed = false;
  try {
    const files = new Map<UblDocumentKind | 'order-response' | 'invoice' | 'credit-note', string[]>();
    for (const [name, doc] of Object.entries(peppolSampleOrders())) {
      const problems = orderDocumentProblems(doc);
      if (problems.length > 0) {
        console.error(
          `validate-peppol: ${name} is not a complete order: ${problems.map((p) => p.message).join('; ')}`,
        );
        return 1;
      }
      const file = path.join(dir, `${name}.xml`);
      writeFileSync(file, renderPurchaseOrderUbl(doc), 'utf8');
      const kind = ublDocumentKind(doc);
      files.set(kind, [...(files.get(kind) ?? []), file]);
    }
    // The supplier's answers to the sample order (accepted, rejected, with changes).
    const answered = samplePurchaseOrderDocument();
    for (const [name, answer] of Object.entries(peppolSampleAnswers())) {
      const file = path.join(dir, `${name}.xml`);
      writeFileSync(file, renderOrderResponseUbl(answered, answer), 'utf8');
      files.set('order-response', [...(files.get('order-response') ?? []), file]);
    }
    // Suppliers' invoices and credit notes as the importer's tests bring them in.
    for (const [name, sample] of Object.entries(peppolSampleInvoices())) {
      const file = path.join(dir, `${name}.xml`);
      writeFileSync(file, sample.xml, 'utf8');
      files.set(sample.kind, [...(files.get(sample.kind) ?? []), file]);
    }
    // One call per kind of document (order, order change, order cancellation, order response).
    let failed = false;
    for (const [kind, list] of files) {
      const run = spawnSync(process.execPath, [runner, kind, ...list], { encoding: 'utf8' });
      process.stdout.write(run.stdout);
      process.stderr.write(run.stderr);
      if (run.status === 2 || run.error) {
        console.error('validate-peppol: the kit could not run (see above); documents kept in', dir);
        return 2;
      }
      if (run.status !== 0) failed = true;
    }
    if (failed) {
      console.error(`validate-peppol: FAILED: a fatal PEPPOL rule is broken; documents kept in ${dir}`);
      return 1;
    }
    const count = [...files.values()].reduce((n, list) => n + list.length, 0);
    passed = true;
    console.log(
      `validate-peppol: ${count} documents (orders, an order change, a cancellation, order responses, suppliers’ invoices and credit notes) pass the PEPPOL rules (fatal: 0)`,
    );
    if (keep) console.log(`validate-peppol: documents in ${dir}`);
    return 0;
  } finally {
    if (passed && !keep) rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
