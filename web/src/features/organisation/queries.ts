import { pageOf } from '@contracts/common';
import {
  Budget,
  BudgetEffect,
  type BudgetListQuery,
  CostCentre,
  type CostCentreListQuery,
  type CreateBudgetRequest,
  type CreateCostCentreRequest,
  type CreateDepartmentRequest,
  type CreateExchangeRateRequest,
  type CreateToleranceRuleRequest,
  Currency,
  type CurrencyListQuery,
  Department,
  type DepartmentListQuery,
  EffectiveTolerances,
  ExchangeRate,
  type ExchangeRateListQuery,
  RateQuote,
  Settings,
  ToleranceRule,
  type UpdateBudgetRequest,
  type UpdateCostCentreRequest,
  type UpdateDepartmentRequest,
  type UpdateExchangeRateRequest,
  type UpdateSettingsRequest,
  type UpdateToleranceRuleRequest,
} from '@contracts/organisation';
import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { client, ifMatch, isApiError, newIdempotencyKey, read, send } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * The organisation (departments, cost centres, currencies, exchange rates, settings, budgets)
 * through the generated API client: the queries and changes the pages use, with their cache keys.
 * Paths, parameters and bodies are checked against the API description.
 */

export type {
  Budget,
  BudgetEffect,
  CostCentre,
  CreateBudgetRequest,
  CreateCostCentreRequest,
  CreateDepartmentRequest,
  CreateExchangeRateRequest,
  Currency,
  Department,
  ExchangeRate,
  RateQuote,
  Settings,
  UpdateBudgetRequest,
  UpdateCostCentreRequest,
  UpdateDepartmentRequest,
  UpdateExchangeRateRequest,
  UpdateSettingsRequest,
};

/** Query keys of the organisation: each kind of record under its own prefix. */
export const organisationKeys = {
  all: ['organisation'] as const,
  departments: ['organisation', 'departments'] as const,
  departmentList: (filter: object) => ['organisation', 'departments', 'list', filter] as const,
  departmentOptions: () => ['organisation', 'departments', 'options'] as const,
  department: (id: string) => ['organisation', 'departments', 'detail', id] as const,
  costCentres: ['organisation', 'cost-centres'] as const,
  costCentreList: (filter: object) => ['organisation', 'cost-centres', 'list', filter] as const,
  costCentre: (id: string) => ['organisation', 'cost-centres', 'detail', id] as const,
  currencies: ['organisation', 'currencies'] as const,
  currencyList: (filter: object) => ['organisation', 'currencies', 'list', filter] as const,
  activeCurrencies: () => ['organisation', 'currencies', 'active'] as const,
  rates: ['organisation', 'exchange-rates'] as const,
  rateList: (filter: object) => ['organisation', 'exchange-rates', 'list', filter] as const,
  rateLookup: (query: object) => ['organisation', 'exchange-rates', 'lookup', query] as const,
  settings: () => ['organisation', 'settings'] as const,
  budgets: ['organisation', 'budgets'] as const,
  budgetList: (filter: object) => ['organisation', 'budgets', 'list', filter] as const,
  budgetEffect: (query: object) => ['organisation', 'budgets', 'effect', query] as const,
  tolerances: ['organisation', 'tolerances'] as const,
  effectiveTolerances: (query: object) => ['organisation', 'tolerances', 'effective', query] as const,
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
export const auditRootKey = ['audit'] as const;

type PageOptions = { cursor?: string; limit?: number; signal?: AbortSignal };

// ── Departments ───────────────────────────────────────────────────────────────────────────────────

export type DepartmentListFilter = z.input<typeof DepartmentListQuery>;
const DepartmentPage = pageOf(Department);
export type DepartmentPage = z.output<typeof DepartmentPage>;

export function listDepartments(
  filter: DepartmentListFilter,
  opts: PageOptions = {},
): Promise<DepartmentPage> {
  return read(DepartmentPage, () =>
    client.GET('/api/v1/departments', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 } },
      signal: opts.signal,
    }),
  );
}

export const departmentsQueryOptions = (filter: DepartmentListFilter) =>
  pagedQueryOptions({
    queryKey: organisationKeys.departmentList(filter),
    page: (cursor, signal) => listDepartments(filter, { cursor, signal }),
  });

/** The departments page: filtered, in code order, a page at a time. */
export function useDepartments(filter: DepartmentListFilter) {
  return useInfiniteQuery(departmentsQueryOptions(filter));
}

/** Up to 200 departments (active and not), for pickers and for naming a user's department. */
export function listDepartmentOptions(signal?: AbortSignal): Promise<Department[]> {
  return listDepartments({}, { limit: 200, signal }).then((page) => page.items);
}

