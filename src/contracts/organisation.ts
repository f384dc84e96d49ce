import { z } from 'zod';
import { DOCUMENT_TYPE_RE, MAX_FORMAT_LENGTH, numberFormatProblem } from '../core/organisation/rules';
import { BUDGET_CONTROLS, BUDGET_PERIOD_TYPES, TOLERANCE_SCOPES } from '../domain/organisation';
import {
  booleanQuery,
  CountryCode,
  CurrencyCode,
  dateOut,
  decimalString,
  Id,
  IsoDate,
  requiredText,
  text,
} from './common';
import { Permission, Role } from './identity';
import { partyIdentifierFields, partyIdentifierInputFields } from './party-identifiers';

const Code = requiredText(30).regex(
  /^[A-Za-z0-9._-]+$/,
  'may contain only letters, digits, ".", "_" and "-"',
);

// ── departments ─────────────────────────────────────────────────────────────

export const Department = z
  .object({
    id: Id,
    code: z.string(),
    name: z.string(),
    headUserId: Id.nullable(),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'Department' });
export type Department = z.output<typeof Department>;

const departmentFields = {
  code: Code,
  name: requiredText(200),
  headUserId: Id.nullable(),
  active: z.boolean(),
};

export const CreateDepartmentRequest = z.object({
  ...departmentFields,
  headUserId: departmentFields.headUserId.optional(),
  active: departmentFields.active.default(true),
});
export type CreateDepartmentRequest = z.input<typeof CreateDepartmentRequest>;

export const UpdateDepartmentRequest = z.object(departmentFields).partial();
export type UpdateDepartmentRequest = z.input<typeof UpdateDepartmentRequest>;

export const DepartmentListQuery = z.object({
  q: text(200).optional(),
  active: booleanQuery.optional(),
});

// ── cost centres ────────────────────────────────────────────────────────────

export const CostCentre = z
  .object({
    id: Id,
    code: z.string(),
    name: z.string(),
    departmentId: Id,
    ownerUserId: Id.nullable(),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'CostCentre' });
export type CostCentre = z.output<typeof CostCentre>;

const costCentreFields = {
  code: Code,
  name: requiredText(200),
  departmentId: Id,
  ownerUserId: Id.nullable(),
  active: z.boolean(),
};

export const CreateCostCentreRequest = z.object({
  ...costCentreFields,
  ownerUserId: costCentreFields.ownerUserId.optional(),
  active: costCentreFields.active.default(true),
});
export type CreateCostCentreRequest = z.input<typeof CreateCostCentreRequest>;

export const UpdateCostCentreRequest = z.object(costCentreFields).partial();
export type UpdateCostCentreRequest = z.input<typeof UpdateCostCentreRequest>;

export const CostCentreListQuery = z.object({
  q: text(200).optional(),
  departmentId: Id.optional(),
  active: booleanQuery.optional(),
});

// ── currencies ──────────────────────────────────────────────────────────────

export const Currency = z
  .object({
    code: z.string(),
    name: z.string(),
    minorUnits: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: 'Currency' });
export type Currency = z.output<typeof Currency>;

export const CurrencyParams = z.object({ code: CurrencyCode });

export const CurrencyListQuery = z.object({
  q: text(100).optional(),
  active: booleanQuery.optional(),
});

export const UpdateCurrencyRequest = z.object({ active: z.boolean() });

// ── exchange rates ──────────────────────────────────────────────────────────

/** Units of the base currency for one unit of the currency. */
const Rate = decimalString({ scale: 10, min: 'positive' }).meta({
  description: 'Units of the base currency for one unit of the currency; > 0, at most 10 decimal places',
  example: '1.0842',
});

export const ExchangeRate = z
  .object({
    id: Id,
    currency: z.string(),
    baseCurrency: z.string(),
    rate: z.string().meta({ description: 'Units of baseCurrency for one unit of currency (decimal string)' }),
    validOn: IsoDate,
    version: z.number().int(),
    createdAt: dateOut,
  })
  .meta({ id: 'ExchangeRate' });
