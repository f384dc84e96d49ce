import * as organisation from '../organisation';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { CsvImportError, type CsvRowError, parseCsv, validateRow } from '../shared/csv';
import { AppError } from '../shared/errors';
import { normalize } from '../shared/money';
import { type CreatePriceListEntryInput, priceListEntryRow } from './create-price-list-entry';
import type { ImportResult } from './import-items';
import { PRICE_LIST_CSV_COLUMNS, PriceListCsvRow } from './price-list-csv';
import { PRICE_AUDITED_FIELDS, type PriceListEntry, toPriceListEntry } from './price-list-entry';
import * as repo from './repository';
import { priceKey, quantityFitsUnit } from './rules';
import { priceListEntryPatch, type UpdatePriceListEntryInput } from './update-price-list-entry';

const byLower = <T>(rows: T[], key: (r: T) => string) => new Map(rows.map((r) => [key(r).toLowerCase(), r]));
const unique = <T>(values: T[]) => [...new Set(values)];

/** What a row changes on an existing entry; columns left out of the file are not touched. */
function updateOf(row: PriceListCsvRow): UpdatePriceListEntryInput {
  return {
    unitPrice: row.unitPrice,
    ...(row.validTo !== undefined && { validTo: row.validTo }),
    ...(row.leadTimeDays !== undefined && { leadTimeDays: row.leadTimeDays }),
    ...(row.supplierPartNumber !== undefined && { supplierPartNumber: row.supplierPartNumber }),
  };
}

/**
 * Imports price list entries from CSV. A row whose supplier, SKU, currency, minQuantity and
 * validFrom match an existing entry updates its price, validTo, lead time and part number;
 * otherwise it creates an entry. Every row is checked first; one bad row and nothing is written.
 * The writes are one transaction, each audited.
 */
