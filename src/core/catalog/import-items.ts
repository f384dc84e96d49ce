import { taxRateProblem } from '../../domain/tax-categories';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { CsvImportError, type CsvRecord, type CsvRowError, parseCsv, validateRow } from '../shared/csv';
import { AppError } from '../shared/errors';
import { type CreateItemInput, itemRow } from './create-item';
import { ITEM_AUDITED_FIELDS, type Item, toItem } from './item';
import { ITEM_CSV_COLUMNS, ItemCsvRow } from './item-csv';
import * as repo from './repository';
import { itemPatch, type UpdateItemInput } from './update-item';

export type ImportResult = { created: number; updated: number };

type Planned = { line: number; input: CreateItemInput };

const byLower = <T>(rows: T[], key: (r: T) => string) => new Map(rows.map((r) => [key(r).toLowerCase(), r]));

/** The fields a row sets: columns left out of the file are not touched on an existing item. */
function updateOf(input: CreateItemInput, row: ItemCsvRow): UpdateItemInput {
  return {
    sku: input.sku,
    name: input.name,
    categoryId: input.categoryId,
    unitCode: input.unitCode,
    ...(row.description !== undefined && { description: row.description }),
    ...(row.defaultTaxRate !== undefined && { defaultTaxRate: row.defaultTaxRate }),
    ...(row.defaultTaxCategory !== undefined && { defaultTaxCategory: row.defaultTaxCategory }),
    ...(row.inspectionRequired !== undefined && { inspectionRequired: row.inspectionRequired }),
    ...(row.service !== undefined && { service: row.service }),
    ...(row.active !== undefined && { active: row.active }),
  };
}

type Checked = { line: number; row?: ItemCsvRow; sku?: string; categoryCode?: string; unitCode?: string };

/**
 * Validates the cells of every row. The key cells (SKU, category and unit codes) are kept even
 * when another cell of the row is bad, so their references are checked too and the file comes
 * back with every problem at once.
 */
function checkRows(records: { line: number; record: CsvRecord }[], errors: CsvRowError[]): Checked[] {
  return records.map(({ line, record }) => {
    const already = errors.length;
    const row = validateRow(ItemCsvRow, line, record, errors);
    const bad = new Set(errors.slice(already).map((e) => e.column));
    const cell = (column: string) => (bad.has(column) ? undefined : record[column]?.trim() || undefined);
    return { line, row, sku: cell('sku'), categoryCode: cell('categoryCode'), unitCode: cell('unitCode') };
  });
}

/**
 * Imports items from CSV: a new SKU creates an item, a known SKU updates it. Every row is checked
 * first (cells, category and unit codes, SKUs repeated in the file, unit changes of priced items);
 * one bad row and nothing is written. The writes are one transaction, each audited.
 */
export async function importItems(ctx: Ctx, opts: { actor: Actor; csv: string }): Promise<ImportResult> {
  const records = parseCsv(opts.csv, ITEM_CSV_COLUMNS);
  const errors: CsvRowError[] = [];
  const checked = checkRows(records, errors);

  const seen = new Map<string, number>();
  for (const { line, sku } of checked) {
    if (!sku) continue;
    const first = seen.get(sku.toLowerCase());
    if (first !== undefined)
      errors.push({ line, column: 'sku', message: `repeats SKU ${sku} of line ${first}` });
    else seen.set(sku.toLowerCase(), line);
  }

  const present = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  const categories = byLower(
    await repo.findCategoriesByCodes(ctx.db, present(checked.map((r) => r.categoryCode))),
    (c) => c.code,
  );
  const units = byLower(
    await repo.findUnitsByCodesIgnoringCase(ctx.db, present(checked.map((r) => r.unitCode))),
    (u) => u.code,
  );
  const existing = byLower(
    await repo.findItemsBySkus(ctx.db, present(checked.map((r) => r.sku))),
    (i) => i.sku,
  );
  const priced = await repo.itemsWithPriceListEntries(
    ctx.db,
    [...existing.values()].map((i) => i.id),
  );

  const planned: (Planned & { row: ItemCsvRow })[] = [];
  for (const { line, row, sku, categoryCode, unitCode } of checked) {
    const before = sku ? existing.get(sku.toLowerCase()) : undefined;
    const category = categoryCode ? categories.get(categoryCode.toLowerCase()) : undefined;
    const unit = unitCode ? units.get(unitCode.toLowerCase()) : undefined;
    if (categoryCode && !category)
      errors.push({ line, column: 'categoryCode', message: `no item category has code ${categoryCode}` });
    else if (category && !category.active && category.id !== before?.categoryId) {
      errors.push({ line, column: 'categoryCode', message: `category ${category.code} is inactive` });
    }
    if (unitCode && !unit)
      errors.push({ line, column: 'unitCode', message: `${unitCode} is not a known unit` });
    else if (before && unit && unit.code !== before.unitCode && priced.has(before.id)) {
      errors.push({
        line,
        column: 'unitCode',
        message: `cannot change from ${before.unitCode} while price list entries quote item ${before.sku} per ${before.unitCode}`,
      });
    }
    if (row) {
      // The category must fit the rate the item will have (a column left out keeps the item's own).
      const rate = row.defaultTaxRate ?? before?.defaultTaxRate ?? '0';
      const taxCategory =
        row.defaultTaxCategory === undefined ? before?.defaultTaxCategory : row.defaultTaxCategory;
      const problem = taxCategory ? taxRateProblem(taxCategory, rate) : null;
      if (problem) errors.push({ line, column: 'defaultTaxRate', message: problem });
    }
    if (!row || !category || !unit) continue;
    planned.push({
      line,
      row,
      input: {
        sku: row.sku,
        name: row.name,
        description: row.description,
        categoryId: category.id,
        unitCode: unit.code,
        defaultTaxRate: row.defaultTaxRate,
        defaultTaxCategory: row.defaultTaxCategory,
        inspectionRequired: row.inspectionRequired,
        service: row.service,
        active: row.active,
      },
    });
  }
  if (errors.length > 0) throw new CsvImportError(errors.sort((a, b) => a.line - b.line));

  return ctx.db.transaction(async (tx) => {
    const current = byLower(
      await repo.findItemsBySkus(
        tx,
        planned.map((p) => p.input.sku),
      ),
      (i) => i.sku,
    );
    let created = 0;
    let updated = 0;
    const now = ctx.clock.now();
    for (const { input, row } of planned) {
      const beforeRow = current.get(input.sku.toLowerCase());
      if (!beforeRow) {
        const item = toItem(await repo.insertItem(tx, itemRow(input, now)));
        await recordAudit(tx, ctx.clock, {
          actor: opts.actor,
          entityType: 'item',
          entityId: item.id,
          action: 'import:create',
          changes: diff(null, item, ITEM_AUDITED_FIELDS),
        });
        created++;
        continue;
      }
      const before = toItem(beforeRow);
      const patch = itemPatch(updateOf(input, row));
      if (Object.keys(diff(before, { ...before, ...patch } as Item, ITEM_AUDITED_FIELDS)).length === 0)
        continue;
      const afterRow = await repo.updateItem(tx, before.id, before.version, { ...patch, updatedAt: now });
      if (!afterRow) throw AppError.conflict(`Item ${before.sku} changed during the import; run it again.`);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'item',
        entityId: before.id,
        action: 'import:update',
        changes: diff(before, toItem(afterRow), ITEM_AUDITED_FIELDS),
      });
      updated++;
    }
    return { created, updated };
  });
}
