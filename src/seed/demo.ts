import { type ApprovalPolicyStepInput, createApprovalPolicy } from '../core/approvals';
import { createItem, createItemCategory, createPriceListEntry, createUnit } from '../core/catalog';
import { createUser, SYSTEM_ACTOR, updateUser } from '../core/identity';
import {
  createCostCentre,
  createDepartment,
  createExchangeRate,
  getSettings,
  updateSettings,
} from '../core/organisation';
import type { Ctx } from '../core/shared/context';
import { dec, roundTo } from '../core/shared/money';
import type { Role } from '../core/shared/permissions';
import { changeSupplierStatus, createSupplier } from '../core/suppliers';
import {
  DEMO_CATEGORIES,
  DEMO_DEPARTMENTS,
  DEMO_ITEMS,
  DEMO_ORGANISATION,
  DEMO_RATES,
  DEMO_SUPPLIERS,
  DEMO_UNITS,
} from './demo-data';
import { seedDemoHistory } from './demo-history';
import { seedDemoInvoices } from './demo-invoices';
import { seedDemoPurchaseOrders } from './demo-purchase-orders';
import { seedDemoRequisitions } from './demo-requisitions';

export const DEMO_PASSWORD = 'openpo-demo';

export const DEMO_USERS: { email: string; name: string; roles: Role[]; department: string }[] = [
  { email: 'admin@example.com', name: 'Alex Admin', roles: ['admin'], department: 'FIN' },
  { email: 'requester@example.com', name: 'Riley Requester', roles: ['requester'], department: 'RND' },
  { email: 'buyer@example.com', name: 'Bailey Buyer', roles: ['buyer'], department: 'OPS' },
  { email: 'head@example.com', name: 'Harper Head', roles: ['approver', 'requester'], department: 'RND' },
  { email: 'finance@example.com', name: 'Frankie Finance', roles: ['finance'], department: 'FIN' },
  { email: 'compliance@example.com', name: 'Casey Compliance', roles: ['compliance'], department: 'FIN' },
  { email: 'receiver@example.com', name: 'Robin Receiver', roles: ['receiver'], department: 'LOG' },
  { email: 'inspector@example.com', name: 'Quinn Inspector', roles: ['inspector'], department: 'LOG' },
  { email: 'ap@example.com', name: 'Avery Payable', roles: ['accounts_payable'], department: 'FIN' },
  { email: 'auditor@example.com', name: 'Aubrey Auditor', roles: ['auditor'], department: 'FIN' },
];

const DEMO_YEAR = 2026;