export async function importPriceListEntries(
  ctx: Ctx,
  opts: { actor: Actor; csv: string },
): Promise<ImportResult> {
  const records = parseCsv(opts.csv, PRICE_LIST_CSV_COLUMNS);
  const errors: CsvRowError[] = [];
  const checked = records.map(({ line, record }) => {
    const already = errors.length;
    const row = validateRow(PriceListCsvRow, line, record, errors);
    const bad = new Set(errors.slice(already).map((e) => e.column));
    // Key cells are checked against the database even when another cell of the row is bad.
    const cell = (column: string) => (bad.has(column) ? undefined : record[column]?.trim() || undefined);
    return { line, row, supplierCode: cell('supplierCode'), sku: cell('sku') };
  });
  const present = (values: (string | undefined)[]) => unique(values.filter((v): v is string => !!v));

  const suppliers = byLower(
    await repo.findSuppliersByCodes(ctx.db, present(checked.map((r) => r.supplierCode))),
    (s) => s.code,
  );
  const items = byLower(await repo.findItemsBySkus(ctx.db, present(checked.map((r) => r.sku))), (i) => i.sku);
  const units = new Map(
    (await repo.findUnitsByCodesIgnoringCase(ctx.db, unique([...items.values()].map((i) => i.unitCode)))).map(
      (u) => [u.code, u],
    ),
  );
  const currencies = await organisation.activeCurrencyCodes(ctx, {
    codes: present(checked.map((r) => r.row?.currency)),
  });
  const existing = new Map(
    (
      await repo.findPriceListEntriesFor(
        ctx.db,
        unique([...suppliers.values()].map((s) => s.id)),
        unique([...items.values()].map((i) => i.id)),
      )
    ).map((e) => [priceKey(e), e]),
  );

  const planned: { line: number; key: string; input: CreatePriceListEntryInput; row: PriceListCsvRow }[] = [];
  const seen = new Map<string, number>();
  for (const { line, row, supplierCode, sku } of checked) {
    const supplier = supplierCode ? suppliers.get(supplierCode.toLowerCase()) : undefined;
    const item = sku ? items.get(sku.toLowerCase()) : undefined;
    if (supplierCode && !supplier)
      errors.push({ line, column: 'supplierCode', message: `no supplier has code ${supplierCode}` });
    if (sku && !item) errors.push({ line, column: 'sku', message: `no item has SKU ${sku}` });
    if (!row || !supplier || !item) continue;
    const input: CreatePriceListEntryInput = {
      supplierId: supplier.id,
      itemId: item.id,
      supplierPartNumber: row.supplierPartNumber,
      currency: row.currency,
      minQuantity: normalize(row.minQuantity ?? '0'),
      unitPrice: row.unitPrice,
      validFrom: row.validFrom,
      validTo: row.validTo,
      leadTimeDays: row.leadTimeDays,
    };
    const key = priceKey({ ...input, minQuantity: input.minQuantity! });
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        line,
        column: 'validFrom',
        message: `repeats the entry of line ${first} (same supplier, SKU, currency, minQuantity and validFrom)`,
      });
      continue;
    }
    seen.set(key, line);
    // An existing entry keeps its supplier, item and currency: only a new one must be allowed to use them.
    if (!existing.has(key)) {
      if (supplier.status === 'blocked')
        errors.push({ line, column: 'supplierCode', message: `supplier ${supplier.code} is blocked` });
      if (!item.active) errors.push({ line, column: 'sku', message: `item ${item.sku} is inactive` });
      if (!currencies.has(row.currency))
        errors.push({ line, column: 'currency', message: `${row.currency} is not an active currency` });
      const unit = units.get(item.unitCode);
      if (unit && !quantityFitsUnit(input.minQuantity!, unit)) {
        errors.push({
          line,
          column: 'minQuantity',
          message: `must have at most ${unit.decimals} decimal places (unit ${unit.code})`,
        });
      }
    }
    planned.push({ line, key, input, row });
  }
  if (errors.length > 0) throw new CsvImportError(errors.sort((a, b) => a.line - b.line));

  return ctx.db.transaction(async (tx) => {
    const pairs = unique(planned.map((p) => `${p.input.supplierId}:${p.input.itemId}`)).sort();
    for (const pair of pairs) {
      const [supplierId, itemId] = pair.split(':') as [string, string];
      await repo.lockSupplierItem(tx, supplierId, itemId);
    }
    const current = new Map(
      (
        await repo.findPriceListEntriesFor(
          tx,
          unique(planned.map((p) => p.input.supplierId)),
          unique(planned.map((p) => p.input.itemId)),
        )
      ).map((e) => [priceKey(e), e]),
    );
    let created = 0;
    let updated = 0;
    const now = ctx.clock.now();
    for (const { key, input, row } of planned) {
      const beforeRow = current.get(key);
      if (!beforeRow) {
        const entry = toPriceListEntry(await repo.insertPriceListEntry(tx, priceListEntryRow(input, now)));
        await recordAudit(tx, ctx.clock, {
          actor: opts.actor,
          entityType: 'price_list_entry',
          entityId: entry.id,
          action: 'import:create',
          changes: diff(null, entry, PRICE_AUDITED_FIELDS),
        });
        created++;
        continue;
      }
      const before = toPriceListEntry(beforeRow);
      const patch = priceListEntryPatch(updateOf(row));
      if (
        Object.keys(diff(before, { ...before, ...patch } as PriceListEntry, PRICE_AUDITED_FIELDS)).length ===
        0
      )
        continue;
      const afterRow = await repo.updatePriceListEntry(tx, before.id, before.version, {
        ...patch,
        updatedAt: now,
      });
      if (!afterRow)
        throw AppError.conflict(`Price list entry ${before.id} changed during the import; run it again.`);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'price_list_entry',
        entityId: before.id,
        action: 'import:update',
        changes: diff(before, toPriceListEntry(afterRow), PRICE_AUDITED_FIELDS),
      });
      updated++;
    }
    return { created, updated };
  });
}