export const departmentOptionsQueryOptions = () =>
  queryOptions({
    queryKey: organisationKeys.departmentOptions(),
    queryFn: ({ signal }) => listDepartmentOptions(signal),
    staleTime: 5 * 60_000,
  });

/** Pass `enabled: false` for users without organisation:read: the caller then leaves departments out. */
export function useDepartmentOptions(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...departmentOptionsQueryOptions(), enabled: opts.enabled ?? true });
}

export function getDepartment(id: string, signal?: AbortSignal): Promise<Department> {
  return read(Department, () => client.GET('/api/v1/departments/{id}', { params: { path: { id } }, signal }));
}

export const departmentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: organisationKeys.department(id),
    queryFn: ({ signal }) => getDepartment(id, signal),
  });

export function useDepartment(id: string) {
  return useQuery(departmentQueryOptions(id));
}

export function createDepartment(input: CreateDepartmentRequest): Promise<Department> {
  const key = newIdempotencyKey();
  return read(
    Department,
    () => client.POST('/api/v1/departments', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDepartment,
    onSuccess: (department) => {
      queryClient.setQueryData(organisationKeys.department(department.id), department);
      void queryClient.invalidateQueries({ queryKey: organisationKeys.departments });
    },
  });
}

/** Saves changes made to `version` of the department; a 412 means someone else saved first. */
export function updateDepartment(args: {
  id: string;
  version: number;
  input: UpdateDepartmentRequest;
}): Promise<Department> {
  return read(Department, () =>
    client.PATCH('/api/v1/departments/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDepartment,
    onSuccess: (department) => {
      queryClient.setQueryData(organisationKeys.department(department.id), department);
      void queryClient.invalidateQueries({ queryKey: organisationKeys.departments });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

// ── Cost centres ──────────────────────────────────────────────────────────────────────────────────

export type CostCentreListFilter = z.input<typeof CostCentreListQuery>;
const CostCentrePage = pageOf(CostCentre);
export type CostCentrePage = z.output<typeof CostCentrePage>;

export function listCostCentres(
  filter: CostCentreListFilter,
  opts: PageOptions = {},
): Promise<CostCentrePage> {
  return read(CostCentrePage, () =>
    client.GET('/api/v1/cost-centres', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 } },
      signal: opts.signal,
    }),
  );
}

export const costCentresQueryOptions = (filter: CostCentreListFilter) =>
  pagedQueryOptions({
    queryKey: organisationKeys.costCentreList(filter),
    page: (cursor, signal) => listCostCentres(filter, { cursor, signal }),
  });

/** Cost centres matching the filter (search, department, active), in code order, a page at a time. */
export function useCostCentres(filter: CostCentreListFilter) {
  return useInfiniteQuery(costCentresQueryOptions(filter));
}

/** One cost centre: the current version, e.g. to reload after someone else saved it. */
export function getCostCentre(id: string, signal?: AbortSignal): Promise<CostCentre> {
  return read(CostCentre, () =>
    client.GET('/api/v1/cost-centres/{id}', { params: { path: { id } }, signal }),
  );
}

export function createCostCentre(input: CreateCostCentreRequest): Promise<CostCentre> {
  const key = newIdempotencyKey();
  return read(
    CostCentre,
    () =>
      client.POST('/api/v1/cost-centres', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateCostCentre() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCostCentre,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.costCentres }),
  });
}

/** Saves changes made to `version` of the cost centre; a 412 means someone else saved first. */
export function updateCostCentre(args: {
  id: string;
  version: number;
  input: UpdateCostCentreRequest;
}): Promise<CostCentre> {
  return read(CostCentre, () =>
    client.PATCH('/api/v1/cost-centres/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateCostCentre() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCostCentre,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.costCentres });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

// ── Currencies ────────────────────────────────────────────────────────────────────────────────────

export type CurrencyListFilter = z.input<typeof CurrencyListQuery>;
const CurrencyPage = pageOf(Currency);
export type CurrencyPage = z.output<typeof CurrencyPage>;

export function listCurrencies(filter: CurrencyListFilter, opts: PageOptions = {}): Promise<CurrencyPage> {
  return read(CurrencyPage, () =>
    client.GET('/api/v1/currencies', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 } },
      signal: opts.signal,
    }),
  );
}

export const currenciesQueryOptions = (filter: CurrencyListFilter) =>
  pagedQueryOptions({
    queryKey: organisationKeys.currencyList(filter),
    page: (cursor, signal) => listCurrencies(filter, { cursor, signal }),
  });

/** Every currency (active or not) matching the filter, in code order, a page at a time. */
export function useCurrencies(filter: CurrencyListFilter) {
  return useInfiniteQuery(currenciesQueryOptions(filter));
}

/** The active currencies (the ones a supplier, order or price may use), in code order. */
export function listActiveCurrencies(signal?: AbortSignal): Promise<Currency[]> {
  return listCurrencies({ active: 'true' }, { limit: 200, signal }).then((page) => page.items);
}

