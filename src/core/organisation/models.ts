import type { PaymentAccount } from '../../db/schema';
import type { BudgetControl } from '../../domain/organisation';
import { type PartyIdentifiers, partyIdentifiersOf } from '../../domain/party-identifiers';
import { normalize } from '../shared/money';
import type { Role } from '../shared/permissions';
import type * as repo from './repository';

/** The organisation's records as the core hands them out, and the fields the audit trail records. */

export type Department = {
  id: string;
  code: string;
  name: string;
  headUserId: string | null;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export const DEPARTMENT_AUDITED: (keyof Department)[] = ['code', 'name', 'headUserId', 'active'];

export function toDepartment(row: repo.DepartmentRow): Department {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    headUserId: row.headUserId,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type CostCentre = {
  id: string;
  code: string;
  name: string;
  departmentId: string;
  ownerUserId: string | null;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export const COST_CENTRE_AUDITED: (keyof CostCentre)[] = [
  'code',
  'name',
  'departmentId',
  'ownerUserId',
  'active',
];

export function toCostCentre(row: repo.CostCentreRow): CostCentre {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    departmentId: row.departmentId,
    ownerUserId: row.ownerUserId,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type Currency = { code: string; name: string; minorUnits: number; active: boolean };

export function toCurrency(row: repo.CurrencyRow): Currency {
  return { code: row.code, name: row.name, minorUnits: row.minorUnits, active: row.active };
}

/** `rate` is units of `baseCurrency` for one unit of `currency`, as a canonical decimal string. */
export type ExchangeRate = {
  id: string;
  currency: string;
  baseCurrency: string;
  rate: string;
  validOn: string;
  version: number;
  createdAt: Date;
};

export const EXCHANGE_RATE_AUDITED: (keyof ExchangeRate)[] = ['currency', 'baseCurrency', 'rate', 'validOn'];

export function toExchangeRate(row: repo.ExchangeRateRow): ExchangeRate {
  return {
    id: row.id,
    currency: row.currency,
    baseCurrency: row.baseCurrency,
    rate: normalize(row.rate),
    validOn: row.validOn,
    version: row.version,
    createdAt: row.createdAt,
  };
}

/** The rate that applies to an amount in `currency` on `date` (validOn is null for the base currency). */
export type RateQuote = {
  currency: string;
  baseCurrency: string;
  date: string;
  rate: string;
  validOn: string | null;
};

export type OrganisationAddress = {
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode?: string;
  country: string;
};

export type Settings = {
  organisationName: string;
  baseCurrency: string;
  fiscalYearStartMonth: number;
  /** Document type → number format, e.g. purchase_order → "PO-{YYYY}-{#####}". */
  numberFormats: Record<string, string>;
  address: OrganisationAddress | null;
  /** How far past the requested quantity a requisition line may be ordered, in % ("5" = 5 %). */
  overOrderAllowancePercent: string;
  /** What submitting a document that would exceed a budget does: add a "Budget overrun" step, or refuse. */
  budgetControl: BudgetControl;
  /** The role whose holders (with the cost centre's owner) approve a budget overrun. */
  budgetApproverRole: Role;
  /** Send an order to its supplier as soon as it is finally approved (dispatch). */
  autoSendOnApproval: boolean;
  /** How far above the ordered quantity a supplier may ship a line, in % ("0": not at all). */
  /** Days after sending an unacknowledged order is at risk (tracking). */
  acknowledgementDueDays: number;
  /** Days before a promised delivery the supplier is reminded. */
  deliveryReminderDays: number;
  /** The account suppliers are paid from: the debtor of payment runs (null: none set yet). */
  paymentAccount: PaymentAccount | null;
  version: number;
  updatedAt: Date;
} & PartyIdentifiers;

export const SETTINGS_AUDITED: (keyof Settings)[] = [
  'organisationName',
  'baseCurrency',
  'fiscalYearStartMonth',
  'numberFormats',
  'address',
  'overOrderAllowancePercent',
  'budgetControl',
  'budgetApproverRole',
  'autoSendOnApproval',
  'acknowledgementDueDays',
  'deliveryReminderDays',
  'paymentAccount',
  'electronicAddress',
  'legalId',
  'taxId',
  'taxScheme',
];

export function toSettings(row: repo.SettingsRow): Settings {
  return {
    organisationName: row.organisationName,
    baseCurrency: row.baseCurrency,
    fiscalYearStartMonth: row.fiscalYearStartMonth,
    numberFormats: row.numberFormats,
    address: (row.address as OrganisationAddress | null) ?? null,
    overOrderAllowancePercent: normalize(row.overOrderAllowancePercent),
    budgetControl: row.budgetControl,
    budgetApproverRole: row.budgetApproverRole as Role,
    autoSendOnApproval: row.autoSendOnApproval,
    acknowledgementDueDays: row.acknowledgementDueDays,
    deliveryReminderDays: row.deliveryReminderDays,
    paymentAccount: row.paymentAccount ?? null,
    ...partyIdentifiersOf(row),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
