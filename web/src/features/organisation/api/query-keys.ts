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
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
export const auditRootKey = ['audit'] as const;