export type ExchangeRate = z.output<typeof ExchangeRate>;

export const CreateExchangeRateRequest = z.object({
  currency: CurrencyCode,
  baseCurrency: CurrencyCode.optional().meta({
    description: 'Defaults to the base currency in the settings',
  }),
  rate: Rate,
  validOn: IsoDate,
});
export type CreateExchangeRateRequest = z.input<typeof CreateExchangeRateRequest>;

export const UpdateExchangeRateRequest = z.object({ rate: Rate });
export type UpdateExchangeRateRequest = z.input<typeof UpdateExchangeRateRequest>;

export const ExchangeRateListQuery = z.object({
  currency: CurrencyCode.optional(),
  baseCurrency: CurrencyCode.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export const ExchangeRateLookupQuery = z.object({
  currency: CurrencyCode,
  date: IsoDate.optional().meta({ description: 'Defaults to today' }),
});

export const RateQuote = z
  .object({
    currency: z.string(),
    baseCurrency: z.string(),
    date: IsoDate,
    rate: z.string(),
    validOn: IsoDate.nullable().meta({
      description: 'Date of the rate used; null for the base currency itself',
    }),
  })
  .meta({ id: 'RateQuote' });
export type RateQuote = z.output<typeof RateQuote>;

// ── settings ────────────────────────────────────────────────────────────────

export const DocumentType = z
  .string()
  .regex(DOCUMENT_TYPE_RE, 'must be lower-case letters, digits and "_", e.g. "purchase_order"');

/** e.g. "PO-{YYYY}-{#####}": one counter token of 3 to 9 "#", optionally {YYYY} or {YY}. */
export const NumberFormat = z
  .string()
  .trim()
  .max(MAX_FORMAT_LENGTH, `must be at most ${MAX_FORMAT_LENGTH} characters`)
  .superRefine((value, ctx) => {
    const problem = numberFormatProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description: 'Literal text with tokens: one counter {###} to {#########}, optionally {YYYY} or {YY}',
    example: 'PO-{YYYY}-{#####}',
  });

export const OrganisationAddress = z
  .object({
    line1: requiredText(200),
    line2: text(200).optional(),
    city: requiredText(100),
    region: text(100).optional(),
    postalCode: text(20).optional(),
    country: CountryCode,
  })
  .meta({ id: 'OrganisationAddress' });

export const BudgetControl = z.enum(BUDGET_CONTROLS).meta({
  description:
    'What submitting a document that would exceed a budget does: approval adds a "Budget overrun" step; block refuses it',
});

export const Settings = z
  .object({
    organisationName: z.string(),
    baseCurrency: z.string(),
    fiscalYearStartMonth: z.number().int(),
    numberFormats: z.record(z.string(), z.string()),
    address: OrganisationAddress.nullable(),
    overOrderAllowancePercent: z.string().meta({
      description: 'How far past the requested quantity a requisition line may be ordered, in %',
    }),
    budgetControl: BudgetControl,
    budgetApproverRole: Role.meta({
      description: 'Whose holders (with the cost centre owner) approve an overrun',
    }),
    autoSendOnApproval: z.boolean().meta({
      description:
        'Send an order to its supplier as soon as it is finally approved (off: the buyer sends it)',
    }),
    acknowledgementDueDays: z.number().int().meta({
      description: 'Days after sending an order is at risk while the supplier has not acknowledged it',
    }),
    deliveryReminderDays: z.number().int().meta({
      description: 'Days before a promised delivery date the supplier is reminded of it',
    }),
    paymentAccount: z
      .object({ accountName: z.string(), iban: z.string(), bic: z.string().nullable() })
      .nullable()
      .meta({ description: 'The account suppliers are paid from: the debtor of payment runs’ transfers' }),
    ...partyIdentifierFields,
    version: z.number().int(),
    updatedAt: dateOut,
  })
  .meta({ id: 'Settings' });
export type Settings = z.output<typeof Settings>;

export const UpdateSettingsRequest = z
  .object({
    organisationName: requiredText(200),
    baseCurrency: CurrencyCode,
    fiscalYearStartMonth: z
      .number()
      .int('must be a whole month number')
      .min(1, 'must be a month number from 1 to 12')
      .max(12, 'must be a month number from 1 to 12'),
    numberFormats: z
      .record(DocumentType, NumberFormat)
      .refine((formats) => Object.keys(formats).length <= 50, 'may set at most 50 document types at once')
      .meta({ description: 'Formats to set, by document type; types not named keep their format' }),
    address: OrganisationAddress.nullable(),
    overOrderAllowancePercent: decimalString({ scale: 2, min: 'non-negative', max: 100 }),
    budgetControl: BudgetControl,
    budgetApproverRole: Role,
    autoSendOnApproval: z.boolean(),
    acknowledgementDueDays: z
      .number()
      .int('must be a whole number of days')
      .min(1, 'must be at least 1 day')
      .max(60, 'must be at most 60 days'),
    deliveryReminderDays: z
      .number()
      .int('must be a whole number of days')
      .min(0, 'must be 0 (no reminder) or more')
      .max(60, 'must be at most 60 days'),
    paymentAccount: z
      .object({
        accountName: z.string().trim().min(1, 'is required').max(70, 'must be at most 70 characters'),
        iban: z.string().trim().max(50, 'must be at most 50 characters'),
        bic: z.string().trim().max(20, 'must be at most 20 characters').nullish(),
      })
      .nullable()
      .meta({
        description:
          'The account suppliers are paid from; its IBAN (check digits) and BIC are checked; null removes it',
      }),
    ...partyIdentifierInputFields,
  })
  .partial();
export type UpdateSettingsRequest = z.input<typeof UpdateSettingsRequest>;

// ── roles ───────────────────────────────────────────────────────────────────

export const RoleDefinition = z
  .object({
    role: Role,
    label: z.string(),
    permissions: z.array(Permission),
  })
  .meta({ id: 'RoleDefinition' });
export type RoleDefinition = z.output<typeof RoleDefinition>;

export const RoleList = z.object({ items: z.array(RoleDefinition) });

// ── budgets ─────────────────────────────────────────────────────────────────

/** The vocabulary the web app shares (declared in src/domain/organisation.ts). */
export { BUDGET_PERIOD_TYPES };
export const BudgetPeriodType = z.enum(BUDGET_PERIOD_TYPES);

export const Budget = z
  .object({
    id: Id,
    costCentreId: Id,
    periodType: BudgetPeriodType,
    periodStart: IsoDate,
    /** The day after the period's last day. */
    periodEnd: IsoDate,
    /** Base currency, like committed, actual and available. */
    amount: z.string(),
    /**
     * What the cost centre's purchase orders dated in the period commit, not yet invoiced: approved
     * and after (closed included, cancelled not), less short-closed value; the spend report's rule.
     */
    committed: z.string(),
    /** Invoiced (0 until invoices exist). */
    actual: z.string(),
    /** amount − committed − actual; negative when exceeded. */
    available: z.string(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'Budget' });
export type Budget = z.output<typeof Budget>;

const BudgetAmount = decimalString({ scale: 4, min: 'non-negative' });

export const CreateBudgetRequest = z.object({
  costCentreId: Id,
  periodType: BudgetPeriodType,
  periodStart: IsoDate,
  amount: BudgetAmount,
});
export type CreateBudgetRequest = z.input<typeof CreateBudgetRequest>;

export const UpdateBudgetRequest = z.object({ amount: BudgetAmount });
export type UpdateBudgetRequest = z.input<typeof UpdateBudgetRequest>;

export const BudgetListQuery = z.object({
  costCentreId: Id.optional(),
  periodType: BudgetPeriodType.optional(),
});

export const BudgetEffectQuery = z.object({
  costCentreId: Id,
  date: IsoDate,
  amount: decimalString({ scale: 4, min: 'non-negative' }).meta({
    description: 'The document total in `currency`',
    example: '31200.00',
  }),
  currency: CurrencyCode,
});

export const BudgetEffectPeriod = z
  .object({
    budgetId: Id,
    periodType: BudgetPeriodType,
    periodStart: IsoDate,
    periodEnd: IsoDate,
    periodLabel: z.string().meta({ example: 'November 2026' }),
    amount: z.string(),
    committed: z.string(),
    actual: z.string(),
    documentCommitted: z.string().meta({ description: 'Already committed by this document (approved)' }),
    availableNow: z.string(),
    availableAfter: z.string(),
    exceeded: z.boolean(),
  })
  .meta({ id: 'BudgetEffectPeriod' });

export const BudgetEffect = z
  .object({
    costCentreId: Id.nullable(),
    costCentreCode: z.string().nullable(),
    date: IsoDate,
    amountBase: z.string(),
    baseCurrency: z.string(),
    budgets: z.array(BudgetEffectPeriod),
    exceeded: z.boolean(),
    control: BudgetControl,
    approverRole: z.string(),
  })
  .meta({ id: 'BudgetEffect' });
export type BudgetEffect = z.output<typeof BudgetEffect>;

// ── tolerances ──────────────────────────────────────────────────────────────

const ToleranceLimit = z
  .object({
    percent: z
      .string()
      .nullable()
      .meta({ description: 'Allowed above the ordered (or accepted) value, in %' }),
    absolute: z.string().nullable().meta({
      description: 'Allowed above it as a quantity in the line’s unit, or (price) an amount per unit',
    }),
  })
  .meta({ id: 'ToleranceLimit' });

export const ToleranceRule = z
  .object({
    id: Id,
    scope: z.enum(TOLERANCE_SCOPES),
    supplierId: Id.nullable(),
    categoryId: Id.nullable(),
    itemId: Id.nullable(),
    overReceipt: ToleranceLimit.nullable().meta({ description: 'Null: not set by this rule' }),
    priceVariance: ToleranceLimit.nullable(),
    quantityVariance: ToleranceLimit.nullable(),
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'ToleranceRule' });
export type ToleranceRule = z.output<typeof ToleranceRule>;

const ToleranceLimitInput = z
  .object({
    percent: decimalString({ scale: 4, min: 'non-negative', max: 1000 }).nullable().optional(),
    absolute: decimalString({ scale: 6, min: 'non-negative' }).nullable().optional(),
  })
  .nullable();

const toleranceLimitFields = {
  overReceipt: ToleranceLimitInput.optional(),
  priceVariance: ToleranceLimitInput.optional(),
  quantityVariance: ToleranceLimitInput.optional(),
  note: text(500).nullable().optional(),
};

export const CreateToleranceRuleRequest = z.object({
  scope: z.enum(TOLERANCE_SCOPES),
  supplierId: Id.nullable().optional(),
  categoryId: Id.nullable().optional(),
  itemId: Id.nullable().optional(),
  ...toleranceLimitFields,
});
export type CreateToleranceRuleRequest = z.input<typeof CreateToleranceRuleRequest>;

export const UpdateToleranceRuleRequest = z.object(toleranceLimitFields);
export type UpdateToleranceRuleRequest = z.input<typeof UpdateToleranceRuleRequest>;

export const ToleranceRuleListQuery = z.object({
  scope: z.enum(TOLERANCE_SCOPES).optional(),
  supplierId: Id.optional(),
  categoryId: Id.optional(),
  itemId: Id.optional(),
});

export const EffectiveToleranceQuery = z.object({
  supplierId: Id.optional(),
  itemId: Id.optional(),
});

const EffectiveLimit = ToleranceLimit.extend({
  rule: z.object({ id: Id, scope: z.enum(TOLERANCE_SCOPES) }).nullable(),
  explanation: z.string(),
});

export const EffectiveTolerances = z
  .object({
    supplierId: Id.nullable(),
    itemId: Id.nullable(),
    categoryId: Id.nullable(),
    overReceipt: EffectiveLimit,
    priceVariance: EffectiveLimit,
    quantityVariance: EffectiveLimit,
  })
  .meta({ id: 'EffectiveTolerances' });
export type EffectiveTolerances = z.output<typeof EffectiveTolerances>;