/** A deterministic pseudo-random sequence, so every demo database looks the same. */
function sequence(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/**
 * The demo organisation, built through the real use cases (so it obeys every rule and has an audit
 * trail): users of every role, departments with cost centres, exchange rates, item categories,
 * units, ~100 items, 20 suppliers (one on hold, one blocked) and their price lists with quantity
 * breaks and validity dates.
 */
export async function seedDemo(ctx: Ctx): Promise<void> {
  const actor = SYSTEM_ACTOR;
  const random = sequence(42);

  const settings = await getSettings(ctx);
  await updateSettings(ctx, {
    actor,
    version: settings.version,
    input: {
      organisationName: DEMO_ORGANISATION.name,
      address: DEMO_ORGANISATION.address,
      electronicAddress: DEMO_ORGANISATION.electronicAddress,
      taxId: DEMO_ORGANISATION.taxId,
      taxScheme: DEMO_ORGANISATION.taxScheme,
      // The account payment runs pay from (a valid test IBAN).
      paymentAccount: {
        accountName: DEMO_ORGANISATION.name,
        iban: 'DE02120300000000202051',
        bic: 'BYLADEM1001',
      },
    },
  });

  const users = new Map<string, { id: string; version: number }>();
  for (const u of DEMO_USERS) {
    const created = await createUser(ctx, {
      actor,
      input: { email: u.email, name: u.name, roles: u.roles, password: DEMO_PASSWORD },
    });
    users.set(u.email, created);
  }
  const head = users.get('head@example.com')!;
  const finance = users.get('finance@example.com')!;

  const departmentIds = new Map<string, string>();
  for (const d of DEMO_DEPARTMENTS) {
    const department = await createDepartment(ctx, {
      actor,
      input: { code: d.code, name: d.name, headUserId: head.id, active: true },
    });
    departmentIds.set(d.code, department.id);
    for (const [code, name] of d.costCentres) {
      await createCostCentre(ctx, {
        actor,
        input: {
          code,
          name,
          departmentId: department.id,
          ownerUserId: d.code === 'FIN' ? finance.id : head.id,
          active: true,
        },
      });
    }
  }
  for (const u of DEMO_USERS) {
    const user = users.get(u.email)!;
    await updateUser(ctx, {
      actor,
      id: user.id,
      version: user.version,
      input: { departmentId: departmentIds.get(u.department)! },
    });
  }

  for (const [currency, rates] of Object.entries(DEMO_RATES)) {
    for (const [month, rate] of rates.entries()) {
      await createExchangeRate(ctx, {
        actor,
        input: { currency, rate, validOn: `${DEMO_YEAR}-${String(month + 1).padStart(2, '0')}-01` },
      });
    }
  }

  const categoryIds = new Map<string, string>();
  for (const c of DEMO_CATEGORIES) {
    categoryIds.set(c.code, (await createItemCategory(ctx, { actor, input: c })).id);
  }
  for (const u of DEMO_UNITS) await createUnit(ctx, { actor, input: u });

  const items: { id: string; category: string; price: string }[] = [];
  for (const [category, list] of Object.entries(DEMO_ITEMS)) {
    for (const item of list) {
      const created = await createItem(ctx, {
        actor,
        input: {
          sku: item.sku,
          name: item.name,
          description: '',
          categoryId: categoryIds.get(category)!,
          unitCode: item.unit,
          defaultTaxRate: item.tax ?? '8.25',
          inspectionRequired: item.inspect ?? false,
          // The services category's items are confirmed by amount or % complete, not received.
          service: category === 'SERV',
        },
      });
      items.push({ id: created.id, category, price: item.price });
    }
  }

  const suppliers: { id: string; code: string; currency: string; categories: readonly string[] }[] = [];
  const holds: { id: string; version: number; status: 'on_hold' | 'blocked'; reason: string }[] = [];
  for (const [index, s] of DEMO_SUPPLIERS.entries()) {
    const created = await createSupplier(ctx, {
      actor,
      input: {
        code: s.code,
        legalName: s.legalName,
        taxId: s.taxId,
        // A DUNS number each, as US suppliers on the network are often known.
        electronicAddress: { scheme: '0060', id: String(804_000_113 + index * 7_919) },
        defaultCurrency: s.currency,
        paymentTermsNetDays: s.netDays,
        earlyPaymentDiscountPercent: s.discount?.[0] ?? null,
        earlyPaymentDiscountDays: s.discount?.[1] ?? null,
        categoryIds: s.categories.map((c) => categoryIds.get(c)!),
        addresses: [{ kind: 'billing', ...s.address }],
        contacts: [{ ...s.contact, role: 'Sales', orderContact: true }],
        bankDetails: {
          accountName: s.legalName,
          bankName: 'Demo Bank',
          ...(s.currency === 'USD'
            ? { accountNumber: String(100000000 + Math.floor(random() * 899999999)) }
            : { iban: s.currency === 'EUR' ? 'DE89370400440532013000' : 'GB29NWBK60161331926819' }),
        },
        notes: '',
        // Suppliers in German-speaking countries are sent their orders in German.
        language: ['DE', 'AT', 'CH'].includes(s.address.country) ? 'de' : null,
      },
    });
    suppliers.push({ id: created.id, code: s.code, currency: s.currency, categories: s.categories });
    if (s.status)
      holds.push({ id: created.id, version: created.version, status: s.status[0], reason: s.status[1] });
  }

  // Price lists: each item from one to three suppliers of its category, in the supplier's currency,
  // with quantity breaks; last year's prices stay on file, expired.
  const usdPer = (currency: string) => (currency === 'USD' ? dec(1) : dec(DEMO_RATES[currency]![0]!));
  for (const item of items) {
    const candidates = suppliers.filter((s) => s.categories.includes(item.category));
    const count = Math.min(candidates.length, 1 + Math.floor(random() * 3));
    const start = Math.floor(random() * candidates.length);
    for (let k = 0; k < count; k++) {
      const supplier = candidates[(start + k) % candidates.length]!;
      const factor = dec(0.9).plus(dec(random()).times(0.25));
      const base = dec(item.price).times(factor).dividedBy(usdPer(supplier.currency));
      const leadTimeDays = 2 + Math.floor(random() * 20);
      const partNumber = `${supplier.code.slice(0, 3)}-${Math.floor(10000 + random() * 89999)}`;
      const entries: [string, string, string, string | null][] = [
        ['1', roundTo(base.times(1.04), 2), `${DEMO_YEAR - 1}-01-01`, `${DEMO_YEAR - 1}-12-31`],
        ['1', roundTo(base, 2), `${DEMO_YEAR}-01-01`, `${DEMO_YEAR}-12-31`],
        ['10', roundTo(base.times(0.95), 2), `${DEMO_YEAR}-01-01`, `${DEMO_YEAR}-12-31`],
        ['100', roundTo(base.times(0.9), 2), `${DEMO_YEAR}-01-01`, null],
      ];
      for (const [minQuantity, unitPrice, validFrom, validTo] of entries) {
        await createPriceListEntry(ctx, {
          actor,
          input: {
            supplierId: supplier.id,
            itemId: item.id,
            supplierPartNumber: partNumber,
            currency: supplier.currency,
            minQuantity,
            unitPrice,
            validFrom,
            validTo,
            leadTimeDays,
          },
        });
      }
    }
  }

  // Statuses last: a held or blocked supplier takes no new price lists.
  for (const h of holds) await changeSupplierStatus(ctx, { actor, ...h });

  // Requisitions in every state, so the approvals list and the buyer's workbench have work.
  await seedDemoRequisitions(ctx);

  // The approval policies of the issue, enabled after the demo requisitions: those were submitted
  // before the policy existed and keep their single-step approval, as documents in flight do.
  for (const policy of DEMO_APPROVAL_POLICIES) await createApprovalPolicy(ctx, { actor, input: policy });

  // Months of orders, deliveries and invoices of four suppliers, for their scorecards.
  await seedDemoHistory(ctx, { password: DEMO_PASSWORD });

  // Purchase orders under those policies: waiting for approvers, returned, approved, late.
  await seedDemoPurchaseOrders(ctx, { password: DEMO_PASSWORD });

  // Supplier invoices: one matched, one an exception (accounts payable's inbox and queue).
  await seedDemoInvoices(ctx);
}

const step = (
  level: number,
  name: string,
  amountAtLeast: string,
  approvers: Partial<ApprovalPolicyStepInput['approvers']>,
): ApprovalPolicyStepInput => ({
  level,
  name,
  condition: { amountAtLeast },
  approvers: { roles: [], userIds: [], departmentHead: false, costCentreOwner: false, ...approvers },
  mode: 'any',
  reminderHours: 24,
  escalationHours: null,
  fallbackUserId: null,
});

/** Purchase orders: ≥ 5,000 USD the department head; ≥ 25,000 then finance; ≥ 100,000 then compliance. */
export const DEMO_APPROVAL_POLICIES = [
  {
    documentType: 'purchase_order' as const,
    name: 'Purchase orders by amount',
    enabled: true,
    steps: [
      step(1, 'Department head', '5000', { departmentHead: true }),
      step(2, 'Finance', '25000', { roles: ['finance'] }),
      step(3, 'Compliance', '100000', { roles: ['compliance'] }),
    ],
  },
  {
    documentType: 'requisition' as const,
    name: 'Requisitions by amount',
    enabled: true,
    steps: [step(1, 'Department head', '1000', { departmentHead: true })],
  },
];
