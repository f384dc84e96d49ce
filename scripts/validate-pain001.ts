/**
 * Renders sample payment-run files as ISO 20022 pain.001.001.09 credit transfers and validates them
 * with the system's xmllint (Debian package libxml2-utils) against the European Payments Council's
 * SEPA schema in standards/iso20022. Exits non-zero when any file is invalid or xmllint is missing.
 *
 *   npx tsx scripts/validate-pain001.ts          # validate, then remove the temporary files
 *   npx tsx scripts/validate-pain001.ts --keep   # keep them and print where they are
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CreditTransferFile, ISO20022_SCHEMA, renderPain001 } from '../src/documents/pain001';

const keep = process.argv.includes('--keep');

const samples: Record<string, CreditTransferFile> = {
  // Several suppliers, names and remittance texts outside the SEPA characters, a creditor without a BIC.
  'payment-run.xml': {
    messageId: 'PAY-2026-00042',
    createdAt: '2026-12-03T09:15:27.123Z',
    executionDate: '2026-12-04',
    debtor: { name: 'Müller & Söhne Beschaffung GmbH', iban: 'DE02120300000000202051', bic: 'BYLADEM1001' },
    transfers: [
      {
        endToEndId: 'PAY-2026-00042-001',
        amount: '1047.2',
        creditor: { name: 'Nordlicht Antriebe GmbH', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
        remittance: 'INV 2026-10417, INV 2026-10418, CN 77',
      },
      {
        endToEndId: 'PAY-2026-00042-002',
        amount: '0.01',
        creditor: {
          name: 'Société Générale d’Équipement «Est»',
          iban: 'FR1420041010050500013M02606',
          bic: null,
        },
        remittance: `INV ${'F-2026-0001, '.repeat(20)}`,
      },
      {
        endToEndId: 'PAY-2026-00042-003',
        amount: '999999999.99',
        creditor: { name: 'Zürcher Präzision AG', iban: 'CH9300762011623852957', bic: 'UBSWCHZH80A' },
        remittance: 'INV ZP/88213',
      },
    ],
  },
  // The smallest: one transfer, a paying account without a BIC.
  'payment-run-minimal.xml': {
    messageId: 'PAY-2026-00001',
    createdAt: '2026-01-02T08:00:00.000Z',
    executionDate: '2026-01-02',
    debtor: { name: 'Acme', iban: 'DE02120300000000202051', bic: null },
    transfers: [
      {
        endToEndId: 'PAY-2026-00001-001',
        amount: '12.5',
        creditor: { name: 'B', iban: 'DE89370400440532013000', bic: null },
        remittance: 'INV 1',
      },
    ],
  },
};

function main(): number {
  if (!existsSync(ISO20022_SCHEMA)) {
    console.error(`validate-pain001: schema not found at ${ISO20022_SCHEMA}`);
    return 2;
  }
  const version = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (version.error) {
    console.error('validate-pain001: xmllint not found; install it with: apt-get install -y libxml2-utils');
    return 2;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'openpo-pain001-'));
  let valid = false;
  try {
    const files = Object.entries(samples).map(([name, file]) => {
      const out = path.join(dir, name);
      writeFileSync(out, renderPain001(file), 'utf8');
      return out;
    });
    const result = spawnSync('xmllint', ['--noout', '--schema', ISO20022_SCHEMA, ...files], {
      encoding: 'utf8',
    });
    process.stderr.write(result.stderr);
    if (result.status !== 0) {
      console.error(`validate-pain001: FAILED (xmllint exit ${result.status}); files kept in ${dir}`);
      return 1;
    }
    valid = true;
    console.log(`validate-pain001: ${files.length} credit-transfer files valid against the EPC SEPA schema`);
    return 0;
  } finally {
    if (valid && !keep) rmSync(dir, { recursive: true, force: true });
    else if (keep) console.log(`validate-pain001: files in ${dir}`);
  }
}

process.exit(main());
