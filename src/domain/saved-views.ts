/** Lists whose filters a user can save as named views (their pages' paths). Pure. */
export const SAVED_VIEW_LISTS = ['purchase-orders', 'requisitions', 'audit'] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

/** Views one user keeps per list at most. */
export const MAX_SAVED_VIEWS_PER_LIST = 50;
