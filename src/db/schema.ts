import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  char,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DispatchContent } from '../documents/dispatch-rendering';
import type { ScorecardReviewContent } from '../documents/scorecard-review-rendering';
import {
  APPROVAL_DOCUMENT_TYPES,
  APPROVAL_MODES,
  APPROVAL_STEP_STATUSES,
  type ApprovalDecisionKind,
  type ApprovalStepStatus,
  RETURN_KINDS,
} from '../domain/approvals';
import { DISCUSSED_DOCUMENT_TYPES } from '../domain/discussion';
import {
  DELIVERY_STATES,
  DISPATCH_KINDS,
  DISPATCH_STATUSES,
  type DispatchFileRole,
  type LineDecision,
  SHIP_NOTICE_SOURCES,
  SUPPLIER_RESPONSE_SOURCES,
  SUPPLIER_RESPONSE_STATUSES,
} from '../domain/dispatch';
import {
  CORRECTIVE_ACTION_STATUSES,
  GRADES,
  type GradeBands,
  RATER_ROLES,
  SCORECARD_REVIEW_STATUSES,
  type ScoreMeasure,
} from '../domain/evaluation';
import {
  INVOICE_KINDS,
  INVOICE_SOURCES,
  INVOICE_STATUSES,
  type InvoiceExceptionKind,
  type InvoiceLineMatchStatus,
  MATCH_TYPES,
  VARIANCE_APPROVAL_STATUSES,
} from '../domain/invoicing';
import { EMAIL_STATUSES, NOTIFICATION_KINDS } from '../domain/notifications';
import { BUDGET_CONTROLS, BUDGET_PERIOD_TYPES, TOLERANCE_SCOPES } from '../domain/organisation';
import { TAX_SCHEMES } from '../domain/party-identifiers';
import { PAYMENT_TERMS_BASES } from '../domain/payment-terms';
import {
  PAYMENT_METHODS,
  PAYMENT_RUN_LINE_STATUSES,
  PAYMENT_RUN_STATUSES,
  PAYMENT_STATUSES,
} from '../domain/payments';
import {
  AWAITING_DELIVERY_STATUSES,
  type Incoterm,
  PURCHASE_ORDER_STATUSES,
} from '../domain/purchase-orders';
import { RECEIPT_KINDS, REJECTION_REASONS, RETURN_REMEDIES, type RejectionReason } from '../domain/receiving';
import { REQUISITION_STATUSES } from '../domain/requisitions';
import { SAVED_VIEW_LISTS } from '../domain/saved-views';
import { type AddressKind, SUPPLIER_STATUSES } from '../domain/suppliers';
import { TAX_CATEGORIES } from '../domain/tax-categories';

/*
 * Status lists and other closed vocabularies are declared once, in src/domain/, and imported here.
 * A text column with `enum` is plain text in the database (no check constraint): the list types the
 * column in TypeScript, so changing a list never needs a migration, but renaming a value does
 * (rows keep the old one).
 */

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => ts('created_at').notNull().defaultNow();
const updated = () => ts('updated_at').notNull().defaultNow();
const version = () => integer('version').notNull().default(1);
/** A 64-bit transaction id (PostgreSQL xid8), as its decimal text: it outgrows a JS number. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });
/** Bytes (bytea): node-postgres gives a Buffer, PGlite a Uint8Array; both are read as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

// ── identity ────────────────────────────────────────────────────────────────

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    departmentId: uuid('department_id'),
    /** A supplier's user (role `supplier`): the one supplier whose documents it sees in the portal. */
    supplierId: uuid('supplier_id').references((): AnyPgColumn => suppliers.id),
    active: boolean('active').notNull().default(true),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    /**
     * The language of the web app, e-mails and documents for this user (src/domain/languages.ts);
     * null until they choose: the browser's in the web app, English in e-mails.
     */
    language: text('language'),
    /** BCP 47 locale for dates, numbers and money; null: the browser's, of the same language. */
    locale: text('locale'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    index('users_name_idx').on(t.name, t.id),
    index('users_supplier_idx').on(t.supplierId).where(sql`${t.supplierId} is not null`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value: a stolen database row does not log anybody in. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: created(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: created(),
    expiresAt: ts('expires_at'),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/**
 * A user's named filter sets of a list ("My late orders"): the list and its query string, as its
 * page's address carries it, so a view opens as a link and can be shared as one.
 */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    list: text('list', { enum: SAVED_VIEW_LISTS }).notNull(),
    name: text('name').notNull(),
    query: text('query').notNull(),
    createdAt: created(),
  },
  (t) => [uniqueIndex('saved_views_user_list_name_key').on(t.userId, t.list, sql`lower(${t.name})`)],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('login_failures_email_idx').on(t.email, t.at), index('login_failures_ip_idx').on(t.ip, t.at)],
);

/** Addresses a user has logged in from: they are exempt from the account-wide throttle. */
export const knownLoginAddresses = pgTable(
  'known_login_addresses',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    ip: text('ip').notNull(),
    lastAt: ts('last_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ip] })],
);

// ── infrastructure ──────────────────────────────────────────────────────────

/**
 * The audit trail: append-only (a trigger rejects UPDATE, DELETE and TRUNCATE). `hash` is the
 * entry's own content hash; `txid` the writing transaction, so the sealer can tell which entries
 * are final (docs/audit.md). `prev_hash` is set only on entries written before sealing existed,
 * when each entry chained to its predecessor; their hash covers it.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
    reason: text('reason'),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull(),
    txid: xid8('txid').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index('audit_entity_idx').on(t.entityType, t.entityId, t.seq),
    index('audit_txid_idx').on(t.txid, t.seq),
  ],
);

export const AUDIT_CHECKPOINT_KINDS = ['seal', 'restart'] as const;

/**
 * Checkpoints sealing committed audit entries into a keyed hash chain (docs/audit.md). Checkpoint
 * n+1 follows n (id = n + 1); its batch is the entries with `txid` in [previous_horizon, horizon)
 * and `seq` above `seq_floor` (and at most `seq_ceiling` on a restart). The sealed columns never
 * change (a trigger); `filed_at`, `sent_at` and the send attempts record publication.
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    kind: text('kind', { enum: AUDIT_CHECKPOINT_KINDS }).notNull(),
    previousHorizon: xid8('previous_horizon').notNull(),
    horizon: xid8('horizon'),
    seqFloor: bigint('seq_floor', { mode: 'number' }).notNull(),
    seqCeiling: bigint('seq_ceiling', { mode: 'number' }),
    entryCount: integer('entry_count').notNull(),
    firstSeq: bigint('first_seq', { mode: 'number' }),
    lastSeq: bigint('last_seq', { mode: 'number' }),
    head: text('head').notNull(),
    keyId: text('key_id').notNull(),
    mac: text('mac').notNull(),
    sealedAt: ts('sealed_at').notNull(),
    emailed: boolean('emailed').notNull().default(false),
    filedAt: ts('filed_at'),
    sentAt: ts('sent_at'),
    sendAttempts: integer('send_attempts').notNull().default(0),
    sendError: text('send_error'),
  },
  (t) => [
    index('audit_checkpoints_unfiled_idx').on(t.id).where(sql`${t.filedAt} is null`),
    index('audit_checkpoints_unsent_idx').on(t.id).where(sql`${t.sentAt} is null`),
    index('audit_checkpoints_emailed_idx').on(t.id).where(sql`${t.emailed}`),
  ],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    principal: text('principal').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: smallint('status_code'),
    responseBody: text('response_body'),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.principal, t.key] }), index('idempotency_created_idx').on(t.createdAt)],
);

// ── organisation ────────────────────────────────────────────────────────────

export const currencies = pgTable('currencies', {
  code: char('code', { length: 3 }).primaryKey(),
  name: text('name').notNull(),
  minorUnits: smallint('minor_units').notNull(),
  active: boolean('active').notNull().default(true),
});

export const exchangeRates = pgTable(
  'exchange_rates',
  {
    id: uuid('id').primaryKey(),
    currency: char('currency', { length: 3 })
      .notNull()
      .references(() => currencies.code),
    baseCurrency: char('base_currency', { length: 3 })
      .notNull()
      .references(() => currencies.code),
    /** Units of base currency for one unit of `currency`. */
    rate: numeric('rate', { precision: 20, scale: 10 }).notNull(),
    validOn: date('valid_on', { mode: 'string' }).notNull(),
    version: version(),
    createdAt: created(),
  },
  (t) => [uniqueIndex('exchange_rates_key').on(t.currency, t.baseCurrency, t.validOn)],
);

/** The organisation's account that pays suppliers (IBAN and BIC checked on entry). */
export type PaymentAccount = { accountName: string; iban: string; bic: string | null };

export const settings = pgTable('settings', {
  id: smallint('id').primaryKey().default(1),
  organisationName: text('organisation_name').notNull(),
  baseCurrency: char('base_currency', { length: 3 })
    .notNull()
    .references(() => currencies.code),
  fiscalYearStartMonth: smallint('fiscal_year_start_month').notNull().default(1),
  numberFormats: jsonb('number_formats').$type<Record<string, string>>().notNull(),
  address: jsonb('address').$type<Record<string, string>>(),
  /** How far past the requested quantity a requisition line may be ordered, in %. */
  overOrderAllowancePercent: numeric('over_order_allowance_percent', { precision: 5, scale: 2 })
    .notNull()
    .default('0'),
  /**
   * What submitting a document that would exceed its cost centre's budget does: `approval` adds a
   * budget step (approvers: `budgetApproverRole` and the cost centre's owner) unless the policy
   * already routes budget overruns; `block` refuses the submission.
   */
  budgetControl: text('budget_control', { enum: BUDGET_CONTROLS }).notNull().default('approval'),
  budgetApproverRole: text('budget_approver_role').notNull().default('finance'),
  /** The electronic address (a PEPPOL participant id): its EAS scheme code and the id. */
  electronicAddressScheme: text('electronic_address_scheme'),
  electronicAddress: text('electronic_address'),
  /** The legal registration id (a company register number) and the register's ISO 6523 code. */
  legalId: text('legal_id'),
  legalIdScheme: text('legal_id_scheme'),
  /** The organisation's own tax id and the tax it is for (src/domain/party-identifiers.ts). */
  taxId: text('tax_id'),
  taxScheme: text('tax_scheme', { enum: TAX_SCHEMES }),
  /** Send an order to its supplier as soon as it is finally approved (dispatch). */
  autoSendOnApproval: boolean('auto_send_on_approval').notNull().default(false),
  /** Days after sending an order is at risk when the supplier has not acknowledged it. */
  acknowledgementDueDays: integer('acknowledgement_due_days').notNull().default(2),
  /** Days before a promised delivery date the supplier is reminded of it. */
  deliveryReminderDays: integer('delivery_reminder_days').notNull().default(3),
  /** The account suppliers are paid from: the debtor of payment runs' credit transfers. */
  paymentAccount: jsonb('payment_account').$type<PaymentAccount>(),
  version: version(),
  updatedAt: updated(),
});

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    headUserId: uuid('head_user_id').references(() => users.id),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [uniqueIndex('departments_code_key').on(sql`lower(${t.code})`)],
);

export const costCentres = pgTable(
  'cost_centres',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('cost_centres_code_key').on(sql`lower(${t.code})`),
    index('cost_centres_dept_idx').on(t.departmentId),
  ],
);

// ── catalog ─────────────────────────────────────────────────────────────────

export const itemCategories = pgTable(
  'item_categories',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    /** Goods of this category's items are inspected before they count as delivered (as an item's own flag). */
    inspectionRequired: boolean('inspection_required').notNull().default(false),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [uniqueIndex('item_categories_code_key').on(sql`lower(${t.code})`)],
);

