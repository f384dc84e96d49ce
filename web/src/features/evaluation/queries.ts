import {
  DrillDown,
  type DrillDownQuery,
  type DrillMeasure,
  Scorecard,
  ScorecardList,
  type ScorecardListQuery,
  ScorecardSettings,
  type ScorecardSettingsInput,
  SupplierGrades,
  SupplierRanking,
} from '@contracts/evaluation';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, isApiError, read } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * Supplier evaluation through the generated API client: the comparison of suppliers, a supplier's
 * scorecard and what is behind each of its figures, and the settings scores are computed with
 * (docs/evaluation.md).
 */

export type {
  DrillDown,
  DrillMeasure,
  Scorecard,
  ScorecardList,
  ScorecardSettings,
  ScorecardSettingsInput,
  SupplierRanking,
};
export type SupplierGrade = z.output<typeof SupplierGrades>['items'][number];
export type SupplierCandidate = SupplierRanking['candidates'][number];
export type ScorecardRow = z.output<typeof ScorecardList>['items'][number];
export type DrillDownRow = DrillDown['items'][number];
export type ScorecardSort = NonNullable<ScorecardListQuery['sort']>;
export type DrillOutcome = NonNullable<DrillDownQuery['outcome']>;

export type ScorecardScope = { period: string; categoryId?: string };

export const SCORECARD_PAGE_SIZE = 25;
export const DRILL_DOWN_PAGE_SIZE = 25;

export const scorecardKeys = {
  all: ['scorecards'] as const,
  list: (scope: ScorecardScope, sort: ScorecardSort) => ['scorecards', 'list', scope, sort] as const,
  supplier: (supplierId: string, scope: ScorecardScope) =>
    ['scorecards', 'supplier', supplierId, scope] as const,
  drillDown: (supplierId: string, scope: ScorecardScope, measure: DrillMeasure, outcome: DrillOutcome) =>
    ['scorecards', 'drill-down', supplierId, scope, measure, outcome] as const,
  settings: () => ['scorecards', 'settings'] as const,
  ranking: (itemId: string, quantity: string) => ['scorecards', 'ranking', itemId, quantity] as const,
};

// ── Grades and rankings where a supplier is chosen ──────────────────────────────────────────────

/** The suppliers' grades over the last 12 months, by id (a supplier without orders is absent). */
export async function getSupplierGrades(
  ids: string[],
  signal?: AbortSignal,
): Promise<Map<string, SupplierGrade>> {
  if (ids.length === 0) return new Map();
  const answer = await read(SupplierGrades, () =>
    client.GET('/api/v1/supplier-grades', { params: { query: { ids: ids.join(',') } }, signal }),
  );
  return new Map(answer.items.map((g) => [g.supplierId, g]));
}

/** The suppliers with a valid price today for `quantity` of the item, best first by price and score. */
export const supplierRankingQueryOptions = (itemId: string, quantity: string) =>
  queryOptions({
    queryKey: scorecardKeys.ranking(itemId, quantity),
    queryFn: ({ signal }) =>
      read(SupplierRanking, () =>
        client.GET('/api/v1/items/{id}/supplier-ranking', {
          params: { path: { id: itemId }, query: { quantity } },
          signal,
        }),
      ),
    staleTime: 60_000,
  });

// ── The comparison of suppliers ─────────────────────────────────────────────────────────────────

export function listScorecards(
  scope: ScorecardScope,
  sort: ScorecardSort,
  opts: { cursor?: string; signal?: AbortSignal } = {},
): Promise<ScorecardList> {
  return read(ScorecardList, () =>
    client.GET('/api/v1/scorecards', {
      params: {
        query: {
          period: scope.period,
          categoryId: scope.categoryId,
          sort,
          cursor: opts.cursor,
          limit: SCORECARD_PAGE_SIZE,
        },
      },
      signal: opts.signal,
    }),
  );
}

export function useScorecards(scope: ScorecardScope, sort: ScorecardSort) {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: scorecardKeys.list(scope, sort),
      page: (cursor, signal) => listScorecards(scope, sort, { cursor, signal }),
    }),
  );
}

// ── One supplier's scorecard ────────────────────────────────────────────────────────────────────

export function getSupplierScorecard(
  supplierId: string,
  scope: ScorecardScope,
  signal?: AbortSignal,
): Promise<Scorecard> {
  return read(Scorecard, () =>
    client.GET('/api/v1/suppliers/{id}/scorecard', {
      params: { path: { id: supplierId }, query: { period: scope.period, categoryId: scope.categoryId } },
      signal,
    }),
  );
}

export const supplierScorecardQueryOptions = (supplierId: string, scope: ScorecardScope) =>
  queryOptions({
    queryKey: scorecardKeys.supplier(supplierId, scope),
    queryFn: ({ signal }) => getSupplierScorecard(supplierId, scope, signal),
  });

export function useSupplierScorecard(
  supplierId: string,
  scope: ScorecardScope,
  opts: { enabled?: boolean } = {},
) {
  return useQuery({ ...supplierScorecardQueryOptions(supplierId, scope), enabled: opts.enabled ?? true });
}

export function drillDownScore(
  supplierId: string,
  scope: ScorecardScope,
  measure: DrillMeasure,
  outcome: DrillOutcome,
  opts: { cursor?: string; signal?: AbortSignal } = {},
): Promise<DrillDown> {
  return read(DrillDown, () =>
    client.GET('/api/v1/suppliers/{id}/scorecard/drill-down', {
      params: {
        path: { id: supplierId },
        query: {
          period: scope.period,
          categoryId: scope.categoryId,
          measure,
          outcome,
          cursor: opts.cursor,
          limit: DRILL_DOWN_PAGE_SIZE,
        },
      },
      signal: opts.signal,
    }),
  );
}

export function useDrillDown(
  supplierId: string,
  scope: ScorecardScope,
  measure: DrillMeasure | null,
  outcome: DrillOutcome,
) {
  return useInfiniteQuery({
    ...pagedQueryOptions({
      queryKey: scorecardKeys.drillDown(supplierId, scope, measure ?? 'otif', outcome),
      page: (cursor, signal) =>
        drillDownScore(supplierId, scope, measure ?? 'otif', outcome, { cursor, signal }),
      keepPrevious: false,
    }),
    enabled: measure !== null,
  });
}

// ── Settings ────────────────────────────────────────────────────────────────────────────────────

export function getScorecardSettings(signal?: AbortSignal): Promise<ScorecardSettings> {
  return read(ScorecardSettings, () => client.GET('/api/v1/scorecard-settings', { signal }));
}

export const scorecardSettingsQueryOptions = () =>
  queryOptions({ queryKey: scorecardKeys.settings(), queryFn: ({ signal }) => getScorecardSettings(signal) });

export function useScorecardSettings(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...scorecardSettingsQueryOptions(), enabled: opts.enabled ?? true });
}

/** Saves changes made to `version` of the settings (If-Match); a 412 means someone else saved first. */
export function updateScorecardSettings(args: {
  version: number;
  input: ScorecardSettingsInput;
}): Promise<ScorecardSettings> {
  return read(ScorecardSettings, () =>
    client.PUT('/api/v1/scorecard-settings', {
      params: { header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateScorecardSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateScorecardSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(scorecardKeys.settings(), settings);
      // New weights, bands or minimum change every score shown.
      void queryClient.invalidateQueries({
        queryKey: scorecardKeys.all,
        predicate: (q) => q.queryKey[1] !== 'settings',
      });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: scorecardKeys.settings() });
    },
  });
}
