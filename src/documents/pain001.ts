import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { SEPA_REMITTANCE_LENGTH, sepaText } from '../domain/payments';
import { el, serializeXml } from './xml';

/**
 * A payment run's euro payments as an ISO 20022 customer credit-transfer initiation
 * (`pain.001.001.09`) in the European Payments Council's SEPA profile (EPC132-08, 2023): one
 * payment information block (the run: its execution date and the paying account), one credit
 * transfer per payment (supplier), its end-to-end id the payment's number, the remittance text the
 * supplier's invoice numbers. Valid against standards/iso20022 (tested). docs/accounts-payable.md.
 */

export const PAIN_001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

export type CreditTransferFile = {
  /** The run's number: the message and payment information id. */
  messageId: string;
  /** When the file was made (the run's confirmation), ISO. */
  createdAt: string;
  /** The day the bank is asked to execute the transfers. */
  executionDate: string;
  debtor: { name: string; iban: string; bic: string | null };
  transfers: {
    endToEndId: string;
    /** Euros, two decimals. */
    amount: string;
    creditor: { name: string; iban: string; bic: string | null };
    remittance: string;
  }[];
};

/** Sum of amounts with two decimals, in integer cents so no float noise creeps in. */
function sum(amounts: string[]): string {
  let cents = 0n;
  for (const a of amounts) cents += toCents(a);
  return fromCents(cents);
}

function toCents(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  const sign = whole!.startsWith('-') ? -1n : 1n;
  const digits = whole!.replace('-', '');
  return sign * (BigInt(digits || '0') * 100n + BigInt(`${fraction}00`.slice(0, 2)));
}

function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** An amount as SEPA writes it: two decimals. */
export function sepaAmount(amount: string): string {
  return fromCents(toCents(amount));
}

function agent(bic: string | null) {
  return el('FinInstnId', {}, bic ? el('BICFI', {}, bic) : el('Othr', {}, el('Id', {}, 'NOTPROVIDED')));
}

/** The file's XML (UTF-8, names and texts in the SEPA character set). */
export function renderPain001(file: CreditTransferFile): string {
  const amounts = file.transfers.map((t) => sepaAmount(t.amount));
  const total = sum(amounts);
  const count = String(file.transfers.length);
  const debtorName = sepaText(file.debtor.name, 70);
  const doc = el(
    'Document',
    { xmlns: PAIN_001_NAMESPACE },
    el(
      'CstmrCdtTrfInitn',
      {},
      el(
        'GrpHdr',
        {},
        el('MsgId', {}, sepaText(file.messageId, 35)),
        el('CreDtTm', {}, file.createdAt.replace(/\.\d+Z$/, '').replace(/Z$/, '')),
        el('NbOfTxs', {}, count),
        el('CtrlSum', {}, total),
        el('InitgPty', {}, el('Nm', {}, debtorName)),
      ),
      el(
        'PmtInf',
        {},
        el('PmtInfId', {}, sepaText(file.messageId, 35)),
        el('PmtMtd', {}, 'TRF'),
        el('BtchBookg', {}, 'true'),
        el('NbOfTxs', {}, count),
        el('CtrlSum', {}, total),
        el('PmtTpInf', {}, el('SvcLvl', {}, el('Cd', {}, 'SEPA'))),
        el('ReqdExctnDt', {}, el('Dt', {}, file.executionDate)),
        el('Dbtr', {}, el('Nm', {}, debtorName)),
        el('DbtrAcct', {}, el('Id', {}, el('IBAN', {}, file.debtor.iban))),
        el('DbtrAgt', {}, agent(file.debtor.bic)),
        el('ChrgBr', {}, 'SLEV'),
        ...file.transfers.map((t, i) =>
          el(
            'CdtTrfTxInf',
            {},
            el('PmtId', {}, el('EndToEndId', {}, sepaText(t.endToEndId, 35))),
            el('Amt', {}, el('InstdAmt', { Ccy: 'EUR' }, amounts[i]!)),
            t.creditor.bic && el('CdtrAgt', {}, el('FinInstnId', {}, el('BICFI', {}, t.creditor.bic))),
            el('Cdtr', {}, el('Nm', {}, sepaText(t.creditor.name, 70))),
            el('CdtrAcct', {}, el('Id', {}, el('IBAN', {}, t.creditor.iban))),
            el('RmtInf', {}, el('Ustrd', {}, sepaText(t.remittance, SEPA_REMITTANCE_LENGTH) || t.endToEndId)),
          ),
        ),
      ),
    ),
  );
  return serializeXml(doc);
}

export const ISO20022_SCHEMA =
  process.env.ISO20022_SCHEMA ??
  fileURLToPath(new URL('../../standards/iso20022/EPC132-08_2023_SCT_pain.001.001.09.xsd', import.meta.url));

let schema: { fileName: string; contents: string } | undefined;

/** Validates a credit-transfer file against the EPC's SEPA schema (libxml2 in WebAssembly). */
export async function validatePain001(
  xml: string,
): Promise<{ valid: boolean; problems: { line: number | null; message: string }[] }> {
  schema ??= { fileName: 'pain.001.001.09.xsd', contents: readFileSync(ISO20022_SCHEMA, 'utf8') };
  const result = await validateXML({
    xml: [{ fileName: 'payment-run.xml', contents: xml }],
    schema: [schema],
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: 512 * memoryPages.MiB,
  });
  return {
    valid: result.valid,
    problems: result.errors.map((e) => ({
      line: e.loc?.lineNumber ?? null,
      message: e.message.replaceAll(`{${PAIN_001_NAMESPACE}}`, '').trim(),
    })),
  };
}
