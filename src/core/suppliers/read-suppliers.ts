import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import * as repo from './repository';
import { type Supplier, toSupplier } from './supplier';

export async function getSupplier(ctx: Ctx, opts: { id: string }): Promise<Supplier> {
  const row = await repo.findById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Supplier', opts.id);
  return toSupplier(row);
}

/** The suppliers with these ids (those that exist), in no particular order: one statement. */
export async function findSuppliersByIds(ctx: Ctx, opts: { ids: string[] }): Promise<Supplier[]> {
  return (await repo.findByIds(ctx.db, opts.ids)).map(toSupplier);
}

/** The code, legal name and status of the suppliers with these ids (a list's labels): one statement. */
export async function supplierLabels(
  ctx: Ctx,
  opts: { ids: string[] },
): Promise<{ id: string; code: string; legalName: string; status: Supplier['status'] }[]> {
  return repo.labelsByIds(ctx.db, opts.ids);
}

export async function listSuppliers(
  ctx: Ctx,
  opts: { filter: repo.SupplierFilter; limit: number; cursor?: string },
): Promise<Page<Supplier>> {
  const c = decodeListCursor(opts.cursor, { k: 'text' });
  const rows = await repo.list(
    ctx.db,
    opts.filter,
    c ? { legalName: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  return pageOf(rows.map(toSupplier), opts.limit, (s) => ({ k: s.legalName, id: s.id }));
}
