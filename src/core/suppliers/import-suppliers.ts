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
    paymentTermsBasis: row.paymentTermsBasis ?? 'invoice_date',
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
            ...(row.contactRole && { role: row.contactRole }),
            ...(row.contactEmail && { email: row.contactEmail, orderContact: true }),
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
    row,
    input: toInput(row, categoryIdsByLine.get(line) ?? []),
  }));
  // The columns the file has: only those change a supplier that exists.
  const present = new Set(Object.keys(records[0]?.record ?? {}));
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
    for (const { input, row } of inputs) {
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
      const patch = importedChanges(before, input, row, present, now);
      const merged = { ...before, ...patch, updatedAt: before.updatedAt };
      const changes = diff(toSupplier(before), toSupplier(merged), AUDITED_FIELDS);
      // An unchanged row writes nothing: no new version, no audit entry.
      if (Object.keys(changes).length === 0) continue;
      await repo.update(tx, before.id, before.version, patch);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'supplier',
        entityId: before.id,
        action: 'import:update',
        changes,
      });
      updated++;
    }
    return { created, updated };
  });
}

/**
 * What a row changes on a supplier that exists, column by column: a column the file lacks keeps
 * the supplier's value; an empty cell clears it (or sets the default where a value is required).
 * The row's address updates the one the export wrote (billing, else the first), keeping its kind;
 * its contact the first contact, keeping what the file has no column for.
 */
function importedChanges(
  before: repo.SupplierRow,
  input: CreateSupplierInput,
  row: SupplierCsvRow,
  present: Set<string>,
  now: Date,
): Partial<repo.SupplierInsert> {
  const has = (column: string) => present.has(column);
  const patch: Partial<repo.SupplierInsert> = {
    code: input.code,
    legalName: input.legalName,
    defaultCurrency: input.defaultCurrency,
    updatedAt: now,
  };
  if (has('taxId')) patch.taxId = input.taxId ?? null;
  if (has('paymentTermsNetDays')) patch.paymentTermsNetDays = input.paymentTermsNetDays;
  if (has('earlyPaymentDiscountPercent'))
    patch.earlyPaymentDiscountPercent = input.earlyPaymentDiscountPercent ?? null;
  if (has('earlyPaymentDiscountDays'))
    patch.earlyPaymentDiscountDays = input.earlyPaymentDiscountDays ?? null;
  if (has('paymentTermsBasis')) patch.paymentTermsBasis = row.paymentTermsBasis ?? 'invoice_date';
  if (has('categories')) patch.categoryIds = [...new Set(input.categoryIds)];
  if (has('notes')) patch.notes = input.notes;
  if (has('language')) patch.language = row.language ?? null;

  const addressColumns = ['addressLine1', 'addressLine2', 'city', 'region', 'postalCode', 'country'];
  if (addressColumns.some(has)) {
    const at = Math.max(
      0,
      before.addresses.findIndex((a) => a.kind === 'billing'),
    );
    const current = before.addresses[at];
    const addresses = [...before.addresses];
    if (!row.addressLine1) {
      if (current) addresses.splice(at, 1);
    } else {
      const fresh = input.addresses[0]!;
      addresses.splice(at, current ? 1 : 0, {
        ...fresh,
        kind: current?.kind ?? 'billing',
        ...(!has('addressLine2') && current?.line2 ? { line2: current.line2 } : {}),
        ...(!has('region') && current?.region ? { region: current.region } : {}),
        ...(!has('postalCode') && current?.postalCode ? { postalCode: current.postalCode } : {}),
      });
    }
    patch.addresses = addresses;
  }

  const contactColumns = ['contactName', 'contactRole', 'contactEmail', 'contactPhone'];
  if (contactColumns.some(has)) {
    const [first, ...rest] = before.contacts;
    if (has('contactName') && !row.contactName) {
      patch.contacts = rest;
    } else {
      const keep = (column: string, value: string | undefined, old: string | undefined) =>
        has(column) ? value : old;
      const name = keep('contactName', row.contactName, first?.name);
      if (name) {
        const role = keep('contactRole', row.contactRole, first?.role);
        const email = keep('contactEmail', row.contactEmail, first?.email);
        const phone = keep('contactPhone', row.contactPhone, first?.phone);
        patch.contacts = [
          { ...first, name, role, email, phone } as repo.SupplierRow['contacts'][number],
          ...rest,
        ].map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as typeof c);
      }
    }
  }
  return patch;
}