export const activeCurrenciesQueryOptions = () =>
  queryOptions({
    queryKey: organisationKeys.activeCurrencies(),
    queryFn: ({ signal }) => listActiveCurrencies(signal),
    staleTime: 10 * 60_000,
  });

export function useActiveCurrencies() {
  return useQuery(activeCurrenciesQueryOptions());
}

/**
 * Offers a currency for new documents, or stops offering it. The base currency cannot be
 * deactivated: the server answers 409 and says why.
 */
export function setCurrencyActive(args: { code: string; active: boolean }): Promise<Currency> {
  return read(Currency, () =>
    client.PATCH('/api/v1/currencies/{code}', {
      params: { path: { code: args.code } },
      body: { active: args.active },
    }),
  );
}

export function useSetCurrencyActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCurrencyActive,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.currencies });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

// ── Exchange rates ────────────────────────────────────────────────────────────────────────────────

export type ExchangeRateListFilter = z.input<typeof ExchangeRateListQuery>;
const ExchangeRatePage = pageOf(ExchangeRate);
export type ExchangeRatePage = z.output<typeof ExchangeRatePage>;

export function listExchangeRates(
  filter: ExchangeRateListFilter,
  opts: PageOptions = {},
): Promise<ExchangeRatePage> {
  return read(ExchangeRatePage, () =>
    client.GET('/api/v1/exchange-rates', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 } },
      signal: opts.signal,
    }),
  );
}

export const exchangeRatesQueryOptions = (filter: ExchangeRateListFilter) =>
  pagedQueryOptions({
    queryKey: organisationKeys.rateList(filter),
    page: (cursor, signal) => listExchangeRates(filter, { cursor, signal }),
  });

/** Exchange rates, newest date first, filtered by currency and a date range (inclusive). */
export function useExchangeRates(filter: ExchangeRateListFilter) {
  return useInfiniteQuery(exchangeRatesQueryOptions(filter));
}

/** One exchange rate: the current version, e.g. to reload after someone else saved it. */
export function getExchangeRate(id: string, signal?: AbortSignal): Promise<ExchangeRate> {
  return read(ExchangeRate, () =>
    client.GET('/api/v1/exchange-rates/{id}', { params: { path: { id } }, signal }),
  );
}

export type RateLookupParams = { currency: string; date?: string };

/** The rate converting a currency to the base currency on a date: the latest on or before it. */
export function lookUpExchangeRate(params: RateLookupParams, signal?: AbortSignal): Promise<RateQuote> {
  return read(RateQuote, () =>
    client.GET('/api/v1/exchange-rates/lookup', { params: { query: params }, signal }),
  );
}

export const rateLookupQueryOptions = (params: RateLookupParams) =>
  queryOptions({
    queryKey: organisationKeys.rateLookup(params),
    queryFn: ({ signal }) => lookUpExchangeRate(params, signal),
    retry: false,
  });

/** Runs the lookup once a currency is chosen (null until then). */
export function useRateLookup(params: RateLookupParams | null) {
  return useQuery({ ...rateLookupQueryOptions(params ?? { currency: '' }), enabled: params !== null });
}

export function createExchangeRate(input: CreateExchangeRateRequest): Promise<ExchangeRate> {
  const key = newIdempotencyKey();
  return read(
    ExchangeRate,
    () =>
      client.POST('/api/v1/exchange-rates', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateExchangeRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExchangeRate,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.rates }),
  });
}

/** Corrects the rate of `version` of the entry; a 412 means someone else saved first. */
export function updateExchangeRate(args: {
  id: string;
  version: number;
  input: UpdateExchangeRateRequest;
}): Promise<ExchangeRate> {
  return read(ExchangeRate, () =>
    client.PATCH('/api/v1/exchange-rates/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateExchangeRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateExchangeRate,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.rates });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

export function deleteExchangeRate(args: { id: string; version: number }): Promise<void> {
  return send(() =>
    client.DELETE('/api/v1/exchange-rates/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
    }),
  );
}

export function useDeleteExchangeRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteExchangeRate,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.rates });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

// ── Settings ──────────────────────────────────────────────────────────────────────────────────────

export function getSettings(signal?: AbortSignal): Promise<Settings> {
  return read(Settings, () => client.GET('/api/v1/settings', { signal }));
}

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: organisationKeys.settings(),
    queryFn: ({ signal }) => getSettings(signal),
    staleTime: 10 * 60_000,
  });

/** Pass `enabled: false` for users without organisation:read. */
export function useSettings(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...settingsQueryOptions(), enabled: opts.enabled ?? true });
}

/**
 * Saves changes made to `version` of the settings (sent as If-Match, the settings' ETag); number
 * formats are merged by document type. A 412 means someone else saved first.
 */