export const units = pgTable('units', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** Decimal places a quantity in this unit may have (0 for each, 3 for kg …). */
  decimals: smallint('decimals').notNull().default(0),
  /** The unit this one converts to, and how many of those make one of this. */
  baseUnitCode: text('base_unit_code'),
  factor: numeric('factor', { precision: 20, scale: 10 }).notNull().default('1'),
  /** Its UN/ECE Recommendation 20 code (KGM, HUR, XBX …), which electronic documents carry. */
  uneceCode: text('unece_code'),
  version: version(),
});

export const items = pgTable(
  'items',
  {
    id: uuid('id').primaryKey(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => itemCategories.id),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    defaultTaxRate: numeric('default_tax_rate', { precision: 7, scale: 4 }).notNull().default('0'),
    /** The tax category (S, Z, E, AE, K, G, O) a line of this item gets; null: from the rate (migration 0023). */
    defaultTaxCategory: text('default_tax_category', { enum: TAX_CATEGORIES }),
    inspectionRequired: boolean('inspection_required').notNull().default(false),
    /**
     * A service (consulting, maintenance): its order lines are confirmed by amount or percentage
     * of completion, by the requester or the buyer, rather than received at the dock.
     */
    service: boolean('service').notNull().default(false),
    /**
     * How invoices for it are matched: `three_way` (against what was received and accepted) or
     * `two_way` (against what was ordered: nothing is received, such as a subscription).
     */
    matchType: text('match_type', { enum: MATCH_TYPES }).notNull().default('three_way'),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('items_sku_key').on(sql`lower(${t.sku})`),
    index('items_name_idx').on(t.name, t.id),
    index('items_category_idx').on(t.categoryId),
    /** Fragment search (`lower(sku) LIKE '%bolt%'`, the order list's q): pg_trgm, migration 0008. */
    index('items_sku_trgm_idx').using('gin', sql`lower(${t.sku}) gin_trgm_ops`),
    index('items_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

// ── suppliers ───────────────────────────────────────────────────────────────

export type Address = {
  kind: AddressKind;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode?: string;
  country: string;
};
export type Contact = {
  name: string;
  email?: string;
  phone?: string;
  role?: string;
  /** Purchase orders are e-mailed to this contact (dispatch). */
  orderContact?: boolean;
};
export type BankDetails = {
  accountName: string;
  bankName?: string;
  iban?: string;
  bic?: string;
  accountNumber?: string;
};

export const suppliers = pgTable(
  'suppliers',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    legalName: text('legal_name').notNull(),
    taxId: text('tax_id'),
    /** The tax the tax id is for; null: not stated. */
    taxScheme: text('tax_scheme', { enum: TAX_SCHEMES }),
    /** The electronic address (a PEPPOL participant id): its EAS scheme code and the id. */
    electronicAddressScheme: text('electronic_address_scheme'),
    electronicAddress: text('electronic_address'),
    /** The legal registration id (a company register number) and the register's ISO 6523 code. */
    legalId: text('legal_id'),
    legalIdScheme: text('legal_id_scheme'),
    addresses: jsonb('addresses').$type<Address[]>().notNull().default([]),
    contacts: jsonb('contacts').$type<Contact[]>().notNull().default([]),
    defaultCurrency: char('default_currency', { length: 3 })
      .notNull()
      .references(() => currencies.code),
    paymentTermsNetDays: smallint('payment_terms_net_days').notNull().default(30),
    earlyPaymentDiscountPercent: numeric('early_payment_discount_percent', { precision: 5, scale: 2 }),
    earlyPaymentDiscountDays: smallint('early_payment_discount_days'),
    /** What the terms' days count from (src/domain/payment-terms.ts). */
    paymentTermsBasis: text('payment_terms_basis', { enum: PAYMENT_TERMS_BASES })
      .notNull()
      .default('invoice_date'),
    categoryIds: uuid('category_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status', { enum: SUPPLIER_STATUSES }).notNull().default('active'),
    statusReason: text('status_reason'),
    bankDetails: jsonb('bank_details').$type<BankDetails>(),
    notes: text('notes').notNull().default(''),
    /**
     * The language of the documents sent to the supplier (the PDF order; src/domain/languages.ts);
     * null: English.
     */
    language: text('language'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('suppliers_code_key').on(sql`lower(${t.code})`),
    index('suppliers_legal_name_idx').on(t.legalName, t.id),
    /** Purchase-order search by a fragment of the supplier's name: lower(legal_name) LIKE '%ydraul%'. */
    index('suppliers_legal_name_trgm_idx').using('gin', sql`lower(${t.legalName}) gin_trgm_ops`),
    index('suppliers_tax_id_idx').on(t.taxId),
    index('suppliers_status_idx').on(t.status),
  ],
);

export const priceListEntries = pgTable(
  'price_list_entries',
  {
    id: uuid('id').primaryKey(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    supplierPartNumber: text('supplier_part_number'),
    currency: char('currency', { length: 3 })
      .notNull()
      .references(() => currencies.code),
    minQuantity: numeric('min_quantity', { precision: 18, scale: 6 }).notNull().default('0'),
    unitPrice: numeric('unit_price', { precision: 20, scale: 6 }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    leadTimeDays: smallint('lead_time_days').notNull().default(0),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('price_list_supplier_item_idx').on(t.supplierId, t.itemId, t.validFrom),
    index('price_list_item_idx').on(t.itemId),
  ],
);

// ── requisitions ────────────────────────────────────────────────────────────

export const requisitions = pgTable(
  'requisitions',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    status: text('status', { enum: REQUISITION_STATUSES }).notNull().default('draft'),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    costCentreId: uuid('cost_centre_id')
      .notNull()
      .references(() => costCentres.id),
    justification: text('justification').notNull().default(''),
    /** Sum of the lines' estimates in base currency (what approval thresholds look at). */
    estimatedTotalBase: numeric('estimated_total_base', { precision: 20, scale: 4 }).notNull().default('0'),
    submittedAt: ts('submitted_at'),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decisionReason: text('decision_reason'),
    /** Set while a draft is back with its requester: rejected, or changes requested (reason in decisionReason). */
    returnKind: text('return_kind', { enum: RETURN_KINDS }),
    cancelReason: text('cancel_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('requisitions_number_key').on(t.number),
    index('requisitions_requester_idx').on(t.requesterId, t.createdAt),
    index('requisitions_status_idx').on(t.status, t.createdAt),
    index('requisitions_department_idx').on(t.departmentId),
    /** A requester's drafts returned by an approver (the home page). */
    index('requisitions_returned_idx').on(t.requesterId).where(sql`${t.returnKind} is not null`),
  ],
);

export const requisitionLines = pgTable(
  'requisition_lines',
  {
    id: uuid('id').primaryKey(),
    requisitionId: uuid('requisition_id')
      .notNull()
      .references(() => requisitions.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    itemId: uuid('item_id').references(() => items.id),
    description: text('description').notNull(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => itemCategories.id),
    quantity: numeric('quantity', { precision: 18, scale: 6 }).notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    estimatedUnitPrice: numeric('estimated_unit_price', { precision: 20, scale: 6 }).notNull(),
    currency: char('currency', { length: 3 })
      .notNull()
      .references(() => currencies.code),
    neededBy: date('needed_by', { mode: 'string' }),
    suggestedSupplierId: uuid('suggested_supplier_id').references(() => suppliers.id),
    /**
     * Quantity on purchase-order lines sourced from this line (less cancellations and short-closes),
     * kept in the same transaction as those changes; the workbench filters on it.
     */
    quantityOrdered: numeric('quantity_ordered', { precision: 18, scale: 6 }).notNull().default('0'),
  },
  (t) => [
    uniqueIndex('requisition_lines_no_key').on(t.requisitionId, t.lineNo),
    index('requisition_lines_item_idx').on(t.itemId),
    index('requisition_lines_supplier_idx').on(t.suggestedSupplierId),
  ],
);

// ── purchase orders ─────────────────────────────────────────────────────────

/**
 * "Goods are still awaited": the status list as literals, the very predicate of
 * purchase_orders_awaiting_delivery_idx. Queries use this (not a parameterised IN) so the planner
 * can prove the partial index applies.
 */
export function awaitingDelivery(status: AnyColumn): SQL {
  return sql`${status} in (${sql.raw(AWAITING_DELIVERY_STATUSES.map((s) => `'${s}'`).join(', '))})`;
}

export const purchaseOrders = pgTable(
  'purchase_orders',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    revision: integer('revision').notNull().default(0),
    status: text('status', { enum: PURCHASE_ORDER_STATUSES }).notNull().default('draft'),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    currency: char('currency', { length: 3 })
      .notNull()
      .references(() => currencies.code),
    /** Units of base currency per unit of `currency`, and the date of that rate. */
    exchangeRate: numeric('exchange_rate', { precision: 20, scale: 10 }).notNull(),
    exchangeRateDate: date('exchange_rate_date', { mode: 'string' }).notNull(),
    paymentTermsNetDays: smallint('payment_terms_net_days').notNull(),
    earlyPaymentDiscountPercent: numeric('early_payment_discount_percent', { precision: 5, scale: 2 }),
    earlyPaymentDiscountDays: smallint('early_payment_discount_days'),
    paymentTermsBasis: text('payment_terms_basis', { enum: PAYMENT_TERMS_BASES })
      .notNull()
      .default('invoice_date'),
    incoterms: text('incoterms').$type<Incoterm>(),
    incotermsPlace: text('incoterms_place'),
    shipTo: jsonb('ship_to').$type<Address>(),
    billTo: jsonb('bill_to').$type<Address>(),
    buyerId: uuid('buyer_id')
      .notNull()
      .references(() => users.id),
    departmentId: uuid('department_id').references(() => departments.id),
    costCentreId: uuid('cost_centre_id').references(() => costCentres.id),
    orderDate: date('order_date', { mode: 'string' }).notNull(),
    expectedDeliveryDate: date('expected_delivery_date', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    terms: text('terms').notNull().default(''),
    subtotal: numeric('subtotal', { precision: 20, scale: 4 }).notNull().default('0'),
    taxTotal: numeric('tax_total', { precision: 20, scale: 4 }).notNull().default('0'),
    total: numeric('total', { precision: 20, scale: 4 }).notNull().default('0'),
    totalBase: numeric('total_base', { precision: 20, scale: 4 }).notNull().default('0'),
    /**
     * What this order's approved invoices come to in base currency (approved for payment, scheduled,
     * paid, or on hold from one of those; credit notes negative): a budget's actual spend. Kept by
     * invoicing in the transaction that moves an invoice in or out of those statuses.
     */
    invoicedBase: numeric('invoiced_base', { precision: 20, scale: 4 }).notNull().default('0'),
    /** While on hold: the status to return to on release. */
    heldFromStatus: text('held_from_status', { enum: PURCHASE_ORDER_STATUSES }),
    holdReason: text('hold_reason'),
    cancelReason: text('cancel_reason'),
    closeReason: text('close_reason'),
    submittedAt: ts('submitted_at'),
    approvedAt: ts('approved_at'),
    approvedBy: uuid('approved_by').references(() => users.id),
    /** Total in base currency when the order was last approved (what a revision is measured against). */
    approvedTotalBase: numeric('approved_total_base', { precision: 20, scale: 4 }),
    /** Set while a draft is back with its buyer after an approver rejected it or asked for changes. */
    returnKind: text('return_kind', { enum: RETURN_KINDS }),
    returnReason: text('return_reason'),
    returnedBy: uuid('returned_by').references(() => users.id),
    returnedAt: ts('returned_at'),
    /**
     * The supplier's scorecard grade when the order was last submitted, where it was below the
     * warning grade of the scorecard settings: what the approver is warned of. Null: no warning.
     */
    supplierGradeWarning: jsonb('supplier_grade_warning').$type<{
      grade: 'A' | 'B' | 'C' | 'D';
      score: string;
      warnBelowGrade: 'A' | 'B' | 'C' | 'D';
    }>(),
    /** When the order was first sent to its supplier (dispatch); null: never. */
    firstSentAt: ts('first_sent_at'),
    /** The latest revision the supplier was sent; null: never sent. */
    sentRevision: integer('sent_revision'),
    /** When ship notices first covered every line's open quantity; null: not (yet) all shipped. */
    fullyShippedAt: ts('fully_shipped_at'),
    /**
     * The status the order was in when its first goods were received (sent or acknowledged): where
     * it returns when reversals take back everything received.
     */
    receivedFromStatus: text('received_from_status', { enum: PURCHASE_ORDER_STATUSES }),
    createdBy: uuid('created_by').references(() => users.id),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('purchase_orders_number_key').on(t.number),
    /** Number prefix search in any letter case: upper(number) LIKE 'PO-2026-00%'. */
    index('purchase_orders_number_prefix_idx').on(sql`upper(${t.number}) text_pattern_ops`),
    index('purchase_orders_created_idx').on(t.createdAt, t.id),
    index('purchase_orders_supplier_idx').on(t.supplierId, t.createdAt, t.id),
    /** The list filtered by supplier and status, newest first, any page deep: walked in order. */
    index('purchase_orders_supplier_status_idx').on(t.supplierId, t.status, t.createdAt, t.id),
    index('purchase_orders_status_idx').on(t.status, t.createdAt, t.id),
    index('purchase_orders_buyer_idx').on(t.buyerId, t.createdAt, t.id),
    index('purchase_orders_department_idx').on(t.departmentId, t.createdAt, t.id),
    index('purchase_orders_expected_idx').on(t.expectedDeliveryDate),
    /** Supplier evaluation: orders whose answer fell due since the last look (by first send). */
    index('purchase_orders_first_sent_idx').on(t.firstSentAt).where(sql`${t.firstSentAt} is not null`),
    /** A budget's committed spend: one cost centre's orders in a period (budget checks at approval). */
    index('purchase_orders_cost_centre_date_idx').on(t.costCentreId, t.orderDate),
    /** Deliveries due and late (the home page): only orders whose goods are still awaited. */
    index('purchase_orders_awaiting_delivery_idx')
      .on(t.expectedDeliveryDate)
      .where(awaitingDelivery(t.status)),
    /** A buyer's drafts returned by an approver (the home page). */
    index('purchase_orders_returned_idx').on(t.buyerId).where(sql`${t.returnKind} is not null`),
  ],
);

/**
 * How many orders are in each status, per department: written only by a trigger on
 * purchase_orders (migration 0014), which appends +1 for the new (status, department) and −1 for
 * the old one, never updating a row, so writers never wait on each other. A job folds the rows
 * into one per (status, department) every minute; readers sum what is there.
 */
export const purchaseOrderStateCounts = pgTable(
  'purchase_order_state_counts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    status: text('status', { enum: PURCHASE_ORDER_STATUSES }).notNull(),
    departmentId: uuid('department_id'),
    n: integer('n').notNull(),
  },
  (t) => [index('purchase_order_state_counts_department_idx').on(t.departmentId)],
);

export const purchaseOrderLines = pgTable(
  'purchase_order_lines',
  {
    id: uuid('id').primaryKey(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    itemId: uuid('item_id').references(() => items.id),
    description: text('description').notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 6 }).notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    unitPrice: numeric('unit_price', { precision: 20, scale: 6 }).notNull(),
    discountPercent: numeric('discount_percent', { precision: 7, scale: 4 }).notNull().default('0'),
    taxRate: numeric('tax_rate', { precision: 7, scale: 4 }).notNull(),
    /** What the rate means: S, Z, E, AE, K, G or O (src/domain/tax-categories.ts; migration 0023). */
    taxCategory: text('tax_category', { enum: TAX_CATEGORIES }).notNull(),
    netAmount: numeric('net_amount', { precision: 20, scale: 4 }).notNull(),
    taxAmount: numeric('tax_amount', { precision: 20, scale: 4 }).notNull(),
    neededBy: date('needed_by', { mode: 'string' }),
    /** The delivery date the supplier promised in its answer; null: not promised yet. */
    promisedDate: date('promised_date', { mode: 'string' }),
    costCentreId: uuid('cost_centre_id').references(() => costCentres.id),
    /**
     * The item category the line's spend is booked to: its item's when the line is written (a
     * trigger fills it), so re-filing an item later does not move spend already committed; null for
     * a free-text line (migration 0020).
     */
    categoryId: uuid('category_id'),
    /**
     * Maintained by receiving and invoicing, never typed in: received (less reversals), accepted
     * (on receipt, or at inspection), rejected at inspection. Received − accepted − rejected awaits
     * inspection; only accepted counts as delivered.
     */
    quantityReceived: numeric('quantity_received', { precision: 18, scale: 6 }).notNull().default('0'),
    quantityAccepted: numeric('quantity_accepted', { precision: 18, scale: 6 }).notNull().default('0'),
    quantityRejected: numeric('quantity_rejected', { precision: 18, scale: 6 }).notNull().default('0'),
    /** Net invoiced in the line's unit by invoices that consumed it in the match ledger (invoicing). */
    quantityBilled: numeric('quantity_billed', { precision: 18, scale: 6 }).notNull().default('0'),
    /** How its invoices are matched; null: as its item says (three-way for a line without an item). */
    matchType: text('match_type', { enum: MATCH_TYPES }),
    /** What the supplier's ship notices say it shipped (dispatch); shipped − received is in transit. */
    quantityShipped: numeric('quantity_shipped', { precision: 18, scale: 6 }).notNull().default('0'),
    /** Rejected goods sent back to the supplier by returns (receiving). */
    quantityReturned: numeric('quantity_returned', { precision: 18, scale: 6 }).notNull().default('0'),
    /**
     * Of the returned quantity, what the supplier is to credit rather than replace: it is no longer
     * expected, so it is part of the short-closed quantity too.
     */
    quantityCredited: numeric('quantity_credited', { precision: 18, scale: 6 }).notNull().default('0'),
    /** Quantity no longer expected after a short-close (and returns for credit). */
    quantityShortClosed: numeric('quantity_short_closed', { precision: 18, scale: 6 }).notNull().default('0'),
    shortCloseReason: text('short_close_reason'),
    /**
     * When its order was first sent (the order's first_sent_at), once the line has gone to the
     * supplier; null before. Kept on the line so that the last price paid for an item is one probe
     * of an index, not a look at every order of the item (supplier evaluation).
     */
    firstSentAt: ts('first_sent_at'),
  },
  (t) => [
    uniqueIndex('purchase_order_lines_no_key').on(t.purchaseOrderId, t.lineNo),
    index('purchase_order_lines_item_idx').on(t.itemId),
    /** The lines of an item and unit as they were sent, latest first: the last price paid before an order. */
    index('purchase_order_lines_item_sent_idx')
      .on(t.itemId, t.unitCode, t.firstSentAt.desc(), t.purchaseOrderId.desc())
      .where(sql`${t.firstSentAt} IS NOT NULL`),
    /** Word-prefix search of line descriptions (the order list's q); 'simple' keeps every word, any language. */
    index('purchase_order_lines_description_search_idx').using(
      'gin',
      sql`to_tsvector('simple', ${t.description})`,
    ),
  ],
);

/** Which requisition lines a purchase-order line orders, and how much of each. */
export const purchaseOrderLineSources = pgTable(
  'purchase_order_line_sources',
  {
    purchaseOrderLineId: uuid('purchase_order_line_id')
      .notNull()
      .references(() => purchaseOrderLines.id, { onDelete: 'cascade' }),
    requisitionLineId: uuid('requisition_line_id')
      .notNull()
      .references(() => requisitionLines.id),
    quantity: numeric('quantity', { precision: 18, scale: 6 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.purchaseOrderLineId, t.requisitionLineId] }),
    index('po_line_sources_requisition_line_idx').on(t.requisitionLineId),
  ],
);

/** One row per revision of a purchase order: the document as it stood, and what changed. */
export const purchaseOrderRevisions = pgTable(
  'purchase_order_revisions',
  {
    id: uuid('id').primaryKey(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
    reason: text('reason'),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [uniqueIndex('purchase_order_revisions_key').on(t.purchaseOrderId, t.revision)],
);

// ── approvals ───────────────────────────────────────────────────────────────

/** For the approvals capability, which still takes these from here rather than from src/domain. */
export type { ApprovalDocumentType, ApprovalMode } from '../domain/approvals';
export type DocumentApprovalStepStatus = ApprovalStepStatus;

/**
 * When a policy step applies. Leaves are tested against the document's facts; `all` / `any`
 * combine them. Amounts are decimal strings in base currency, never JS numbers.
 */
export type ApprovalCondition =
  | { all: ApprovalCondition[] }
  | { any: ApprovalCondition[] }
  | { amountAtLeast: string }
  | { departmentIn: string[] }
  | { costCentreIn: string[] }
  | { categoryIn: string[] }
  | { supplierStatusIn: string[] }
  | { supplierGradeBelow: 'A' | 'B' | 'C' | 'D' }
  | { budgetExceeded: true }
  | { always: true };

/** Who may decide a step: the union of these. */
export type ApprovalApprovers = {
  roles: string[];
  userIds: string[];
  departmentHead: boolean;
  costCentreOwner: boolean;
};

export const approvalPolicies = pgTable(
  'approval_policies',
  {
    id: uuid('id').primaryKey(),
    documentType: text('document_type', { enum: APPROVAL_DOCUMENT_TYPES }).notNull(),
    name: text('name').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    /**
     * A change to an approved document goes back to approval when its total rises by more than
     * this share of the approved total (percent) or this amount in base currency, even within
     * the same threshold band; null turns that rule off.
     */
    reapproveRisePercent: numeric('reapprove_rise_percent', { precision: 7, scale: 4 }).default('10'),
    reapproveRiseAmount: numeric('reapprove_rise_amount', { precision: 20, scale: 4 }).default('1000'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('approval_policies_name_key').on(sql`lower(${t.name})`),
    /** At most one enabled policy per document type: which policy decides is never ambiguous. */
    uniqueIndex('approval_policies_enabled_type_key').on(t.documentType).where(sql`${t.enabled}`),
  ],
);

export const approvalPolicySteps = pgTable(
  'approval_policy_steps',
  {
    id: uuid('id').primaryKey(),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => approvalPolicies.id, { onDelete: 'cascade' }),
    /** Position in the policy (stable order for display); `level` decides sequencing. */
    position: integer('position').notNull(),
    /** Steps run level by level, ascending; steps sharing a level run in parallel. */
    level: integer('level').notNull(),
    name: text('name').notNull(),
    condition: jsonb('condition').$type<ApprovalCondition>().notNull(),
    approvers: jsonb('approvers').$type<ApprovalApprovers>().notNull(),
    mode: text('mode', { enum: APPROVAL_MODES }).notNull().default('any'),
    reminderHours: integer('reminder_hours'),
    escalationHours: integer('escalation_hours'),
    fallbackUserId: uuid('fallback_user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('approval_policy_steps_position_key').on(t.policyId, t.position)],
);

/** One decision on a document's approval step. `onBehalfOfUserId` is set when a delegate acted. */
export type ApprovalStepDecision = {
  actorUserId: string;
  onBehalfOfUserId: string | null;
  decision: ApprovalDecisionKind;
  comment: string | null;
  at: string;
};

/**
 * The route of one submission of a document, resolved from its policy when it was submitted and
 * stored with it: later policy edits do not change documents in flight.
 */
export const documentApprovalSteps = pgTable(
  'document_approval_steps',
  {
    id: uuid('id').primaryKey(),
    documentType: text('document_type', { enum: APPROVAL_DOCUMENT_TYPES }).notNull(),
    documentId: uuid('document_id').notNull(),
    /** Which submission of the document this route belongs to (1, 2, … after a reject and resubmit). */
    round: integer('round').notNull(),
    position: integer('position').notNull(),
    level: integer('level').notNull(),
    name: text('name').notNull(),
    policyId: uuid('policy_id').references(() => approvalPolicies.id, { onDelete: 'set null' }),
    policyName: text('policy_name').notNull(),
    explanation: text('explanation').notNull(),
    mode: text('mode', { enum: APPROVAL_MODES }).notNull(),
    status: text('status', { enum: APPROVAL_STEP_STATUSES }).notNull().default('pending'),
    approverUserIds: uuid('approver_user_ids').array().notNull(),
    decisions: jsonb('decisions').$type<ApprovalStepDecision[]>().notNull().default(sql`'[]'::jsonb`),
    reminderHours: integer('reminder_hours'),
    escalationHours: integer('escalation_hours'),
    fallbackUserId: uuid('fallback_user_id').references(() => users.id),
    createdAt: created(),
    /** When the step became current (its level opened); null while an earlier level is pending. */
    activatedAt: ts('activated_at'),
    /** When its approvers were reminded, and when it was offered to the fallback approver. */
    remindedAt: ts('reminded_at'),
    escalatedAt: ts('escalated_at'),
    completedAt: ts('completed_at'),
  },
  (t) => [
    uniqueIndex('document_approval_steps_position_key').on(t.documentType, t.documentId, t.round, t.position),
    index('document_approval_steps_pending_idx').on(t.status, t.createdAt),
    index('document_approval_steps_active_idx').on(t.activatedAt).where(sql`${t.status} = 'pending'`),
    index('document_approval_steps_approvers_idx').using('gin', t.approverUserIds),
    /** Approval cycle times (the home page): the most recently approved steps. */
    index('document_approval_steps_completed_idx').on(t.completedAt).where(sql`${t.status} = 'approved'`),
  ],
);

/** Out of office: while valid, `delegateUserId` may act on `userId`'s approvals on their behalf. */
export const approvalDelegations = pgTable(
  'approval_delegations',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    delegateUserId: uuid('delegate_user_id')
      .notNull()
      .references(() => users.id),
    validFrom: ts('valid_from').notNull(),
    validTo: ts('valid_to').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: created(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    index('approval_delegations_user_idx').on(t.userId, t.validTo),
    index('approval_delegations_delegate_idx').on(t.delegateUserId, t.validTo),
  ],
);

// ── budgets ─────────────────────────────────────────────────────────────────

/** What a cost centre may spend in one period (a month, or a fiscal year), in base currency. */
export const budgets = pgTable(
  'budgets',
  {
    id: uuid('id').primaryKey(),
    costCentreId: uuid('cost_centre_id')
      .notNull()
      .references(() => costCentres.id),
    periodType: text('period_type', { enum: BUDGET_PERIOD_TYPES }).notNull(),
    /** First day of the period: the 1st of a month; for a year, of the fiscal year's first month. */
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    amount: numeric('amount', { precision: 20, scale: 4 }).notNull(),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [uniqueIndex('budgets_period_key').on(t.costCentreId, t.periodType, t.periodStart)],
);

/**
 * Tolerances (over-receipt now; price and quantity variance for invoice matching): one rule per
 * scope and target — the organisation (global), a supplier, an item category or an item. A limit
 * left null is not set by this rule: a less specific rule's applies (docs/receiving.md).
 */
export const toleranceRules = pgTable(
  'tolerance_rules',
  {
    id: uuid('id').primaryKey(),
    scope: text('scope', { enum: TOLERANCE_SCOPES }).notNull(),
    supplierId: uuid('supplier_id').references(() => suppliers.id),
    categoryId: uuid('category_id').references(() => itemCategories.id),
    itemId: uuid('item_id').references(() => items.id),
    overReceiptPercent: numeric('over_receipt_percent', { precision: 9, scale: 4 }),
    overReceiptQuantity: numeric('over_receipt_quantity', { precision: 20, scale: 6 }),
    priceVariancePercent: numeric('price_variance_percent', { precision: 9, scale: 4 }),
    priceVarianceAmount: numeric('price_variance_amount', { precision: 20, scale: 6 }),
    quantityVariancePercent: numeric('quantity_variance_percent', { precision: 9, scale: 4 }),
    quantityVarianceQuantity: numeric('quantity_variance_quantity', { precision: 20, scale: 6 }),
    note: text('note'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    // One rule per target; the global rule's target is the empty one.
    uniqueIndex('tolerance_rules_target_key').on(
      t.scope,
      sql`coalesce(${t.supplierId}, ${t.categoryId}, ${t.itemId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    check(
      'tolerance_rules_target_check',
      sql`(${t.scope} = 'global' and ${t.supplierId} is null and ${t.categoryId} is null and ${t.itemId} is null)
        or (${t.scope} = 'supplier' and ${t.supplierId} is not null and ${t.categoryId} is null and ${t.itemId} is null)
        or (${t.scope} = 'category' and ${t.categoryId} is not null and ${t.supplierId} is null and ${t.itemId} is null)
        or (${t.scope} = 'item' and ${t.itemId} is not null and ${t.supplierId} is null and ${t.categoryId} is null)`,
    ),
  ],
);

// ── reporting ───────────────────────────────────────────────────────────────

/**
 * Spend per supplier per month (the month of the order date), in base currency: the sum of
 * `total_base` over committed orders. Kept by a trigger on purchase_orders in the same transaction
 * as every order write (migration 0007); `openpo spend-verify` proves it equal to the raw sum.
 * A row whose order count drops to zero is deleted.
 */
export const spendMonthly = pgTable(
  'spend_monthly',
  {
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    amountBase: numeric('amount_base', { precision: 20, scale: 4 }).notNull().default('0'),
    orderCount: integer('order_count').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.supplierId, t.month] }),
    index('spend_monthly_month_idx').on(t.month, t.supplierId),
  ],
);

/**
 * Spend per month, every supplier together: what the home page's chart reads (12 months, not
 * suppliers × months). A trigger on spend_monthly only appends deltas (its new row minus its old),
 * so concurrent order writes never wait on a shared month row; the minute fold job
 * (`foldSpendMonthTotals`) folds them into one row per month, and readers sum what is there
 * (migration 0018). `openpo spend-verify` proves it equal to spend_monthly.
 */
export const spendMonthTotals = pgTable(
  'spend_month_totals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    amountBase: numeric('amount_base', { precision: 20, scale: 4 }).notNull(),
    orderCount: integer('order_count').notNull(),
  },
  (t) => [index('spend_month_totals_month_idx').on(t.month)],
);

/**
 * Committed spend per item category and month (the home page's "spend by category"): each line of
 * a committed order books its gross amount in base currency, less what was short-closed, to its
 * category (the nil uuid for free-text lines). Triggers on orders and lines only append deltas, so
 * concurrent approvals never wait on a shared row; the minute fold job folds them to one row per
 * category and month, and readers sum what is there (migration 0020). `openpo spend-verify` proves
 * it equal to the orders' lines.
 */
export const spendCategoryMonths = pgTable(
  'spend_category_months',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    categoryId: uuid('category_id').notNull(),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    amountBase: numeric('amount_base', { precision: 20, scale: 4 }).notNull(),
    lineCount: integer('line_count').notNull(),
  },
  (t) => [index('spend_category_months_month_idx').on(t.month, t.categoryId)],
);

// ── attachments and comments ────────────────────────────────────────────────

/**
 * A file on a document. The bytes live in the file store under `storage_key` (content-addressed
 * by SHA-256, so the same file twice is stored once); the row says which document, who, when and
 * what the bytes are. Removing an attachment hides it and keeps the row and the bytes (the audit
 * trail names them).
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    documentType: text('document_type', { enum: DISCUSSED_DOCUMENT_TYPES }).notNull(),
    documentId: uuid('document_id').notNull(),
    fileName: text('file_name').notNull(),
    /** What the bytes are, as sniffed from them (never what the browser said). */
    mediaType: text('media_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: ts('uploaded_at').notNull(),
    removedAt: ts('removed_at'),
    removedBy: uuid('removed_by').references(() => users.id),
  },
  (t) => [index('attachments_document_idx').on(t.documentType, t.documentId, t.uploadedAt, t.id)],
);

/** A comment in a document's thread, with the people it mentions (they are notified). */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey(),
    documentType: text('document_type', { enum: DISCUSSED_DOCUMENT_TYPES }).notNull(),
    documentId: uuid('document_id').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    mentionedUserIds: uuid('mentioned_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('comments_document_idx').on(t.documentType, t.documentId, t.createdAt, t.id)],
);

// ── notifications ───────────────────────────────────────────────────────────

/** In-app notifications: what a user should look at (an approval waiting, a document returned …). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** What happened: approval_requested, approval_reminder, approval_escalated, approved, rejected … */
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** Path in the web app that opens the subject, e.g. /purchase-orders/{id}. */
    link: text('link'),
    documentType: text('document_type'),
    documentId: uuid('document_id'),
    createdAt: created(),
    readAt: ts('read_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt, t.id),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

/**
 * Every e-mail OpenPO sends, written in the transaction that caused it and delivered by a job
 * (SMTP when configured, otherwise a file in the outbox directory): none is lost if delivery fails.
 */
export const emailMessages = pgTable(
  'email_messages',
  {
    id: uuid('id').primaryKey(),
    toUserId: uuid('to_user_id').references(() => users.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /**
     * The text as the outbox shows it when the message carries a secret (an invitation's one-time
     * link): only the delivered message has it. Null: the outbox shows `text_body`.
     */
    shownTextBody: text('shown_text_body'),
    htmlBody: text('html_body'),
    status: text('status', { enum: EMAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /**
     * While a delivery is sending it (claimed, not yet recorded): no other delivery takes it until
     * then. Cleared when the attempt's outcome is recorded; a crash mid-send frees it at that time.
     */
    claimedUntil: ts('claimed_until'),
    /** Where it went: "smtp" or the outbox file name. */
    deliveredTo: text('delivered_to'),
    /**
     * The whole message as composed when it was queued (MIME, with its attachments): sent exactly
     * as it is, so what was kept is what left. Null: composed from the columns above on delivery.
     */
    raw: bytea('raw'),
    createdAt: created(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    index('email_messages_created_idx').on(t.createdAt, t.id),
    index('email_messages_queued_idx').on(t.createdAt).where(sql`${t.status} = 'queued'`),
  ],
);

/**
 * A one-time link that lets an invited user (a supplier's contact) set their password; only its
 * SHA-256 is kept. Used once, or expired, it opens nothing.
 */
export const userInvitations = pgTable(
  'user_invitations',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: char('token_hash', { length: 64 }).notNull(),
    expiresAt: ts('expires_at').notNull(),
    /** Closed: accepted, or replaced by a newer invitation. */
    usedAt: ts('used_at'),
    /** When the user set its password through this link. */
    acceptedAt: ts('accepted_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('user_invitations_token_key').on(t.tokenHash),
    index('user_invitations_user_idx').on(t.userId),
  ],
);

// ── dispatch ────────────────────────────────────────────────────────────────

/** A file a send carried, as its dispatch lists it; the bytes are in dispatch_files by SHA-256. */
export type DispatchFile = {
  role: DispatchFileRole;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
};

/**
 * One send of an order to its supplier: the order, a change (a later revision) or a cancellation,
 * to whom, when, by whom (null: sent automatically), and the exact files it carried. Recorded
 * as `preparing` when the buyer presses Send; a moment later its files and e-mail are rendered
 * and kept (`ready`), and then it never changes.
 */
export const dispatches = pgTable(
  'dispatches',
  {
    id: uuid('id').primaryKey(),
    /** The order sends were recorded in (several can share a millisecond). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    kind: text('kind', { enum: DISPATCH_KINDS }).notNull(),
    revision: integer('revision').notNull(),
    recipients: text('recipients').array().notNull(),
    /** The buyer's note in the message. */
    message: text('message'),
    /** Why the order was cancelled (a cancellation). */
    reason: text('reason'),
    automatic: boolean('automatic').notNull().default(false),
    sentBy: uuid('sent_by').references(() => users.id),
    sentAt: ts('sent_at').notNull(),
    /** The e-mail that carries it; null while it is being prepared. */
    emailMessageId: uuid('email_message_id').references(() => emailMessages.id),
    /** Empty while it is being prepared. */
    files: jsonb('files').$type<DispatchFile[]>().notNull(),
    /** Why the UBL document was not attached (what the order lacks for it); null: it was. */
    ublOmittedReason: text('ubl_omitted_reason'),
    status: text('status', { enum: DISPATCH_STATUSES }).notNull().default('ready'),
    /** What it is made of, until it is prepared (then null: the files and the e-mail are kept). */
    content: jsonb('content').$type<DispatchContent>(),
    /** Attempts to prepare it, and the last one's error. */
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    preparedAt: ts('prepared_at'),
  },
  (t) => [
    index('dispatches_order_idx').on(t.purchaseOrderId, t.seq),
    index('dispatches_preparing_idx').on(t.seq).where(sql`${t.status} = 'preparing'`),
  ],
);

/** The supplier's answer to one line. */
export type ResponseLine = {
  lineNo: number;
  decision: LineDecision;
  /** The delivery date the supplier promises (accept, change). */
  promisedDate: string | null;
  /** What the supplier proposes instead (change): null keeps the order's. */
  quantity: string | null;
  unitPrice: string | null;
  /** Why (reject; optional on a change). */
  reason: string | null;
};

/**
 * A supplier's answer to an order, one submission per row: the order revision it answers, a
 * decision per line, one note. Revised by a newer submission until the buyer has decided.
 */
export const supplierResponses = pgTable(
  'supplier_responses',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    /** The order's revision it answers. */
    orderRevision: integer('order_revision').notNull(),
    /** 1, 2, 3 … per order: each submission. */
    number: integer('number').notNull(),
    status: text('status', { enum: SUPPLIER_RESPONSE_STATUSES }).notNull(),
    source: text('source', { enum: SUPPLIER_RESPONSE_SOURCES }).notNull(),
    note: text('note'),
    lines: jsonb('lines').$type<ResponseLine[]>().notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: ts('submitted_at').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    /** The buyer's message with a decline. */
    decisionMessage: text('decision_message'),
    /** The UBL OrderResponse it arrived as (bytes in dispatch_files); null: answered in the portal. */
    documentSha256: char('document_sha256', { length: 64 }),
  },
  (t) => [uniqueIndex('supplier_responses_order_number_key').on(t.purchaseOrderId, t.number)],
);

/**
 * A ship notice (advance shipping notice, ASN-…): what the supplier shipped against one order, when,
 * how, and when it should arrive. Never changed once written; receiving starts from it.
 */
export const shipNotices = pgTable(
  'ship_notices',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    number: text('number').notNull(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    /** The order revision shipped against. */
    orderRevision: integer('order_revision').notNull(),
    despatchDate: date('despatch_date', { mode: 'string' }).notNull(),
    expectedDeliveryDate: date('expected_delivery_date', { mode: 'string' }),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    packages: integer('packages'),
    note: text('note'),
    /** The supplier's own number for it (a DespatchAdvice's ID, a delivery-note number). */
    supplierReference: text('supplier_reference'),
    source: text('source', { enum: SHIP_NOTICE_SOURCES }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
    /** The UBL DespatchAdvice it arrived as (bytes in dispatch_files); null otherwise. */
    documentSha256: char('document_sha256', { length: 64 }),
  },
  (t) => [
    uniqueIndex('ship_notices_number_key').on(t.number),
    index('ship_notices_order_idx').on(t.purchaseOrderId, t.seq),
    index('ship_notices_supplier_idx').on(t.supplierId, t.seq),
  ],
);

/** A line of a ship notice: how much of one order line was shipped. */
export const shipNoticeLines = pgTable(
  'ship_notice_lines',
  {
    shipNoticeId: uuid('ship_notice_id')
      .notNull()
      .references(() => shipNotices.id),
    lineNo: integer('line_no').notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 6 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.shipNoticeId, t.lineNo] })],
);

// ── receiving ───────────────────────────────────────────────────────────────

/**
 * A goods receipt (GR-…): what arrived against one order, or a reversal taking back quantities of
 * one receipt (its own GR number, `reverses_receipt_id` set, reason required). Never changed once
 * written, except the running sums of its lines that inspections and reversals keep.
 */
export const receipts = pgTable(
  'receipts',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    number: text('number').notNull(),
    kind: text('kind', { enum: RECEIPT_KINDS }).notNull(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    purchaseOrderNumber: text('purchase_order_number').notNull(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    /** The order's department when received: who may see it (a requester sees their department's). */
    departmentId: uuid('department_id'),
    /** The ship notice the goods came with; null: received from the order. */
    shipNoticeId: uuid('ship_notice_id').references(() => shipNotices.id),
    /** A reversal's receipt. */
    reversesReceiptId: uuid('reverses_receipt_id'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    deliveryNote: text('delivery_note'),
    storageLocation: text('storage_location'),
    note: text('note'),
    /** Why a reversal was made. */
    reason: text('reason'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [
    uniqueIndex('receipts_number_key').on(t.number),
    index('receipts_order_idx').on(t.purchaseOrderId, t.seq),
    index('receipts_seq_idx').on(t.seq),
    index('receipts_department_idx').on(t.departmentId, t.seq),
    index('receipts_reverses_idx').on(t.reversesReceiptId),
    check(
      'receipts_reversal',
      sql`(${t.kind} = 'reversal') = (${t.reversesReceiptId} is not null) and (${t.kind} = 'receipt' or ${t.reason} is not null)`,
    ),
  ],
);

/**
 * A line of a receipt: how much of one order line arrived, in the line's unit (and as entered),
 * with lot and serial numbers. A receipt's line keeps what was taken back, accepted and rejected
 * of it; what is left awaits inspection. A reversal's line says how much it took back.
 */
export const receiptLines = pgTable(
  'receipt_lines',
  {
    receiptId: uuid('receipt_id')
      .notNull()
      .references(() => receipts.id),
    lineNo: integer('line_no').notNull(),
    /** The order line as it was received against: what the receipt document says arrived. */
    description: text('description').notNull(),
    itemId: uuid('item_id'),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    /** In the order line's unit. */
    quantity: numeric('quantity', { precision: 18, scale: 6 }).notNull(),
    /** As the receiver entered it, when in another unit that converts. */
    enteredQuantity: numeric('entered_quantity', { precision: 18, scale: 6 }),
    enteredUnitCode: text('entered_unit_code').references(() => units.code),
    lotNumber: text('lot_number'),
    serialNumbers: jsonb('serial_numbers').$type<string[]>(),
    inspectionRequired: boolean('inspection_required').notNull().default(false),
    /** Received beyond what was open on the order line (within the over-receipt tolerance): flagged. */
    overReceived: numeric('over_received', { precision: 18, scale: 6 }).notNull().default('0'),
    quantityReversed: numeric('quantity_reversed', { precision: 18, scale: 6 }).notNull().default('0'),
    quantityAccepted: numeric('quantity_accepted', { precision: 18, scale: 6 }).notNull().default('0'),
    quantityRejected: numeric('quantity_rejected', { precision: 18, scale: 6 }).notNull().default('0'),
    /** Of the rejected quantity, what a return to supplier sent back. */
    quantityReturned: numeric('quantity_returned', { precision: 18, scale: 6 }).notNull().default('0'),
    /**
     * Of the accepted quantity, what matched invoices consumed (the match ledger's sum for the line,
     * kept by invoicing in the transaction that matches): never more than accepted, so accepted
     * goods are never invoiced twice, and a reversal cannot take back what was invoiced.
     */
    quantityInvoiced: numeric('quantity_invoiced', { precision: 18, scale: 6 }).notNull().default('0'),
    /** A service confirmed by amount: the amount (net, the order's currency) the quantity came from. */
    confirmedAmount: numeric('confirmed_amount', { precision: 20, scale: 4 }),
    /** A service confirmed by percentage of completion: the percentage (of the line) reached. */
    confirmedPercent: numeric('confirmed_percent', { precision: 7, scale: 4 }),
  },
  (t) => [
    primaryKey({ columns: [t.receiptId, t.lineNo] }),
    /** The inspection queue: lines with quantity awaiting inspection. */
    index('receipt_lines_pending_idx')
      .on(t.receiptId)
      .where(
        sql`${t.inspectionRequired} and ${t.quantity} - ${t.quantityReversed} - ${t.quantityAccepted} - ${t.quantityRejected} > 0`,
      ),
    check(
      'receipt_lines_quantities',
      sql`${t.quantity} > 0 and ${t.quantityReversed} >= 0 and ${t.quantityAccepted} >= 0 and ${t.quantityRejected} >= 0
        and ${t.quantityReversed} + ${t.quantityAccepted} + ${t.quantityRejected} <= ${t.quantity}
        and ${t.quantityReturned} >= 0 and ${t.quantityReturned} <= ${t.quantityRejected}`,
    ),
    check(
      'receipt_lines_invoiced',
      sql`${t.quantityInvoiced} >= 0 and ${t.quantityInvoiced} <= ${t.quantityAccepted}`,
    ),
  ],
);

/**
 * An inspection's result for one receipt line: how much was accepted and how much rejected, and
 * why. Several may cover one line (part inspected now, the rest later); together they never
 * exceed what is left of it after reversals.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    receiptId: uuid('receipt_id')
      .notNull()
      .references(() => receipts.id),
    lineNo: integer('line_no').notNull(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    quantityAccepted: numeric('quantity_accepted', { precision: 18, scale: 6 }).notNull(),
    quantityRejected: numeric('quantity_rejected', { precision: 18, scale: 6 }).notNull(),
    rejectionReason: text('rejection_reason', { enum: REJECTION_REASONS }),
    rejectionNote: text('rejection_note'),
    note: text('note'),
    inspectedBy: uuid('inspected_by')
      .notNull()
      .references(() => users.id),
    inspectedAt: ts('inspected_at').notNull(),
  },
  (t) => [
    index('inspections_receipt_idx').on(t.receiptId, t.lineNo),
    index('inspections_order_idx').on(t.purchaseOrderId, t.seq),
    check(
      'inspections_quantities',
      sql`${t.quantityAccepted} >= 0 and ${t.quantityRejected} >= 0 and ${t.quantityAccepted} + ${t.quantityRejected} > 0
        and (${t.quantityRejected} = 0) = (${t.rejectionReason} is null)`,
    ),
  ],
);

/**
 * A return to supplier (RTV-YYYY-NNNNN): rejected goods of one receipt going back, and what is
 * expected for them: a replacement (due on `replacementExpectedOn`; the quantity stays open) or a
 * credit (the quantity is no longer expected). Never edited.
 */
export const supplierReturns = pgTable(
  'supplier_returns',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    number: text('number').notNull(),
    receiptId: uuid('receipt_id')
      .notNull()
      .references(() => receipts.id),
    receiptNumber: text('receipt_number').notNull(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    purchaseOrderNumber: text('purchase_order_number').notNull(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    /** The order's department: who may see it (a requester sees their department's). */
    departmentId: uuid('department_id'),
    remedy: text('remedy', { enum: RETURN_REMEDIES }).notNull(),
    replacementExpectedOn: date('replacement_expected_on', { mode: 'string' }),
    /** What the supplier is told beyond the lines' reasons (how it goes back, a return authorisation). */
    note: text('note'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [
    uniqueIndex('supplier_returns_number_key').on(t.number),
    index('supplier_returns_order_idx').on(t.purchaseOrderId, t.seq),
    index('supplier_returns_supplier_idx').on(t.supplierId, t.seq),
    index('supplier_returns_department_idx').on(t.departmentId, t.seq),
    index('supplier_returns_seq_idx').on(t.seq),
    check(
      'supplier_returns_replacement_date',
      sql`(${t.remedy} = 'replacement') = (${t.replacementExpectedOn} is not null)`,
    ),
  ],
);

/** What one return sends back of one receipt line (its order line's number), and why it was rejected. */
export const supplierReturnLines = pgTable(
  'supplier_return_lines',
  {
    returnId: uuid('return_id')
      .notNull()
      .references(() => supplierReturns.id),
    lineNo: integer('line_no').notNull(),
    description: text('description').notNull(),
    itemId: uuid('item_id'),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    quantity: numeric('quantity', { precision: 18, scale: 6 }).notNull(),
    lotNumber: text('lot_number'),
    /** The reasons the inspections gave for rejecting the line's goods, as the supplier reads them. */
    rejectionReasons: jsonb('rejection_reasons')
      .$type<{ reason: RejectionReason; note: string | null }[]>()
      .notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.returnId, t.lineNo] }),
    check('supplier_return_lines_quantity', sql`${t.quantity} > 0`),
  ],
);

/**
 * Delivery tracking: one row per open line of a sent order (not fully received), kept by a consumer
 * of the order's events, so the tracking board reads one index-backed table. The state itself
 * depends on today and is derived when read (docs/tracking.md): `sort_date` (the expected date, or
 * 9999-12-31 without one) orders the board.
 */
export const deliveryTracking = pgTable(
  'delivery_tracking',
  {
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    lineNo: integer('line_no').notNull(),
    orderNumber: text('order_number').notNull(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    buyerId: uuid('buyer_id')
      .notNull()
      .references(() => users.id),
    departmentId: uuid('department_id'),
    description: text('description').notNull(),
    unitCode: text('unit_code').notNull(),
    /** Still expected: ordered less short-closed less received. */
    openQuantity: numeric('open_quantity', { precision: 18, scale: 6 }).notNull(),
    /** Shipped and not yet received. */
    inTransitQuantity: numeric('in_transit_quantity', { precision: 18, scale: 6 }).notNull(),
    neededBy: date('needed_by', { mode: 'string' }),
    promisedDate: date('promised_date', { mode: 'string' }),
    /** The latest ship notice's expected date, else promised, else needed-by. */
    expectedDate: date('expected_date', { mode: 'string' }),
    sortDate: date('sort_date', { mode: 'string' }).notNull(),
    sentAt: ts('sent_at').notNull(),
    acknowledged: boolean('acknowledged').notNull(),
    promisedLate: boolean('promised_late').notNull(),
    expectedMoved: boolean('expected_moved').notNull(),
    /** The worst state its buyer was told of (at_risk, late); null: none yet. */
    notifiedState: text('notified_state', { enum: DELIVERY_STATES }),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.purchaseOrderId, t.lineNo] }),
    index('delivery_tracking_sort_idx').on(t.sortDate, t.purchaseOrderId, t.lineNo),
    index('delivery_tracking_supplier_idx').on(t.supplierId, t.sortDate, t.purchaseOrderId, t.lineNo),
    index('delivery_tracking_buyer_idx').on(t.buyerId, t.sortDate, t.purchaseOrderId, t.lineNo),
    // Lines still waiting for the supplier's acknowledgement, by when they were sent: the count of
    // lines not acknowledged yet (and not overdue) reads the recent ones only.
    index('delivery_tracking_unacknowledged_idx').on(t.sentAt, t.sortDate).where(sql`NOT ${t.acknowledged}`),
  ],
);

/** Reminders sent to suppliers: at most one per order, reason and day. */
export const trackingReminders = pgTable(
  'tracking_reminders',
  {
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    reason: text('reason').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    sentAt: ts('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.purchaseOrderId, t.reason, t.day] })],
);

/** The bytes of the files sends carried, by their SHA-256: stored once however often sent. */
export const dispatchFiles = pgTable('dispatch_files', {
  sha256: char('sha256', { length: 64 }).primaryKey(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: created(),
});

// ── invoicing ───────────────────────────────────────────────────────────────

/** An allowance (money off) or a charge (money on), at the header or on a line, as UBL has them. */
export type AllowanceCharge = {
  charge: boolean;
  amount: string;
  reason: string | null;
  reasonCode: string | null;
  /** Header allowances and charges are taxed: their category and rate. */
  taxCategory?: string | null;
  taxRate?: string | null;
};

/** One tax category and rate of an invoice: what is taxed at it and the tax. */
export type TaxSubtotal = {
  taxCategory: string;
  taxRate: string;
  taxableAmount: string;
  taxAmount: string;
  exemptionReason: string | null;
};

/** A reason an invoice is an exception, in words, and whether it was accepted. */
export type InvoiceException = {
  kind: InvoiceExceptionKind;
  lineNo: number | null;
  message: string;
  /**
   * What accepting it would pay beyond the order, in the invoice's currency (never negative): price
   * variance × quantity, quantity variance × price, a line not on the order or a charge in full,
   * the tax difference, the whole payable amount of a possible duplicate. Absent on exceptions
   * recorded before it was kept.
   */
  amount?: string;
};

export type InvoiceBankAccount = {
  accountName: string | null;
  iban: string | null;
  bic: string | null;
  accountNumber: string | null;
};

/**
 * A supplier's invoice or credit note (INV-YYYY-NNNNN) against one purchase order: as the supplier
 * stated it (lines, allowances and charges, tax, totals, terms, bank account), and where it stands
 * in matching and payment. Amounts are in the order's currency; `payableAmountBase` in base
 * currency at the rate of the issue date. docs/accounts-payable.md.
 */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    number: text('number').notNull(),
    kind: text('kind', { enum: INVOICE_KINDS }).notNull(),
    status: text('status', { enum: INVOICE_STATUSES }).notNull(),
    source: text('source', { enum: INVOICE_SOURCES }).notNull(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    /** The supplier's own number, as printed, and normalised (case, spaces, punctuation, leading zeros). */
    supplierInvoiceNumber: text('supplier_invoice_number').notNull(),
    supplierInvoiceKey: text('supplier_invoice_key').notNull(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    purchaseOrderNumber: text('purchase_order_number').notNull(),
    /** The order's department: who may see it. */
    departmentId: uuid('department_id'),
    /** A credit note: the invoice it credits, when it names one. */
    creditsInvoiceId: uuid('credits_invoice_id'),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    taxPointDate: date('tax_point_date', { mode: 'string' }),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    currency: char('currency', { length: 3 })
      .notNull()
      .references(() => currencies.code),
    /** Units of base currency per unit of `currency` on the issue date, and that rate's date. */
    exchangeRate: numeric('exchange_rate', { precision: 20, scale: 10 }).notNull(),
    exchangeRateDate: date('exchange_rate_date', { mode: 'string' }).notNull(),
    allowancesCharges: jsonb('allowances_charges').$type<AllowanceCharge[]>().notNull().default([]),
    taxSubtotals: jsonb('tax_subtotals').$type<TaxSubtotal[]>().notNull().default([]),
    lineExtensionAmount: numeric('line_extension_amount', { precision: 20, scale: 4 }).notNull(),
    allowanceTotal: numeric('allowance_total', { precision: 20, scale: 4 }).notNull().default('0'),
    chargeTotal: numeric('charge_total', { precision: 20, scale: 4 }).notNull().default('0'),
    taxExclusiveAmount: numeric('tax_exclusive_amount', { precision: 20, scale: 4 }).notNull(),
    taxAmount: numeric('tax_amount', { precision: 20, scale: 4 }).notNull(),
    taxInclusiveAmount: numeric('tax_inclusive_amount', { precision: 20, scale: 4 }).notNull(),
    prepaidAmount: numeric('prepaid_amount', { precision: 20, scale: 4 }).notNull().default('0'),
    roundingAmount: numeric('rounding_amount', { precision: 20, scale: 4 }).notNull().default('0'),
    payableAmount: numeric('payable_amount', { precision: 20, scale: 4 }).notNull(),
    payableAmountBase: numeric('payable_amount_base', { precision: 20, scale: 4 }).notNull(),
    paymentTermsNetDays: smallint('payment_terms_net_days').notNull(),
    paymentTermsBasis: text('payment_terms_basis', { enum: PAYMENT_TERMS_BASES }).notNull(),
    earlyPaymentDiscountPercent: numeric('early_payment_discount_percent', { precision: 5, scale: 2 }),
    earlyPaymentDiscountDays: smallint('early_payment_discount_days'),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    discountDate: date('discount_date', { mode: 'string' }),
    bankAccount: jsonb('bank_account').$type<InvoiceBankAccount>(),
    note: text('note'),
    /** Why the invoice is an exception (empty otherwise), as the last match found it. */
    exceptions: jsonb('exceptions').$type<InvoiceException[]>().notNull().default([]),
    /** A likely duplicate of this invoice, until accounts payable clears it. */
    possibleDuplicateOfId: uuid('possible_duplicate_of_id'),
    /** Variances a person accepted (exceptions at that time), who, when and why. */
    acceptedExceptions: jsonb('accepted_exceptions').$type<InvoiceException[]>(),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    acceptedAt: ts('accepted_at'),
    acceptReason: text('accept_reason'),
    /**
     * Accepting the variances routed for approval (the policy of `invoice_variance`): where it
     * stands, who asked, when and why, and the variances' amount in base currency that routed it;
     * who decided last and, on a rejection, why. docs/accounts-payable.md#variance-approval.
     */
    varianceApprovalStatus: text('variance_approval_status', { enum: VARIANCE_APPROVAL_STATUSES }),
    varianceApprovalRequestedBy: uuid('variance_approval_requested_by').references(() => users.id),
    varianceApprovalRequestedAt: ts('variance_approval_requested_at'),
    varianceApprovalReason: text('variance_approval_reason'),
    varianceAmountBase: numeric('variance_amount_base', { precision: 20, scale: 4 }),
    varianceApprovalDecidedBy: uuid('variance_approval_decided_by').references(() => users.id),
    varianceApprovalDecidedAt: ts('variance_approval_decided_at'),
    varianceApprovalNote: text('variance_approval_note'),
    creditNoteRequestedAt: ts('credit_note_requested_at'),
    creditNoteRequestNote: text('credit_note_request_note'),
    matchedAt: ts('matched_at'),
    /** Some match found it an exception: it was not matched at the first pass (supplier evaluation). */
    hadException: boolean('had_exception').notNull().default(false),
    approvedAt: ts('approved_at'),
    approvedBy: uuid('approved_by').references(() => users.id),
    heldFromStatus: text('held_from_status', { enum: INVOICE_STATUSES }),
    holdReason: text('hold_reason'),
    rejectReason: text('reject_reason'),
    cancelReason: text('cancel_reason'),
    paidAt: ts('paid_at'),
    /**
     * Paid so far and the early-payment discount taken, in the invoice's currency (a credit note's:
     * what was set off against invoices). What is still open: payable − paid − discount.
     */
    amountPaid: numeric('amount_paid', { precision: 20, scale: 4 }).notNull().default('0'),
    discountTaken: numeric('discount_taken', { precision: 20, scale: 4 }).notNull().default('0'),
    createdBy: uuid('created_by').references(() => users.id),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('invoices_number_key').on(t.number),
    /** A supplier's number counts once, unless the invoice that had it was rejected or cancelled. */
    uniqueIndex('invoices_supplier_number_key')
      .on(t.supplierId, t.supplierInvoiceKey)
      .where(sql`${t.status} not in ('rejected', 'cancelled')`),
    index('invoices_seq_idx').on(t.seq),
    index('invoices_status_idx').on(t.status, t.seq),
    index('invoices_supplier_idx').on(t.supplierId, t.seq),
    index('invoices_order_idx').on(t.purchaseOrderId, t.seq),
    index('invoices_due_idx').on(t.dueDate).where(sql`${t.status} in ('approved_for_payment', 'scheduled')`),
    /** The discounts report: invoices by the date their early-payment discount ends. */
    index('invoices_discount_idx').on(t.discountDate).where(sql`${t.discountDate} is not null`),
    /** AP aging as of a past day: invoices paid after it were still open then. */
    index('invoices_paid_idx').on(t.paidAt).where(sql`${t.status} = 'paid'`),
    /** Likely duplicates: a supplier's invoices with the same amount. */
    index('invoices_supplier_amount_idx').on(t.supplierId, t.payableAmount, t.issueDate),
    check('invoices_accepted', sql`(${t.acceptedAt} is null) = (${t.acceptedBy} is null)`),
    check(
      'invoices_not_overpaid',
      sql`${t.amountPaid} >= 0 and ${t.discountTaken} >= 0 and ${t.amountPaid} + ${t.discountTaken} <= ${t.payableAmount}`,
    ),
  ],
);

/**
 * A line of an invoice: what the supplier billed, as stated (quantity and unit, price per base
 * quantity, line allowances and charges, tax), the order line it bills, and the last match's
 * verdict in the order line's unit and price.
 */
export const invoiceLines = pgTable(
  'invoice_lines',
  {
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    /** The supplier's own line id (UBL cbc:ID). */
    supplierLineId: text('supplier_line_id'),
    /** The order line billed; null: the line is not on the order (an exception until resolved). */
    orderLineNo: integer('order_line_no'),
    itemId: uuid('item_id'),
    description: text('description').notNull(),
    /** Signed: a negative line gives back (in an invoice); a credit note's lines are positive. */
    quantity: numeric('quantity', { precision: 18, scale: 6 }).notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    /** The net price per `baseQuantity` units, after any price-level allowance. */
    unitPrice: numeric('unit_price', { precision: 20, scale: 6 }).notNull(),
    baseQuantity: numeric('base_quantity', { precision: 18, scale: 6 }).notNull().default('1'),
    allowancesCharges: jsonb('allowances_charges').$type<AllowanceCharge[]>().notNull().default([]),
    /** Quantity × price ÷ base quantity + charges − allowances, rounded to the currency. */
    netAmount: numeric('net_amount', { precision: 20, scale: 4 }).notNull(),
    taxCategory: text('tax_category').notNull(),
    taxRate: numeric('tax_rate', { precision: 7, scale: 4 }).notNull(),
    /** The match's view: the quantity in the order line's unit and the net price per that unit. */
    orderUnitQuantity: numeric('order_unit_quantity', { precision: 18, scale: 6 }),
    orderUnitPrice: numeric('order_unit_price', { precision: 20, scale: 6 }),
    matchType: text('match_type', { enum: MATCH_TYPES }),
    matchStatus: text('match_status').$type<InvoiceLineMatchStatus>(),
    /** Per unit above the order's net price; and above what was available, in the order line's unit. */
    priceVariance: numeric('price_variance', { precision: 20, scale: 6 }),
    quantityVariance: numeric('quantity_variance', { precision: 18, scale: 6 }),
    /** What the match compared, in words. */
    matchExplanation: text('match_explanation'),
  },
  (t) => [primaryKey({ columns: [t.invoiceId, t.lineNo] })],
);

/**
 * The match ledger: what each invoice line consumed of an order line — of one receipt line's
 * accepted quantity (three-way), of the ordered quantity (two-way, `receiptId` null), or beyond
 * what was available where a person accepted the variance (`variance`). A credit note's entries
 * are negative: they give quantity back. Append-only; a rejected or cancelled invoice's entries
 * are given back by entries of their own. Per order line the entries add up to what consuming
 * invoices billed.
 */
export const invoiceMatches = pgTable(
  'invoice_matches',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    invoiceLineNo: integer('invoice_line_no').notNull(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    orderLineNo: integer('order_line_no').notNull(),
    receiptId: uuid('receipt_id').references(() => receipts.id),
    receiptLineNo: integer('receipt_line_no'),
    /** Accepted as a variance beyond what was received (or ordered): no receipt line behind it. */
    variance: boolean('variance').notNull().default(false),
    /** In the order line's unit; negative gives back. */
    quantity: numeric('quantity', { precision: 18, scale: 6 }).notNull(),
    /** The net amount it bills (quantity × the invoice's price per order unit), the order's currency. */
    amount: numeric('amount', { precision: 20, scale: 4 }).notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [
    index('invoice_matches_invoice_idx').on(t.invoiceId),
    index('invoice_matches_order_idx').on(t.purchaseOrderId, t.orderLineNo),
    index('invoice_matches_receipt_idx').on(t.receiptId, t.receiptLineNo),
    check('invoice_matches_receipt', sql`(${t.receiptId} is null) = (${t.receiptLineNo} is null)`),
  ],
);

// ── payments ────────────────────────────────────────────────────────────────

/** A creditor's account as a payment was made to it: a snapshot, whatever the supplier changes later. */
export type PaymentCreditorAccount = {
  accountName: string;
  iban: string | null;
  bic: string | null;
  accountNumber: string | null;
  bankName: string | null;
};

/**
 * A payment run (PAY-YYYY-NNNNN): the approved invoices and credit notes to pay on one date,
 * proposed, trimmed, confirmed into one payment per supplier and currency, and paid.
 * docs/accounts-payable.md#payment-runs.
 */
export const paymentRuns = pgTable(
  'payment_runs',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    number: text('number').notNull(),
    status: text('status', { enum: PAYMENT_RUN_STATUSES }).notNull(),
    /** The day the bank is asked to execute the transfers. */
    paymentDate: date('payment_date', { mode: 'string' }).notNull(),
    /** Invoices due on or before this date were proposed… */
    dueBy: date('due_by', { mode: 'string' }).notNull(),
    /** …and those whose discount date falls before this next run (the discount would be lost). */
    nextRunDate: date('next_run_date', { mode: 'string' }).notNull(),
    /** Only this currency, this supplier, when the proposal was limited to them. */
    currency: char('currency', { length: 3 }),
    supplierId: uuid('supplier_id'),
    /** The paying account when confirmed (settings.paymentAccount then). */
    debtorAccount: jsonb('debtor_account').$type<PaymentAccount>(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: ts('confirmed_at'),
    paidAt: ts('paid_at'),
    cancelledAt: ts('cancelled_at'),
    cancelReason: text('cancel_reason'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('payment_runs_number_key').on(t.number),
    index('payment_runs_seq_idx').on(t.seq),
    index('payment_runs_status_idx').on(t.status, t.seq),
  ],
);

/**
 * One payment of a confirmed run: to one supplier in one currency, the invoices it pays less the
 * credit notes it sets off and the discounts it takes. Its end-to-end id is what the bank reports
 * back.
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey(),
    paymentRunId: uuid('payment_run_id')
      .notNull()
      .references(() => paymentRuns.id),
    /** The run's number and the payment's place in it: PAY-2026-00001-003 (the end-to-end id). */
    number: text('number').notNull(),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    currency: char('currency', { length: 3 })
      .notNull()
      .references(() => currencies.code),
    /** What is transferred: invoices − credit notes − discounts. */
    amount: numeric('amount', { precision: 20, scale: 4 }).notNull(),
    discountAmount: numeric('discount_amount', { precision: 20, scale: 4 }).notNull().default('0'),
    /** In base currency at the payment date's rate, and what the invoices were booked at. */
    amountBase: numeric('amount_base', { precision: 20, scale: 4 }).notNull(),
    invoicedAmountBase: numeric('invoiced_amount_base', { precision: 20, scale: 4 }).notNull(),
    exchangeRate: numeric('exchange_rate', { precision: 20, scale: 10 }).notNull(),
    creditorAccount: jsonb('creditor_account').$type<PaymentCreditorAccount>().notNull(),
    /** The remittance text: the supplier's invoice numbers it pays. */
    remittance: text('remittance').notNull(),
    paidAt: ts('paid_at'),
    rejectedReason: text('rejected_reason'),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('payments_number_key').on(t.number),
    index('payments_run_idx').on(t.paymentRunId),
    index('payments_supplier_idx').on(t.supplierId, t.paidAt),
    check('payments_amount_positive', sql`${t.amount} > 0`),
  ],
);

/**
 * An invoice or credit note in a run: what is paid of it (a credit note's amount is negative) and
 * the discount taken, and, once confirmed, the payment it is part of. At most one line per invoice
 * is scheduled at a time: a run never pays an invoice another run has scheduled.
 */
export const paymentRunLines = pgTable(
  'payment_run_lines',
  {
    paymentRunId: uuid('payment_run_id')
      .notNull()
      .references(() => paymentRuns.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    supplierId: uuid('supplier_id').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    status: text('status', { enum: PAYMENT_RUN_LINE_STATUSES }).notNull(),
    /** What was open when proposed; what this run pays of it (signed) and the discount it takes. */
    openAmount: numeric('open_amount', { precision: 20, scale: 4 }).notNull(),
    amount: numeric('amount', { precision: 20, scale: 4 }).notNull(),
    discountAmount: numeric('discount_amount', { precision: 20, scale: 4 }).notNull().default('0'),
    /** Proposed because it is due, or because its discount would expire before the next run. */
    reason: text('reason', { enum: ['due', 'discount'] }).notNull(),
    paymentId: uuid('payment_id').references(() => payments.id),
  },
  (t) => [
    primaryKey({ columns: [t.paymentRunId, t.lineNo] }),
    uniqueIndex('payment_run_lines_invoice_key').on(t.paymentRunId, t.invoiceId),
    uniqueIndex('payment_run_lines_scheduled_key').on(t.invoiceId).where(sql`${t.status} = 'scheduled'`),
    index('payment_run_lines_invoice_idx').on(t.invoiceId),
    index('payment_run_lines_payment_idx').on(t.paymentId),
  ],
);

// ── evaluation ──────────────────────────────────────────────────────────────

/**
 * The counters a supplier's scorecard sums (docs/evaluation.md has every measure's formula). One set
 * per order and item category in `supplier_score_facts`, and their sums per supplier, category and
 * month in `supplier_score_months`.
 */
const scoreCounters = () => ({
  /** 1 on the row of the order's main category (its largest line): orders count once. */
  orders: integer('orders').notNull().default(0),
  /** Lines nothing more is expected of (delivered, short-closed or credited), and of those in full. */
  linesSettled: integer('lines_settled').notNull().default(0),
  linesInFull: integer('lines_in_full').notNull().default(0),
  /** Settled lines with a due date; on time (within the grace days), on time and in full; days late summed (early negative). */
  linesTimed: integer('lines_timed').notNull().default(0),
  linesOnTime: integer('lines_on_time').notNull().default(0),
  linesOtif: integer('lines_otif').notNull().default(0),
  daysLateSum: integer('days_late_sum').notNull().default(0),
  /** Received quantity of lines with a due date, and of it what arrived on time. */
  qtyTimed: numeric('qty_timed', { precision: 20, scale: 6 }).notNull().default('0'),
  qtyOnTime: numeric('qty_on_time', { precision: 20, scale: 6 }).notNull().default('0'),
  qtyReceived: numeric('qty_received', { precision: 20, scale: 6 }).notNull().default('0'),
  qtyInspected: numeric('qty_inspected', { precision: 20, scale: 6 }).notNull().default('0'),
  qtyAccepted: numeric('qty_accepted', { precision: 20, scale: 6 }).notNull().default('0'),
  qtyRejected: numeric('qty_rejected', { precision: 20, scale: 6 }).notNull().default('0'),
  qtyReturned: numeric('qty_returned', { precision: 20, scale: 6 }).notNull().default('0'),
  /** Invoice lines billing the order's lines, those at the order's price or below, and their amounts in base currency. */
  invoiceLines: integer('invoice_lines').notNull().default(0),
  invoiceLinesAtPrice: integer('invoice_lines_at_price').notNull().default(0),
  invoicedBase: numeric('invoiced_base', { precision: 20, scale: 4 }).notNull().default('0'),
  invoicedAtOrderBase: numeric('invoiced_at_order_base', { precision: 20, scale: 4 }).notNull().default('0'),
  /** Order lines with a price-list price: their amount at the order's price and at the list's (base currency). */
  listLines: integer('list_lines').notNull().default(0),
  listOrderBase: numeric('list_order_base', { precision: 20, scale: 4 }).notNull().default('0'),
  listPriceBase: numeric('list_price_base', { precision: 20, scale: 4 }).notNull().default('0'),
  /** Order lines of an item ordered before: their amount at this order's price and at the last price paid. */
  lastLines: integer('last_lines').notNull().default(0),
  lastOrderBase: numeric('last_order_base', { precision: 20, scale: 4 }).notNull().default('0'),
  lastPriceBase: numeric('last_price_base', { precision: 20, scale: 4 }).notNull().default('0'),
  /** The order's invoices that were matched, and those matched without an exception. */
  invoices: integer('invoices').notNull().default(0),
  invoicesFirstPass: integer('invoices_first_pass').notNull().default(0),
  /** The order sent; answered; answered within the response days; hours to the answer summed; answers proposing changes. */
  ordersSent: integer('orders_sent').notNull().default(0),
  ordersAnswered: integer('orders_answered').notNull().default(0),
  ordersAnsweredInTime: integer('orders_answered_in_time').notNull().default(0),
  responseHoursSum: numeric('response_hours_sum', { precision: 20, scale: 4 }).notNull().default('0'),
  changesProposed: integer('changes_proposed').notNull().default(0),
  /** Ratings of the order, and their scores (1–5) summed per aspect. */
  ratings: integer('ratings').notNull().default(0),
  ratingDeliverySum: integer('rating_delivery_sum').notNull().default(0),
  ratingQualitySum: integer('rating_quality_sum').notNull().default(0),
  ratingServiceSum: integer('rating_service_sum').notNull().default(0),
});

/**
 * What one sent order contributes to its supplier's scorecard, per item category of its lines (the
 * nil uuid for free-text lines), in the month it was first sent. Written again from the order's
 * facts by a consumer of its events (`evaluation-scores`), which moves the difference into
 * `supplier_score_months` in the same transaction; `openpo scorecards-verify` proves both equal to
 * a recomputation from the documents.
 */
export const supplierScoreFacts = pgTable(
  'supplier_score_facts',
  {
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    categoryId: uuid('category_id').notNull(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    /** First day of the month the order was first sent. */
    month: date('month', { mode: 'string' }).notNull(),
    ...scoreCounters(),
    /** Quantity rejected at inspection, per reason. */
    rejections: jsonb('rejections').$type<Partial<Record<RejectionReason, string>>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.purchaseOrderId, t.categoryId] }),
    index('supplier_score_facts_supplier_idx').on(t.supplierId, t.month),
  ],
);

/** The facts summed per supplier, category and month: what scorecards, trends and comparisons read. */
export const supplierScoreMonths = pgTable(
  'supplier_score_months',
  {
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    categoryId: uuid('category_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    ...scoreCounters(),
  },
  (t) => [
    primaryKey({ columns: [t.supplierId, t.categoryId, t.month] }),
    index('supplier_score_months_category_idx').on(t.categoryId, t.month),
  ],
);

/** How scores are computed and used: one row (docs/evaluation.md#settings). */
export const evaluationSettings = pgTable('evaluation_settings', {
  id: smallint('id').primaryKey().default(1),
  /** Days after the due date a delivery still counts as on time. */
  graceDays: integer('grace_days').notNull().default(0),
  /** Days after the send within which an answer counts as in time. */
  responseDays: integer('response_days').notNull().default(2),
  /** Fewer orders than this in a period: "not enough data" instead of a score. */
  minimumOrders: integer('minimum_orders').notNull().default(3),
  weights: jsonb('weights').$type<Record<ScoreMeasure, number>>().notNull(),
  gradeBands: jsonb('grade_bands').$type<GradeBands>().notNull(),
  /** Suppliers graded below this are warned about where they are chosen and at submit. */
  warnBelowGrade: text('warn_below_grade', { enum: GRADES }).notNull().default('C'),
  /** How much price weighs against the score when candidates are ranked, in % (the rest is the score). */
  rankingPriceWeight: integer('ranking_price_weight').notNull().default(50),
  /**
   * When the facts were last computed from every order with these settings; null: they must be
   * (an upgrade from before scorecards, or the grace or response days changed), and the
   * `evaluation-rebuild` job does it.
   */
  factsBuiltAt: ts('facts_built_at'),
  /**
   * Orders first sent up to this long ago (less the response days) have been scored again after
   * their answer fell due (`evaluation-rebuild`, every minute): unanswered, they now count against
   * responsiveness.
   */
  responsesDueSweptAt: ts('responses_due_swept_at'),
  version: version(),
  updatedAt: updated(),
});

/**
 * The grade each supplier had when grades were last reviewed (`evaluation-grade-review`, hourly):
 * what a drop is measured against.
 */
export const supplierGradeWatch = pgTable('supplier_grade_watch', {
  supplierId: uuid('supplier_id')
    .primaryKey()
    .references(() => suppliers.id),
  grade: text('grade', { enum: GRADES }),
  score: numeric('score', { precision: 5, scale: 1 }),
  reviewedAt: ts('reviewed_at').notNull(),
});

/** A rating of a received order (or one of its lines): 1–5 on delivery, quality and service. */
export const orderRatings = pgTable(
  'order_ratings',
  {
    id: uuid('id').primaryKey(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    /** The order line rated; null: the whole order. */
    lineNo: integer('line_no'),
    ratedBy: uuid('rated_by')
      .notNull()
      .references(() => users.id),
    raterRole: text('rater_role', { enum: RATER_ROLES }).notNull(),
    delivery: smallint('delivery').notNull(),
    quality: smallint('quality').notNull(),
    service: smallint('service').notNull(),
    comment: text('comment'),
    /** The comment may be shown to the supplier in its portal scorecard. */
    shared: boolean('shared').notNull().default(false),
    createdAt: created(),
  },
  (t) => [
    index('order_ratings_order_idx').on(t.purchaseOrderId),
    index('order_ratings_supplier_idx').on(t.supplierId, t.createdAt),
    /** One rating per person per order (line null) and per line: a second is refused, never added. */
    uniqueIndex('order_ratings_one_per_rater_key').on(
      t.purchaseOrderId,
      t.ratedBy,
      sql`coalesce(${t.lineNo}, 0)`,
    ),
    check(
      'order_ratings_scores',
      sql`${t.delivery} between 1 and 5 and ${t.quality} between 1 and 5 and ${t.service} between 1 and 5`,
    ),
  ],
);

/**
 * Who was asked to rate an order once it was fully received (docs/evaluation.md#ratings): one row
 * per order and person, so a person is asked once however often the event is relayed or the order
 * becomes received again.
 */
export const orderRatingRequests = pgTable(
  'order_rating_requests',
  {
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** As whom they were asked: the order's requester or one who received it. */
    raterRole: text('rater_role', { enum: RATER_ROLES }).notNull(),
    askedAt: ts('asked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.purchaseOrderId, t.userId] })],
);

/**
 * A corrective action a buyer asked a supplier for (after a review of its scorecard): a note and a
 * due date, open until the buyer closes it with the outcome (docs/evaluation.md).
 */
export const supplierCorrectiveActions = pgTable(
  'supplier_corrective_actions',
  {
    id: uuid('id').primaryKey(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    note: text('note').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** The scorecard period reviewed (`2026-Q4`), when one was. */
    period: text('period'),
    status: text('status', { enum: CORRECTIVE_ACTION_STATUSES }).notNull().default('open'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: ts('requested_at').notNull(),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: ts('closed_at'),
    /** What came of it, said when it was closed. */
    outcome: text('outcome'),
    version: version(),
  },
  (t) => [
    index('supplier_corrective_actions_supplier_idx').on(t.supplierId, t.requestedAt),
    check(
      'supplier_corrective_actions_closed',
      sql`(${t.status} = 'closed') = (${t.closedAt} IS NOT NULL AND ${t.outcome} IS NOT NULL)`,
    ),
  ],
);

/**
 * A supplier's scorecard e-mailed to it for a review: recorded by the request with what it is made
 * of (`content`), rendered a moment later outside any request (PDF and message), then its e-mail
 * queued and the content dropped (the message is kept in the outbox, the PDF's fingerprint here).
 */
export const scorecardReviews = pgTable(
  'scorecard_reviews',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    period: text('period').notNull(),
    language: text('language').notNull(),
    recipients: text('recipients').array().notNull(),
    message: text('message'),
    correctiveActionId: uuid('corrective_action_id').references(() => supplierCorrectiveActions.id),
    score: text('score'),
    grade: text('grade', { enum: GRADES }),
    sentBy: uuid('sent_by').references(() => users.id),
    sentAt: ts('sent_at').notNull(),
    status: text('status', { enum: SCORECARD_REVIEW_STATUSES }).notNull().default('preparing'),
    content: jsonb('content').$type<ScorecardReviewContent>(),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    /** The e-mail that carries it, once prepared. */
    emailMessageId: uuid('email_message_id').references(() => emailMessages.id),
    fileName: text('file_name'),
    fileSha256: text('file_sha256'),
    fileSizeBytes: integer('file_size_bytes'),
    preparedAt: ts('prepared_at'),
  },
  (t) => [
    index('scorecard_reviews_supplier_idx').on(t.supplierId, t.seq),
    index('scorecard_reviews_preparing_idx').on(t.seq).where(sql`${t.status} = 'preparing'`),
  ],
);

// ── domain events ───────────────────────────────────────────────────────────

/**
 * Domain events (`purchase_order.approved` …), appended in the transaction that caused them and
 * handed to consumers (notifications, webhooks …) by the relay after commit: at least once, in
 * order per document (docs/events.md).
 */
export const events = pgTable(
  'events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull(),
    type: text('type').notNull(),
    /** Version of the payload's shape for this type. */
    version: smallint('version').notNull().default(1),
    /** The document (or other subject) the event is about; order is kept per subject. */
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    actorId: uuid('actor_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    occurredAt: ts('occurred_at').notNull(),
    relayedAt: ts('relayed_at'),
    /** Failed hand-overs to a consumer so far, and the last error (docs/events.md). */
    relayAttempts: integer('relay_attempts').notNull().default(0),
    relayError: text('relay_error'),
  },
  (t) => [
    uniqueIndex('events_id_key').on(t.id),
    index('events_subject_idx').on(t.subjectType, t.subjectId, t.seq),
    index('events_unrelayed_idx').on(t.seq).where(sql`${t.relayedAt} is null`),
  ],
);

/** Which consumer has handled which event: a replayed event changes nothing twice. */
export const eventConsumptions = pgTable(
  'event_consumptions',
  {
    consumer: text('consumer').notNull(),
    eventSeq: bigint('event_seq', { mode: 'number' }).notNull(),
    /** `done`, or `failed` once the consumer gave up on it after its last attempt. */
    outcome: text('outcome', { enum: ['done', 'failed'] })
      .notNull()
      .default('done'),
    error: text('error'),
    at: ts('at').notNull().defaultNow(),
  },
  // Event first: the relay looks up the consumers that handled each event of its batch.
  (t) => [primaryKey({ columns: [t.eventSeq, t.consumer] })],
);

// ── outbound webhooks ───────────────────────────────────────────────────────

/** A partner's HTTPS endpoint and the event types it receives, signed with its secret. */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey(),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  /** Event types (`purchase_order.approved`), or `purchase_order.*`, or `*` for every type. */
  eventTypes: text('event_types').array().notNull(),
  /** The signing secret (shown once). After a rotation the previous one signs too, until it expires. */
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousSecretExpiresAt: ts('previous_secret_expires_at'),
  active: boolean('active').notNull().default(true),
  createdBy: uuid('created_by').references(() => users.id),
  version: version(),
  createdAt: created(),
  updatedAt: updated(),
});

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

/** One event for one endpoint: attempted until a 2xx answer, with backoff, for 24 hours. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id),
    eventSeq: bigint('event_seq', { mode: 'number' }).notNull(),
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    lastAttemptAt: ts('last_attempt_at'),
    /** HTTP status of the last answer; null when none came (refused, timed out). */
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: ts('delivered_at'),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_endpoint_event_key').on(t.endpointId, t.eventSeq),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt, t.id),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);
