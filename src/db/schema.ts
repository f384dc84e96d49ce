import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  char,
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

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => ts('created_at').notNull().defaultNow();
const updated = () => ts('updated_at').notNull().defaultNow();
const version = () => integer('version').notNull().default(1);

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
    active: boolean('active').notNull().default(true),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    index('users_name_idx').on(t.name, t.id),
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
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entityType, t.entityId, t.seq)],
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

export const documentSequences = pgTable(
  'document_sequences',
  {
    documentType: text('document_type').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.documentType, t.year] })],
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

export const settings = pgTable('settings', {
  id: smallint('id').primaryKey().default(1),
  organisationName: text('organisation_name').notNull(),
  baseCurrency: char('base_currency', { length: 3 })
    .notNull()
    .references(() => currencies.code),
  fiscalYearStartMonth: smallint('fiscal_year_start_month').notNull().default(1),
  numberFormats: jsonb('number_formats').$type<Record<string, string>>().notNull(),
  address: jsonb('address').$type<Record<string, string>>(),
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
    inspectionRequired: boolean('inspection_required').notNull().default(false),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('items_sku_key').on(sql`lower(${t.sku})`),
    index('items_name_idx').on(t.name, t.id),
    index('items_category_idx').on(t.categoryId),
  ],
);

// ── suppliers ───────────────────────────────────────────────────────────────

export type Address = {
  kind: 'billing' | 'shipping' | 'remit_to' | 'other';
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode?: string;
  country: string;
};
export type Contact = { name: string; email?: string; phone?: string; role?: string };
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
    addresses: jsonb('addresses').$type<Address[]>().notNull().default([]),
    contacts: jsonb('contacts').$type<Contact[]>().notNull().default([]),
    defaultCurrency: char('default_currency', { length: 3 })
      .notNull()
      .references(() => currencies.code),
    paymentTermsNetDays: smallint('payment_terms_net_days').notNull().default(30),
    earlyPaymentDiscountPercent: numeric('early_payment_discount_percent', { precision: 5, scale: 2 }),
    earlyPaymentDiscountDays: smallint('early_payment_discount_days'),
    categoryIds: uuid('category_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status', { enum: ['active', 'on_hold', 'blocked'] })
      .notNull()
      .default('active'),
    statusReason: text('status_reason'),
    bankDetails: jsonb('bank_details').$type<BankDetails>(),
    notes: text('notes').notNull().default(''),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('suppliers_code_key').on(sql`lower(${t.code})`),
    index('suppliers_legal_name_idx').on(t.legalName, t.id),
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