export function updateSettings(args: { version: number; input: UpdateSettingsRequest }): Promise<Settings> {
  return read(Settings, () =>
    client.PATCH('/api/v1/settings', {
      params: { header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(organisationKeys.settings(), settings);
      // The base currency decides which rates apply.
      void queryClient.invalidateQueries({ queryKey: organisationKeys.rates });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: organisationKeys.settings() });
    },
  });
}

// ── Budgets ───────────────────────────────────────────────────────────────────────────────────────

export type BudgetListFilter = z.input<typeof BudgetListQuery>;
const BudgetPage = pageOf(Budget);
export type BudgetPage = z.output<typeof BudgetPage>;

export function listBudgets(filter: BudgetListFilter, opts: PageOptions = {}): Promise<BudgetPage> {
  return read(BudgetPage, () =>
    client.GET('/api/v1/budgets', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 100 } },
      signal: opts.signal,
    }),
  );
}

/** Budgets matching the filter (cost centre, period type) by period start, with their consumption. */
export function useBudgets(filter: BudgetListFilter) {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: organisationKeys.budgetList(filter),
      page: (cursor, signal) => listBudgets(filter, { cursor, signal }),
    }),
  );
}

export function getBudget(id: string, signal?: AbortSignal): Promise<Budget> {
  return read(Budget, () => client.GET('/api/v1/budgets/{id}', { params: { path: { id } }, signal }));
}

export type BudgetEffectQuery = { costCentreId: string; date: string; amount: string; currency: string };

export function getBudgetEffect(query: BudgetEffectQuery, signal?: AbortSignal): Promise<BudgetEffect> {
  return read(BudgetEffect, () => client.GET('/api/v1/budgets/effect', { params: { query }, signal }));
}

/** The effect of an amount on the cost centre's budgets on a date; null query: nothing to ask yet. */
export function useBudgetEffect(query: BudgetEffectQuery | null) {
  return useQuery({
    ...queryOptions({
      queryKey: organisationKeys.budgetEffect(query ?? {}),
      queryFn: ({ signal }) => getBudgetEffect(query!, signal),
      staleTime: 30_000,
    }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function createBudget(input: CreateBudgetRequest): Promise<Budget> {
  const key = newIdempotencyKey();
  return read(
    Budget,
    () => client.POST('/api/v1/budgets', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
}

export function useCreateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBudget,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.budgets });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

/** Changes the amount of `version` of the budget; a 412 means someone else saved first. */
export function updateBudget(args: {
  id: string;
  version: number;
  input: UpdateBudgetRequest;
}): Promise<Budget> {
  return read(Budget, () =>
    client.PATCH('/api/v1/budgets/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
}

export function useUpdateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBudget,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.budgets });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

// ── tolerances ──────────────────────────────────────────────────────────────

export type { CreateToleranceRuleRequest, EffectiveTolerances, ToleranceRule, UpdateToleranceRuleRequest };

const ToleranceRulePage = pageOf(ToleranceRule);

/** The tolerance rules, least specific first (global, suppliers, categories, items). */
export function useToleranceRules() {
  return useInfiniteQuery(
    pagedQueryOptions({
      queryKey: organisationKeys.tolerances,
      page: (cursor, signal) =>
        read(ToleranceRulePage, () =>
          client.GET('/api/v1/tolerances', { params: { query: { cursor, limit: 100 } }, signal }),
        ),
    }),
  );
}

/** What applies to a supplier and an item, and which rule decided each tolerance. */
export function useEffectiveTolerances(query: { supplierId?: string; itemId?: string }) {
  return useQuery({
    queryKey: organisationKeys.effectiveTolerances(query),
    queryFn: ({ signal }) =>
      read(EffectiveTolerances, () =>
        client.GET('/api/v1/tolerances/effective', { params: { query }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSaveToleranceRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      args:
        | { id?: undefined; body: CreateToleranceRuleRequest }
        | { id: string; version: number; body: UpdateToleranceRuleRequest },
    ) => {
      if (args.id === undefined) {
        const key = newIdempotencyKey();
        return read(ToleranceRule, () =>
          client.POST('/api/v1/tolerances', {
            params: { header: { 'Idempotency-Key': key } },
            body: args.body,
          }),
        );
      }
      return read(ToleranceRule, () =>
        client.PATCH('/api/v1/tolerances/{id}', {
          params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
          body: args.body,
        }),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.tolerances });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

export function useDeleteToleranceRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: Pick<ToleranceRule, 'id' | 'version'>) =>
      send(() =>
        client.DELETE('/api/v1/tolerances/{id}', {
          params: { path: { id: rule.id }, header: { 'If-Match': ifMatch(rule.version) } },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.tolerances });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
