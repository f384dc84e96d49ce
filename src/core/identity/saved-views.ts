import { MAX_SAVED_VIEWS_PER_LIST, type SavedViewList } from '../../domain/saved-views';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import * as repo from './repository';

export type SavedView = { id: string; list: SavedViewList; name: string; query: string; createdAt: Date };

/** Parameters that place a page of a list rather than filter it: never part of a view. */
const NOT_FILTERS = new Set(['cursor', 'page', 'limit']);

/**
 * A list page's query string as a view keeps it: parameters in a stable order, empty ones and
 * paging dropped ("?status=approved&q=" → "status=approved").
 */
export function normalisedQuery(query: string): string {
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  const kept = [...params.entries()].filter(([k, v]) => v.trim() !== '' && !NOT_FILTERS.has(k));
  kept.sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(kept).toString();
}

function ownerOf(actor: Actor): string {
  if (!actor.userId) throw AppError.forbidden('Views belong to a signed-in user.');
  return actor.userId;
}

/** The caller's views of one list, by name. Views are personal settings: only their owner sees them. */
export async function listSavedViews(
  ctx: Ctx,
  opts: { actor: Actor; list: SavedViewList },
): Promise<SavedView[]> {
  const rows = await repo.listSavedViews(ctx.db, ownerOf(opts.actor), opts.list, MAX_SAVED_VIEWS_PER_LIST);
  return rows.map(({ userId: _, ...view }) => view);
}

/** Saves the list's current filters under a name the caller has not used on that list yet. */
export async function createSavedView(
  ctx: Ctx,
  opts: { actor: Actor; list: SavedViewList; name: string; query: string },
): Promise<SavedView> {
  const userId = ownerOf(opts.actor);
  const name = opts.name.trim();
  const query = normalisedQuery(opts.query);
  if ((await repo.countSavedViews(ctx.db, userId, opts.list)) >= MAX_SAVED_VIEWS_PER_LIST) {
    throw AppError.field(
      'name',
      `you already keep ${MAX_SAVED_VIEWS_PER_LIST} views of this list; delete one first`,
    );
  }
  const view = {
    id: newId(ctx.clock.now().getTime()),
    list: opts.list,
    name,
    query,
    createdAt: ctx.clock.now(),
  };
  try {
    await repo.insertSavedView(ctx.db, { ...view, userId });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('conflict', `You already have a view named “${name}” on this list.`, {
        errors: [{ path: 'name', message: 'is already the name of one of your views of this list' }],
      });
    }
    throw err;
  }
  return view;
}

/** Deletes one of the caller's views (anyone else's is "not found"). */
export async function deleteSavedView(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<void> {
  if (!(await repo.deleteSavedView(ctx.db, opts.id, ownerOf(opts.actor)))) {
    throw AppError.notFound('Saved view', opts.id);
  }
}
