import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type Department, toDepartment } from './models';
import * as repo from './repository';

export async function getDepartment(ctx: Ctx, opts: { id: string }): Promise<Department> {
  const row = await repo.findDepartmentById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Department', opts.id);
  return toDepartment(row);
}

/** Departments in code order; q searches code and name. */
export async function listDepartments(
  ctx: Ctx,
  opts: { filter: repo.DepartmentFilter; limit: number; cursor?: string },
): Promise<Page<Department>> {
  const c = decodeListCursor(opts.cursor, { k: 'text' });
  const rows = await repo.listDepartments(
    ctx.db,
    opts.filter,
    c ? { key: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  return pageOf(rows.map(toDepartment), opts.limit, (d) => ({ k: d.code, id: d.id }));
}
