import { renderPain001 } from '../../documents/pain001';
import * as organisation from '../organisation';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { toCsv } from '../shared/csv';
import { AppError } from '../shared/errors';
import { D } from '../shared/money';
import * as suppliers from '../suppliers';
import * as repo from './repository';

/**
 * The files a confirmed run hands to the bank: its SEPA payments (euros to an IBAN) as an ISO 20022
 * pain.001.001.09 credit-transfer file, and its other payments as a CSV for the bank's upload.
 * Made from what was stored at confirmation, so the same file every time it is fetched; cancelled
 * and rejected payments are left out. Account numbers appear in full: `payments:approve` only.
 */

async function confirmedRun(ctx: Ctx, actor: Actor, id: string): Promise<repo.PaymentRunRow> {
  if (!can(actor, 'payments:read')) throw AppError.notFound('Payment run', id);
  if (!can(actor, 'payments:approve')) {
    throw AppError.forbidden('You cannot fetch payment files: your roles do not grant payments:approve.');
  }
  const run = await repo.findRun(ctx.db, id);
  if (!run) throw AppError.notFound('Payment run', id);
  if (run.status !== 'confirmed' && run.status !== 'paid') {
    throw AppError.conflict(
      `This payment run is ${run.status}: its payment files exist once it is confirmed.`,
      {
        currentStatus: run.status,
      },
    );
  }
  return run;
}

const LIVE = new Set(['scheduled', 'paid']);

/** The bank CSV's columns, in order (docs/accounts-payable.md#payment-runs). */
const BANK_CSV_COLUMNS = [
  'paymentNumber',
  'executionDate',
  'debtorIban',
  'supplierCode',
  'supplierName',
  'accountName',
  'iban',
  'accountNumber',
  'bic',
  'bankName',
  'currency',
  'amount',
  'remittance',
];

/** The run's SEPA credit-transfer file (pain.001.001.09), and its file name. */
export async function creditTransferFile(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<{ fileName: string; xml: string }> {
  const run = await confirmedRun(ctx, opts.actor, opts.id);
  const payments = (await repo.paymentsOf(ctx.db, run.id)).filter(
    (p) => p.method === 'sepa_credit_transfer' && LIVE.has(p.status),
  );
  if (payments.length === 0) {
    throw AppError.conflict(
      `${run.number} has no SEPA payments (euros to an IBAN): its payments are in the bank-transfer CSV.`,
    );
  }
  const debtor = run.debtorAccount!;
  const xml = renderPain001({
    messageId: run.number,
    createdAt: run.confirmedAt!.toISOString(),
    executionDate: run.paymentDate,
    debtor: { name: debtor.accountName, iban: debtor.iban, bic: debtor.bic },
    transfers: payments.map((p) => ({
      endToEndId: p.number,
      amount: p.amount,
      creditor: {
        name: p.creditorAccount.accountName,
        iban: p.creditorAccount.iban!,
        bic: p.creditorAccount.bic,
      },
      remittance: p.remittance,
    })),
  });
  return { fileName: `${run.number}.pain.001.xml`, xml };
}

/** The run's payments that are not SEPA transfers, one row each, for the bank's upload (CSV). */
export async function bankTransferCsv(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<{ fileName: string; csv: string }> {
  const run = await confirmedRun(ctx, opts.actor, opts.id);
  const payments = (await repo.paymentsOf(ctx.db, run.id)).filter(
    (p) => p.method === 'bank_transfer' && LIVE.has(p.status),
  );
  const details = await suppliers.supplierPaymentDetails(ctx, { ids: payments.map((p) => p.supplierId) });
  const debtor = run.debtorAccount!;
  const minorUnitsOf = await organisation.minorUnitsOf(ctx, { codes: payments.map((p) => p.currency) });
  const rows = payments.map((p) => {
    const s = details.get(p.supplierId);
    return {
      paymentNumber: p.number,
      executionDate: run.paymentDate,
      debtorIban: debtor.iban,
      supplierCode: s?.code,
      supplierName: s?.legalName,
      accountName: p.creditorAccount.accountName,
      iban: p.creditorAccount.iban,
      accountNumber: p.creditorAccount.accountNumber,
      bic: p.creditorAccount.bic,
      bankName: p.creditorAccount.bankName,
      currency: p.currency,
      amount: D(p.amount).toFixed(minorUnitsOf(p.currency)),
      remittance: p.remittance,
    };
  });
  const csv = toCsv(BANK_CSV_COLUMNS, rows);
  return { fileName: `${run.number}.bank-transfers.csv`, csv };
}
