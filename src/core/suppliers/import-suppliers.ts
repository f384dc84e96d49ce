import * as catalog from '../catalog';
import * as organisation from '../organisation';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { CsvImportError, type CsvRowError, parseCsv, validateRow } from '../shared/csv';
import { type CreateSupplierInput, supplierRow } from './create-supplier';
import * as repo from './repository';
import { AUDITED_FIELDS, toSupplier } from './supplier';
import { SUPPLIER_CSV_COLUMNS, SupplierCsvRow } from './supplier-csv';

export type ImportResult = { created: number; updated: number };

function toInput(row: SupplierCsvRow, categoryIds: string[]): CreateSupplierInput {
  return {
    code: row.code,
    legalName: row.legalName,
    taxId: row.taxId ?? null,
    defaultCurrency: row.defaultCurrency,
    paymentTermsNetDays: row.paymentTermsNetDays ?? 30,
    earlyPaymentDiscountPercent: row.earlyPaymentDiscountPercent ?? null,
    earlyPaymentDiscountDays: row.earlyPaymentDiscountDays ?? null,
    categoryIds,
    addresses: row.addressLine1
      ? [
          {
            kind: 'billing',
            line1: row.addressLine1,
            ...(row.addressLine2 && { line2: row.addressLine2 }),
            city: row.city!,
            ...(row.region && { region: row.region }),
            ...(row.postalCode && { postalCode: row.postalCode }),
            country: row.country!,
          },
        ]
      : [],
    contacts: row.contactName
      ? [
          {
            name: row.contactName,
            ...(row.contactEmail && { email: row.contactEmail }),
            ...(row.contactPhone && { phone: row.contactPhone }),
          },
        ]
      : [],
    notes: row.notes ?? '',
    // A file without the column leaves a known supplier's language as it is.
    ...(row.language !== undefined && { language: row.language }),
  };
}

/**
 * Imports suppliers from CSV: a new code creates a supplier, a known code updates it. Every row is
 * validated first; one bad row and nothing is written. The whole import is one transaction.
 */
export async function importSuppliers(ctx: Ctx, opts: { actor: Actor; csv: string }): Promise<ImportResult> {
  const records = parseCsv(opts.csv, SUPPLIER_CSV_COLUMNS);
  const errors: CsvRowError[] = [];
  const rows: { line: number; row: SupplierCsvRow }[] = [];
  for (const { line, record } of records) {
    const row = validateRow(SupplierCsvRow, line, record, errors);
    if (row) rows.push({ line, row });
  }

  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    const key = row.code.toLowerCase();
    if (seen.has(key))
      errors.push({ line, column: 'code', message: `repeats code ${row.code} of line ${seen.get(key)}` });
    else seen.set(key, line);
  }

  // References are checked on every row, also those with other errors, so one pass reports all.
  const raw = records.map(({ line, record }) => ({
    line,
    currency: (record.defaultCurrency ?? '').trim(),
    categories: (record.categories ?? '')
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean),
  }));
  const currencyCodes = [...new Set(raw.map((r) => r.currency).filter((c) => /^[A-Z]{3}$/.test(c)))];
  const activeCurrencies = await organisation.activeCurrencyCodes(ctx, { codes: currencyCodes });
  const categoryCodes = [...new Set(raw.flatMap((r) => r.categories.map((c) => c.toLowerCase())))];
  const categoryRows = await catalog.findItemCategoriesByCodes(ctx, { codes: categoryCodes });
  const categoryByCode = new Map(categoryRows.map((c) => [c.code.toLowerCase(), c.id]));

  const categoryIdsByLine = new Map<number, string[]>();
  for (const { line, currency, categories } of raw) {
    if (/^[A-Z]{3}$/.test(currency) && !activeCurrencies.has(currency)) {
      errors.push({ line, column: 'defaultCurrency', message: `${currency} is not an active currency` });
    }
    const ids: string[] = [];
    for (const code of categories) {
      const id = categoryByCode.get(code.toLowerCase());
      if (id) ids.push(id);
      else errors.push({ line, column: 'categories', message: `no item category has code ${code}` });
    }
    categoryIdsByLine.set(line, ids);
  }
  const inputs = rows.map(({ line, row }) => ({
    line,
    input: toInput(row, categoryIdsByLine.get(line) ?? []),
  }));
  if (errors.length > 0) throw new CsvImportError(errors.sort((a, b) => a.line - b.line));

  return ctx.db.transaction(async (tx) => {
    const existing = new Map(
      (
        await repo.findByCodes(
          tx,
          inputs.map((i) => i.input.code),
        )
      ).map((s) => [s.code.toLowerCase(), s]),
    );
    let created = 0;
    let updated = 0;
    const now = ctx.clock.now();
    for (const { input } of inputs) {
      const before = existing.get(input.code.toLowerCase());
      if (!before) {
        const [row] = await repo.insert(tx, [supplierRow(input, now)]);
        const supplier = toSupplier(row!);
        await recordAudit(tx, ctx.clock, {
          actor: opts.actor,
          entityType: 'supplier',
          entityId: supplier.id,
          action: 'import:create',
          changes: diff(null, supplier, AUDITED_FIELDS),
        });
        created++;
        continue;
      }
      const { id: _id, status: _status, createdAt: _createdAt, ...fields } = supplierRow(input, now);
      // The file carries one billing address and one contact: those are replaced, the rest kept.
      const addresses = input.addresses.length
        ? [...input.addresses, ...before.addresses.filter((a) => a.kind !== 'billing')]
        : before.addresses;
      const contacts = input.contacts.length
        ? [...input.contacts, ...before.contacts.slice(1)]
        : before.contacts;
      const row = await repo.update(tx, before.id, before.version, {
        ...fields,
        addresses,
        contacts,
        bankDetails: before.bankDetails,
        language: input.language !== undefined ? fields.language : before.language,
      });
      const changes = diff(toSupplier(before), toSupplier(row!), AUDITED_FIELDS);
      if (Object.keys(changes).length > 0) {
        await recordAudit(tx, ctx.clock, {
          actor: opts.actor,
          entityType: 'supplier',
          entityId: before.id,
          action: 'import:update',
          changes,
        });
        updated++;
      }
    }
    return { created, updated };
  });
}
