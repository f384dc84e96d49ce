import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditQuery } from '../../contracts/audit';
import { ItemCategoryListQuery, UnitListQuery } from '../../contracts/catalog';
import { TrackingQuery } from '../../contracts/dispatch';
import { ExportFormatQuery } from '../../contracts/exports';
import { UserListQuery } from '../../contracts/identity';
import { OutboxQuery } from '../../contracts/notifications';
import { BudgetListQuery, CostCentreListQuery, DepartmentListQuery } from '../../contracts/organisation';
import { PaymentListQuery } from '../../contracts/payments';
import { PURCHASE_ORDER_STATUS_LABELS, PurchaseOrderListQuery } from '../../contracts/purchase-orders';
import {
  AsOfQuery,
  DiscountReportQuery,
  ExchangeDifferencesQuery,
  SpendReportQuery,
} from '../../contracts/reports';
import {
  REQUISITION_STATUS_LABELS,
  RequisitionListQuery,
  WorkbenchLineQuery,
} from '../../contracts/requisitions';
import * as approvals from '../../core/approvals';
import { listAuditEntries } from '../../core/audit';
import * as catalog from '../../core/catalog';
import * as dispatch from '../../core/dispatch';
import * as identity from '../../core/identity';
import * as notifications from '../../core/notifications';
import * as organisation from '../../core/organisation';
import * as payments from '../../core/payments';
import * as purchaseOrders from '../../core/purchase-orders';
import {
  apAgingReport,
  exchangeDifferencesReport,
  grniReport,
  paymentDiscountsReport,
  spendBySupplier,
} from '../../core/reporting';
import * as requisitions from '../../core/requisitions';
import type { Actor } from '../../core/shared/actor';
import { collectForExport } from '../../core/shared/export-rows';
import { type Permission, ROLE_LABELS } from '../../core/shared/permissions';
import type { RecordNamer } from '../../core/shared/record-names';
import {
  type ExportColumn,
  type ExportFile,
  type ExportFormat,
  exportTable,
} from '../../documents/table-export';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { readProblems as errors } from './problems';

type OrderRow = purchaseOrders.PurchaseOrderSummary;
type RequisitionRow = requisitions.RequisitionSummary;
type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>['items'][number];
type GrniRow = Awaited<ReturnType<typeof grniReport>>['orders'][number] & { baseCurrency: string };
type AgingRow = Awaited<ReturnType<typeof apAgingReport>>['rows'][number] & { baseCurrency: string };
type DiscountRow = Awaited<ReturnType<typeof paymentDiscountsReport>>['rows'][number] & {
  baseCurrency: string;
};
/** An invoice or a payment of the exchange differences report, as one sheet lists both. */
type ExchangeRow = {
  type: 'Invoice' | 'Credit note' | 'Payment';
  number: string;
  reference: string;
  date: string;
  supplierCode: string;
  supplierName: string;
  currency: string;
  amount: string;
  rateBefore: string | null;
  rateAfter: string;
  baseBefore: string;
  baseAfter: string;
  difference: string;
  baseCurrency: string;
};
type SupplierSpendRow = Awaited<ReturnType<typeof spendBySupplier>>['items'][number];
/** A row with the names of the records it refers to by id. */
type Named<T> = T & { names: Record<string, string> };
type DepartmentRow = Named<Awaited<ReturnType<typeof organisation.listDepartments>>['items'][number]>;
type CostCentreRow = Named<Awaited<ReturnType<typeof organisation.listCostCentres>>['items'][number]>;
type BudgetRow = Named<Awaited<ReturnType<typeof organisation.listBudgets>>['items'][number]> & {
  currency: string;
};
type UserRow = Named<identity.User>;
type CategoryRow = Named<Awaited<ReturnType<typeof catalog.listItemCategories>>['items'][number]>;
type UnitRow = Awaited<ReturnType<typeof catalog.listUnits>>['items'][number];
type InboxRow = approvals.InboxItem;
type WorkbenchRow = purchaseOrders.RequisitionLineToOrder;
type EmailRow = notifications.EmailMessage;
type TrackingRow = dispatch.TrackingLine;

const DELIVERY_STATE_LABELS: Record<TrackingRow['state'], string> = {
  late: 'Late',
  at_risk: 'At risk',
  not_acknowledged: 'Not acknowledged',
  on_track: 'On track',
};

const TRACKING_COLUMNS: ExportColumn<TrackingRow>[] = [
  { header: 'Order', kind: 'text', value: (l) => l.orderNumber, width: 16 },
  { header: 'Line', kind: 'count', value: (l) => l.lineNo },
  { header: 'State', kind: 'text', value: (l) => DELIVERY_STATE_LABELS[l.state], width: 16 },
  { header: 'Supplier', kind: 'text', value: (l) => l.supplier.name, width: 32 },
  { header: 'Buyer', kind: 'text', value: (l) => l.buyer.name, width: 20 },
  { header: 'Description', kind: 'text', value: (l) => l.description, width: 40 },
  { header: 'Open quantity', kind: 'quantity', value: (l) => l.openQuantity, width: 12 },
  { header: 'In transit', kind: 'quantity', value: (l) => l.inTransitQuantity, width: 12 },
  { header: 'Unit', kind: 'text', value: (l) => l.unitCode },
  { header: 'Needed by', kind: 'date', value: (l) => l.neededBy, width: 12 },
  { header: 'Promised', kind: 'date', value: (l) => l.promisedDate, width: 12 },
  { header: 'Expected', kind: 'date', value: (l) => l.expectedDate, width: 12 },
  { header: 'Sent', kind: 'datetime', value: (l) => l.sentAt, width: 17 },
];

const PAYMENT_STATUS_LABELS: Record<payments.PaymentListItem['status'], string> = {
  scheduled: 'Scheduled',
  paid: 'Paid',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
};

const PAYMENT_COLUMNS: ExportColumn<payments.PaymentListItem>[] = [
  { header: 'Payment', kind: 'text', value: (p) => p.number, width: 20 },
  { header: 'Payment run', kind: 'text', value: (p) => p.paymentRunNumber, width: 16 },
  { header: 'Payment date', kind: 'date', value: (p) => p.paymentDate, width: 12 },
  { header: 'Status', kind: 'text', value: (p) => PAYMENT_STATUS_LABELS[p.status], width: 12 },
  { header: 'Supplier', kind: 'text', value: (p) => p.supplierName, width: 36 },
  { header: 'Currency', kind: 'text', value: (p) => p.currency },
  { header: 'Amount', kind: 'amount', value: (p) => p.amount, width: 14 },
  { header: 'Discount', kind: 'amount', value: (p) => p.discountAmount, width: 14 },
  { header: 'Paid', kind: 'datetime', value: (p) => p.paidAt, width: 17 },
  { header: 'Rejected reason', kind: 'text', value: (p) => p.rejectedReason, width: 40 },
];

const ORDER_COLUMNS: ExportColumn<OrderRow>[] = [
  { header: 'Number', kind: 'text', value: (o) => o.number, width: 16 },
  { header: 'Revision', kind: 'count', value: (o) => o.revision },
  { header: 'Status', kind: 'text', value: (o) => PURCHASE_ORDER_STATUS_LABELS[o.status], width: 18 },
  { header: 'Supplier', kind: 'text', value: (o) => o.supplierName, width: 36 },
  { header: 'Order date', kind: 'date', value: (o) => o.orderDate, width: 12 },
  { header: 'Expected delivery', kind: 'date', value: (o) => o.expectedDeliveryDate, width: 12 },
  { header: 'Currency', kind: 'text', value: (o) => o.currency },
  { header: 'Total', kind: 'amount', value: (o) => o.total, width: 14 },
  { header: 'Total in base currency', kind: 'amount', value: (o) => o.totalBase, width: 14 },
  { header: 'Updated', kind: 'datetime', value: (o) => o.updatedAt, width: 17 },
];

const REQUISITION_COLUMNS: ExportColumn<RequisitionRow>[] = [
  { header: 'Number', kind: 'text', value: (r) => r.number, width: 16 },
  { header: 'Status', kind: 'text', value: (r) => REQUISITION_STATUS_LABELS[r.status], width: 18 },
  { header: 'Requester', kind: 'text', value: (r) => r.requesterName, width: 22 },
  { header: 'Department', kind: 'text', value: (r) => r.departmentCode },
  { header: 'Cost centre', kind: 'text', value: (r) => r.costCentreCode },
  { header: 'Justification', kind: 'text', value: (r) => r.justification, width: 40 },
  { header: 'Lines', kind: 'count', value: (r) => r.lineCount },
  { header: 'Estimated total', kind: 'amount', value: (r) => r.estimatedTotalBase, width: 14 },
  { header: 'Currency', kind: 'text', value: (r) => r.baseCurrency },
  { header: 'Submitted', kind: 'datetime', value: (r) => r.submittedAt, width: 17 },
  { header: 'Decided', kind: 'datetime', value: (r) => r.decidedAt, width: 17 },
];

const AUDIT_COLUMNS: ExportColumn<AuditRow>[] = [
  { header: 'Entry', kind: 'count', value: (e) => e.seq },
  { header: 'At', kind: 'datetime', value: (e) => e.at, width: 17 },
  { header: 'By', kind: 'text', value: (e) => e.actorName, width: 22 },
  { header: 'Record type', kind: 'text', value: (e) => e.entityType.replace(/_/g, ' '), width: 16 },
  { header: 'Record', kind: 'text', value: (e) => e.subject?.label ?? '', width: 28 },
  { header: 'Record id', kind: 'text', value: (e) => e.entityId, width: 38 },
  { header: 'Action', kind: 'text', value: (e) => e.action.replace(/[_:]/g, ' '), width: 18 },
  { header: 'Reason', kind: 'text', value: (e) => e.reason, width: 30 },
  { header: 'Changes', kind: 'text', value: (e) => JSON.stringify(e.changes), width: 60 },
];

const nameOf = (names: Record<string, string>, id: string | null) => (id ? (names[id] ?? '') : '');
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const USER_COLUMNS: ExportColumn<UserRow>[] = [
  { header: 'Name', kind: 'text', value: (u) => u.name, width: 24 },
  { header: 'E-mail', kind: 'text', value: (u) => u.email, width: 30 },
  { header: 'Roles', kind: 'text', value: (u) => u.roles.map((r) => ROLE_LABELS[r]).join(', '), width: 30 },
  { header: 'Department', kind: 'text', value: (u) => nameOf(u.names, u.departmentId), width: 28 },
  { header: 'Active', kind: 'text', value: (u) => yesNo(u.active) },
  { header: 'Created', kind: 'datetime', value: (u) => u.createdAt, width: 17 },
  { header: 'Updated', kind: 'datetime', value: (u) => u.updatedAt, width: 17 },
];

const DEPARTMENT_COLUMNS: ExportColumn<DepartmentRow>[] = [
  { header: 'Code', kind: 'text', value: (d) => d.code, width: 12 },
  { header: 'Name', kind: 'text', value: (d) => d.name, width: 30 },
  { header: 'Head', kind: 'text', value: (d) => nameOf(d.names, d.headUserId), width: 24 },
  { header: 'Active', kind: 'text', value: (d) => yesNo(d.active) },
  { header: 'Updated', kind: 'datetime', value: (d) => d.updatedAt, width: 17 },
];

const COST_CENTRE_COLUMNS: ExportColumn<CostCentreRow>[] = [
  { header: 'Code', kind: 'text', value: (c) => c.code, width: 12 },
  { header: 'Name', kind: 'text', value: (c) => c.name, width: 30 },
  { header: 'Department', kind: 'text', value: (c) => nameOf(c.names, c.departmentId), width: 28 },
  { header: 'Owner', kind: 'text', value: (c) => nameOf(c.names, c.ownerUserId), width: 24 },
  { header: 'Active', kind: 'text', value: (c) => yesNo(c.active) },
  { header: 'Updated', kind: 'datetime', value: (c) => c.updatedAt, width: 17 },
];

const BUDGET_COLUMNS: ExportColumn<BudgetRow>[] = [
  { header: 'Cost centre', kind: 'text', value: (b) => nameOf(b.names, b.costCentreId), width: 28 },
  { header: 'Period', kind: 'text', value: (b) => b.periodType },
  { header: 'From', kind: 'date', value: (b) => b.periodStart, width: 12 },
  { header: 'Until (excluded)', kind: 'date', value: (b) => b.periodEnd, width: 12 },
  { header: 'Currency', kind: 'text', value: (b) => b.currency },
  { header: 'Budget', kind: 'amount', value: (b) => b.amount, width: 14 },
  { header: 'Committed', kind: 'amount', value: (b) => b.committed, width: 14 },
  { header: 'Actual', kind: 'amount', value: (b) => b.actual, width: 14 },
  { header: 'Available', kind: 'amount', value: (b) => b.available, width: 14 },
];

const CATEGORY_COLUMNS: ExportColumn<CategoryRow>[] = [
  { header: 'Code', kind: 'text', value: (c) => c.code, width: 12 },
  { header: 'Name', kind: 'text', value: (c) => c.name, width: 30 },
  { header: 'Parent', kind: 'text', value: (c) => nameOf(c.names, c.parentId), width: 30 },
  { header: 'Active', kind: 'text', value: (c) => yesNo(c.active) },
];

const UNIT_COLUMNS: ExportColumn<UnitRow>[] = [
  { header: 'Code', kind: 'text', value: (u) => u.code, width: 10 },
  { header: 'Name', kind: 'text', value: (u) => u.name, width: 24 },
  { header: 'Decimals', kind: 'count', value: (u) => u.decimals },
  { header: 'Base unit', kind: 'text', value: (u) => u.baseUnitCode ?? '' },
  { header: 'Factor', kind: 'text', value: (u) => u.factor },
  { header: 'UN/ECE code', kind: 'text', value: (u) => u.uneceCode },
];

const DOCUMENT_TYPE_LABELS: Record<InboxRow['documentType'], string> = {
  purchase_order: 'Purchase order',
  purchase_order_revision: 'Change order',
  requisition: 'Requisition',
  invoice_variance: 'Invoice variance',
};
const BUDGET_STATUS_LABELS: Record<InboxRow['budget']['status'], string> = {
  within: 'Within budget',
  exceeds: 'Exceeds budget',
  none: 'No budget',
};

const INBOX_COLUMNS: ExportColumn<InboxRow>[] = [
  { header: 'Document', kind: 'text', value: (i) => DOCUMENT_TYPE_LABELS[i.documentType], width: 16 },
  { header: 'Number', kind: 'text', value: (i) => i.number, width: 16 },
  { header: 'Step', kind: 'text', value: (i) => i.stepName, width: 22 },
  { header: 'Supplier', kind: 'text', value: (i) => i.supplierName, width: 30 },
  { header: 'Requester', kind: 'text', value: (i) => i.requesterName, width: 22 },
  { header: 'Currency', kind: 'text', value: (i) => i.currency },
  { header: 'Total', kind: 'amount', value: (i) => i.total, width: 14 },
  { header: 'Total in base currency', kind: 'amount', value: (i) => i.totalBase, width: 14 },
  { header: 'Budget', kind: 'text', value: (i) => BUDGET_STATUS_LABELS[i.budget.status], width: 16 },
  { header: 'Budget cost centre', kind: 'text', value: (i) => i.budget.costCentreCode, width: 12 },
  { header: 'Budget available', kind: 'amount', value: (i) => i.budget.available, width: 14 },
  { header: 'Submitted', kind: 'datetime', value: (i) => i.submittedAt, width: 17 },
  { header: 'Waiting since', kind: 'datetime', value: (i) => i.waitingSince, width: 17 },
  { header: 'Why you', kind: 'text', value: (i) => i.explanation, width: 50 },
];

const WORKBENCH_COLUMNS: ExportColumn<WorkbenchRow>[] = [
  { header: 'Requisition', kind: 'text', value: (l) => l.requisitionNumber, width: 16 },
  { header: 'Line', kind: 'count', value: (l) => l.lineNo },
  { header: 'Requester', kind: 'text', value: (l) => l.requesterName, width: 22 },
  { header: 'Department', kind: 'text', value: (l) => l.departmentCode },
  { header: 'SKU', kind: 'text', value: (l) => l.itemSku, width: 14 },
  { header: 'Description', kind: 'text', value: (l) => l.description, width: 36 },
  { header: 'Category', kind: 'text', value: (l) => l.categoryCode },
  { header: 'Quantity', kind: 'quantity', value: (l) => l.quantity },
  { header: 'Ordered', kind: 'quantity', value: (l) => l.quantityOrdered },
  { header: 'To order', kind: 'quantity', value: (l) => l.quantityRemaining },
  { header: 'Unit', kind: 'text', value: (l) => l.unitCode },
  { header: 'Needed by', kind: 'date', value: (l) => l.neededBy, width: 12 },
  { header: 'Estimated unit price', kind: 'amount', value: (l) => l.estimatedUnitPrice, width: 14 },
  { header: 'Currency', kind: 'text', value: (l) => l.currency },
  { header: 'Suggested supplier', kind: 'text', value: (l) => l.suggestedSupplier?.legalName, width: 30 },
  { header: 'Price', kind: 'amount', value: (l) => l.price?.unitPrice, width: 14 },
  { header: 'Price currency', kind: 'text', value: (l) => l.price?.currency },
  { header: 'Lead time (days)', kind: 'count', value: (l) => l.price?.leadTimeDays },
  { header: 'Warning', kind: 'text', value: (l) => l.warning, width: 40 },
];

const EMAIL_STATUS_LABELS: Record<EmailRow['status'], string> = {
  queued: 'Queued',
  sent: 'Sent',
  failed: 'Failed',
};

const OUTBOX_COLUMNS: ExportColumn<EmailRow>[] = [
  { header: 'Written', kind: 'datetime', value: (m) => m.createdAt, width: 17 },
  { header: 'To', kind: 'text', value: (m) => m.toAddress, width: 30 },
  { header: 'Subject', kind: 'text', value: (m) => m.subject, width: 50 },
  { header: 'Status', kind: 'text', value: (m) => EMAIL_STATUS_LABELS[m.status] },
  { header: 'Attempts', kind: 'count', value: (m) => m.attempts },
  { header: 'Last error', kind: 'text', value: (m) => m.lastError, width: 40 },
  { header: 'Delivered to', kind: 'text', value: (m) => m.deliveredTo, width: 20 },
  { header: 'Sent', kind: 'datetime', value: (m) => m.sentAt, width: 17 },
];

/** Supplier, one column per month of the report's year, the year's total. */
function spendColumns(months: string[]): ExportColumn<SupplierSpendRow>[] {
  return [
    { header: 'Supplier code', kind: 'text', value: (r) => r.supplierCode, width: 14 },
    { header: 'Supplier', kind: 'text', value: (r) => r.supplierName, width: 32 },
    ...months.map(
      (month, i): ExportColumn<SupplierSpendRow> => ({
        header: month.slice(0, 7),
        kind: 'amount',
        value: (r) => r.months[i]?.amountBase ?? '0',
        width: 12,
      }),
    ),
    { header: 'Total', kind: 'amount', value: (r) => r.totalBase, width: 14 },
  ];
}

/** One row per order with goods not invoiced: in its currency and in base currency. */
const grniColumns: ExportColumn<GrniRow>[] = [
  { header: 'Supplier code', kind: 'text', value: (r) => r.supplierCode, width: 14 },
  { header: 'Supplier', kind: 'text', value: (r) => r.supplierName, width: 32 },
  { header: 'Order', kind: 'text', value: (r) => r.purchaseOrderNumber, width: 16 },
  { header: 'Currency', kind: 'text', value: (r) => r.currency, width: 9 },
  { header: 'Not invoiced', kind: 'amount', value: (r) => r.amount, width: 14 },
  { header: 'Base currency', kind: 'text', value: (r) => r.baseCurrency, width: 9 },
  { header: 'Not invoiced (base)', kind: 'amount', value: (r) => r.amountBase, width: 16 },
];

/** One row per supplier and currency: each bucket in the invoices' currency, then the total in base currency. */
const agingColumns: ExportColumn<AgingRow>[] = [
  { header: 'Supplier code', kind: 'text', value: (r) => r.supplierCode, width: 14 },
  { header: 'Supplier', kind: 'text', value: (r) => r.supplierName, width: 32 },
  { header: 'Currency', kind: 'text', value: (r) => r.currency, width: 9 },
  { header: 'Current', kind: 'amount', value: (r) => r.amounts.current, width: 14 },
  { header: '1-30 days', kind: 'amount', value: (r) => r.amounts.days1To30, width: 14 },
  { header: '31-60 days', kind: 'amount', value: (r) => r.amounts.days31To60, width: 14 },
  { header: '61-90 days', kind: 'amount', value: (r) => r.amounts.days61To90, width: 14 },
  { header: 'Over 90 days', kind: 'amount', value: (r) => r.amounts.over90, width: 14 },
  { header: 'Total', kind: 'amount', value: (r) => r.amounts.total, width: 14 },
  { header: 'Base currency', kind: 'text', value: (r) => r.baseCurrency, width: 9 },
  { header: 'Total (base)', kind: 'amount', value: (r) => r.amountsBase.total, width: 16 },
  { header: 'Invoices', kind: 'count', value: (r) => r.invoiceCount },
];

/** One row per invoice with an early-payment discount dated in the period. */
const discountColumns: ExportColumn<DiscountRow>[] = [
  { header: 'Invoice', kind: 'text', value: (r) => r.invoiceNumber, width: 16 },
  { header: 'Supplier invoice', kind: 'text', value: (r) => r.supplierInvoiceNumber, width: 16 },
  { header: 'Supplier code', kind: 'text', value: (r) => r.supplierCode, width: 14 },
  { header: 'Supplier', kind: 'text', value: (r) => r.supplierName, width: 32 },
  { header: 'Discount date', kind: 'text', value: (r) => r.discountDate, width: 12 },
  { header: 'Discount %', kind: 'amount', value: (r) => r.discountPercent, width: 10 },
  { header: 'Currency', kind: 'text', value: (r) => r.currency, width: 9 },
  { header: 'Payable', kind: 'amount', value: (r) => r.payableAmount, width: 14 },
  { header: 'Available', kind: 'amount', value: (r) => r.available, width: 12 },
  { header: 'Taken', kind: 'amount', value: (r) => r.taken, width: 12 },
  { header: 'Missed', kind: 'amount', value: (r) => r.missed, width: 12 },
  { header: 'Outcome', kind: 'text', value: (r) => r.outcome, width: 10 },
  { header: 'Base currency', kind: 'text', value: (r) => r.baseCurrency, width: 9 },
  { header: 'Taken (base)', kind: 'amount', value: (r) => r.takenBase, width: 14 },
  { header: 'Missed (base)', kind: 'amount', value: (r) => r.missedBase, width: 14 },
];

/**
 * The exchange differences of a period: invoices (at the order's rate, then their own) and payments
 * (as their invoices were booked, then at the payment date's rate), one row each.
 */
const exchangeColumns: ExportColumn<ExchangeRow>[] = [
  { header: 'Type', kind: 'text', value: (r) => r.type, width: 12 },
  { header: 'Number', kind: 'text', value: (r) => r.number, width: 20 },
  { header: 'Order or run', kind: 'text', value: (r) => r.reference, width: 16 },
  { header: 'Date', kind: 'date', value: (r) => r.date, width: 12 },
  { header: 'Supplier code', kind: 'text', value: (r) => r.supplierCode, width: 14 },
  { header: 'Supplier', kind: 'text', value: (r) => r.supplierName, width: 32 },
  { header: 'Currency', kind: 'text', value: (r) => r.currency, width: 9 },
  { header: 'Amount', kind: 'amount', value: (r) => r.amount, width: 14 },
  { header: 'Order rate', kind: 'quantity', value: (r) => r.rateBefore, width: 12 },
  { header: 'Rate', kind: 'quantity', value: (r) => r.rateAfter, width: 12 },
  { header: 'Base currency', kind: 'text', value: (r) => r.baseCurrency, width: 9 },
  { header: 'Base before', kind: 'amount', value: (r) => r.baseBefore, width: 14 },
  { header: 'Base after', kind: 'amount', value: (r) => r.baseAfter, width: 14 },
  { header: 'Difference', kind: 'amount', value: (r) => r.difference, width: 14 },
];

const formatDescription =
  'The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.';

/** `orders-2026-12-04.xlsx`. */
function fileName(stem: string, now: Date, extension: string): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** What one export writes: its rows and columns, the sheet's name, the file's name before its date. */
type ExportSpec<R> = { rows: R[]; columns: ExportColumn<R>[]; sheet: string; fileStem: string };

export const exportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const send = (reply: FastifyReply, file: ExportFile, stem: string) =>
    reply
      .type(file.contentType)
      .header(
        'content-disposition',
        `attachment; filename="${fileName(stem, ctx.clock.now(), file.extension)}"`,
      )
      .header('cache-control', 'private, no-store')
      .send(file.body);
  const fileResponse = z
    .any()
    .describe('text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

  /**
   * `GET <path>/export`: a list under the same filters (and the same permission) as its page, as
   * CSV or Excel. `table` gathers the rows, through the list's own use case.
   */
  function listExport<Q extends z.ZodRawShape, R>(opts: {
    path: string;
    tag: string;
    permission: Permission | 'authenticated';
    summary: string;
    description?: string;
    query: z.ZodObject<Q>;
    table: (filter: z.output<z.ZodObject<Q>>, actor: Actor) => Promise<ExportSpec<R>>;
  }) {
    app.get(
      `${opts.path}/export`,
      {
        config: { permission: opts.permission },
        schema: {
          tags: [opts.tag],
          summary: opts.summary,
          description: opts.description ? `${formatDescription} ${opts.description}` : formatDescription,
          querystring: ExportFormatQuery.extend(opts.query.shape),
          response: { 200: fileResponse, ...errors },
        },
      },
      async (request, reply) => {
        const { format, ...filter } = request.query as { format: ExportFormat } & z.output<z.ZodObject<Q>>;
        const table = await opts.table(filter as z.output<z.ZodObject<Q>>, actorOf(request));
        const file = await exportTable({
          rows: table.rows,
          columns: table.columns,
          format,
          sheet: table.sheet,
        });
        return send(reply, file, table.fileStem);
      },
    );
  }

  /** The names of the records these rows refer to, by id, through their capabilities' namers. */
  const namesOf = async (refs: { namer: RecordNamer | undefined; ids: (string | null)[] }[]) => {
    const names: Record<string, string> = {};
    for (const { namer, ids } of refs) {
      const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
      if (!namer || wanted.length === 0) continue;
      for (const [id, name] of await namer(ctx, wanted)) names[id] = name.label;
    }
    return names;
  };

  listExport({
    path: '/tracking/lines',
    tag: 'dispatch',
    permission: 'purchase_orders:read',
    summary: 'The tracking board’s lines as CSV or Excel, under its filters',
    query: TrackingQuery,
    table: async (filter, actor) => ({
      rows: await collectForExport('open lines', (page) =>
        dispatch.listTrackingLines(ctx, { actor, filter, ...page }),
      ),
      columns: TRACKING_COLUMNS,
      sheet: 'Delivery tracking',
      fileStem: 'delivery-tracking',
    }),
  });

  listExport({
    path: '/purchase-orders',
    tag: 'purchase-orders',
    permission: 'purchase_orders:read',
    summary: 'The purchase order list as CSV or Excel, under the list’s filters',
    query: PurchaseOrderListQuery,
    table: async (filter, actor) => ({
      rows: await collectForExport('purchase orders', (page) =>
        purchaseOrders.listPurchaseOrders(ctx, { actor, filter, ...page }),
      ),
      columns: ORDER_COLUMNS,
      sheet: 'Purchase orders',
      fileStem: 'purchase-orders',
    }),
  });

  listExport({
    path: '/payments',
    tag: 'payments',
    permission: 'payments:read',
    summary: 'The payments list as CSV or Excel, under the list’s filters',
    query: PaymentListQuery,
    table: async (filter, actor) => ({
      rows: await collectForExport('payments', (page) =>
        payments.listPayments(ctx, { actor, filter, ...page }),
      ),
      columns: PAYMENT_COLUMNS,
      sheet: 'Payments',
      fileStem: 'payments',
    }),
  });

  listExport({
    path: '/requisitions',
    tag: 'requisitions',
    permission: 'requisitions:read',
    summary: 'The requisition list as CSV or Excel, under the list’s filters',
    query: RequisitionListQuery,
    table: async (filter, actor) => ({
      rows: await collectForExport('requisitions', (page) =>
        requisitions.listRequisitions(ctx, { actor, filter, ...page }),
      ),
      columns: REQUISITION_COLUMNS,
      sheet: 'Requisitions',
      fileStem: 'requisitions',
    }),
  });

  listExport({
    path: '/audit',
    tag: 'audit',
    permission: 'authenticated',
    summary:
      'Audit entries as CSV or Excel: the whole log (auditors, administrators) or one record’s history',
    query: AuditQuery,
    table: async (filter, actor) => ({
      rows: await collectForExport('audit entries', (page) =>
        listAuditEntries(ctx, { actor, filter, ...page }),
      ),
      columns: AUDIT_COLUMNS,
      sheet: 'Audit trail',
      fileStem: 'audit-trail',
    }),
  });

  listExport({
    path: '/users',
    tag: 'users',
    permission: 'users:read',
    summary: 'The user list as CSV or Excel, under the list’s filters: names, e-mails, roles, departments',
    description: 'For access reviews: every account with its roles and whether it can sign in.',
    query: UserListQuery,
    table: async ({ active, ...filter }) => {
      const users = await collectForExport('users', (page) =>
        identity.listUsers(ctx, {
          filter: { ...filter, active: active === undefined ? undefined : active === 'true' },
          ...page,
        }),
      );
      const names = await namesOf([
        { namer: organisation.recordNamers.department, ids: users.map((u) => u.departmentId) },
      ]);
      return {
        rows: users.map((u) => ({ ...u, names })),
        columns: USER_COLUMNS,
        sheet: 'Users',
        fileStem: 'users',
      };
    },
  });

  listExport({
    path: '/reports/spend-by-supplier',
    tag: 'reports',
    permission: 'reports:read',
    summary: 'The spend report (committed spend by supplier and month for one year) as CSV or Excel',
    description: 'Amounts in the base currency; one column per month of the (fiscal) year.',
    query: SpendReportQuery.omit({ limit: true, cursor: true }),
    table: async (query) => {
      let months: string[] = [];
      let currency = '';
      const rows = await collectForExport('suppliers', async (page) => {
        const report = await spendBySupplier(ctx, { ...query, ...page });
        months = report.months;
        currency = report.currency;
        return report;
      });
      return {
        rows,
        columns: spendColumns(months),
        sheet: `Spend ${query.year} (${currency})`,
        fileStem: `spend-${query.year}`,
      };
    },
  });

  listExport({
    path: '/reports/grni',
    tag: 'reports',
    permission: 'reports:read',
    summary: 'Goods received not invoiced as of a day, one row per order, as CSV or Excel',
    query: AsOfQuery,
    table: async (query) => {
      const report = await grniReport(ctx, query);
      return {
        rows: report.orders.map((o) => ({ ...o, baseCurrency: report.baseCurrency })),
        columns: grniColumns,
        sheet: `GRNI ${query.asOf}`,
        fileStem: `grni-${query.asOf}`,
      };
    },
  });

  listExport({
    path: '/reports/ap-aging',
    tag: 'reports',
    permission: 'reports:read',
    summary: 'AP aging as of a day, one row per supplier and currency, as CSV or Excel',
    query: AsOfQuery,
    table: async (query) => {
      const report = await apAgingReport(ctx, query);
      return {
        rows: report.rows.map((r) => ({ ...r, baseCurrency: report.baseCurrency })),
        columns: agingColumns,
        sheet: `AP aging ${query.asOf}`,
        fileStem: `ap-aging-${query.asOf}`,
      };
    },
  });

  listExport({
    path: '/reports/payment-discounts',
    tag: 'reports',
    permission: 'reports:read',
    summary: 'Early-payment discounts taken and missed in a period, one row per invoice, as CSV or Excel',
    query: DiscountReportQuery,
    table: async (query) => {
      const report = await paymentDiscountsReport(ctx, query);
      return {
        rows: report.rows.map((r) => ({ ...r, baseCurrency: report.baseCurrency })),
        columns: discountColumns,
        sheet: `Discounts ${query.from} to ${query.to}`,
        fileStem: `discounts-${query.from}-${query.to}`,
      };
    },
  });

  listExport({
    path: '/reports/exchange-differences',
    tag: 'reports',
    permission: 'reports:read',
    summary: 'Exchange differences of a period, one row per invoice and per payment, as CSV or Excel',
    query: ExchangeDifferencesQuery,
    table: async (query) => {
      const report = await exchangeDifferencesReport(ctx, query);
      const baseCurrency = report.baseCurrency;
      const rows: ExchangeRow[] = [
        ...report.invoices.map(
          (r): ExchangeRow => ({
            type: r.kind === 'credit_note' ? 'Credit note' : 'Invoice',
            number: r.invoiceNumber,
            reference: r.purchaseOrderNumber,
            date: r.issueDate,
            supplierCode: r.supplierCode,
            supplierName: r.supplierName,
            currency: r.currency,
            amount: r.amount,
            rateBefore: r.orderRate,
            rateAfter: r.invoiceRate,
            baseBefore: r.baseAtOrderRate,
            baseAfter: r.baseAtInvoiceRate,
            difference: r.difference,
            baseCurrency,
          }),
        ),
        ...report.payments.map(
          (r): ExchangeRow => ({
            type: 'Payment',
            number: r.paymentNumber,
            reference: r.paymentRunNumber,
            date: r.paymentDate,
            supplierCode: r.supplierCode,
            supplierName: r.supplierName,
            currency: r.currency,
            amount: r.amount,
            rateBefore: null,
            rateAfter: r.rate,
            baseBefore: r.bookedBase,
            baseAfter: r.amountBase,
            difference: r.difference,
            baseCurrency,
          }),
        ),
      ];
      return {
        rows,
        columns: exchangeColumns,
        sheet: `Exchange ${query.from} to ${query.to}`,
        fileStem: `exchange-differences-${query.from}-${query.to}`,
      };
    },
  });

  listExport({
    path: '/departments',
    tag: 'organisation',
    permission: 'organisation:read',
    summary: 'The department list as CSV or Excel, under the list’s filters',
    query: DepartmentListQuery,
    table: async (filter) => {
      const items = await collectForExport('departments', (page) =>
        organisation.listDepartments(ctx, { filter, ...page }),
      );
      const names = await namesOf([
        { namer: identity.recordNamers.user, ids: items.map((d) => d.headUserId) },
      ]);
      return {
        rows: items.map((d) => ({ ...d, names })),
        columns: DEPARTMENT_COLUMNS,
        sheet: 'Departments',
        fileStem: 'departments',
      };
    },
  });

  listExport({
    path: '/cost-centres',
    tag: 'organisation',
    permission: 'organisation:read',
    summary: 'The cost centre list as CSV or Excel, under the list’s filters',
    query: CostCentreListQuery,
    table: async (filter) => {
      const items = await collectForExport('cost centres', (page) =>
        organisation.listCostCentres(ctx, { filter, ...page }),
      );
      const names = await namesOf([
        { namer: organisation.recordNamers.department, ids: items.map((c) => c.departmentId) },
        { namer: identity.recordNamers.user, ids: items.map((c) => c.ownerUserId) },
      ]);
      return {
        rows: items.map((c) => ({ ...c, names })),
        columns: COST_CENTRE_COLUMNS,
        sheet: 'Cost centres',
        fileStem: 'cost-centres',
      };
    },
  });

  listExport({
    path: '/budgets',
    tag: 'organisation',
    permission: 'organisation:read',
    summary: 'The budget list as CSV or Excel, under the list’s filters',
    query: BudgetListQuery,
    table: async (filter) => {
      const items = await collectForExport('budgets', (page) =>
        organisation.listBudgets(ctx, { filter, ...page }),
      );
      const names = await namesOf([
        { namer: organisation.recordNamers.cost_centre, ids: items.map((b) => b.costCentreId) },
      ]);
      const { baseCurrency } = await organisation.getSettings(ctx);
      return {
        rows: items.map((b) => ({ ...b, names, currency: baseCurrency })),
        columns: BUDGET_COLUMNS,
        sheet: 'Budgets',
        fileStem: 'budgets',
      };
    },
  });

  listExport({
    path: '/item-categories',
    tag: 'catalog',
    permission: 'catalog:read',
    summary: 'The item category list as CSV or Excel, under the list’s filters',
    query: ItemCategoryListQuery,
    table: async (filter) => {
      const items = await collectForExport('item categories', (page) =>
        catalog.listItemCategories(ctx, { filter, ...page }),
      );
      const names = await namesOf([
        { namer: catalog.recordNamers.item_category, ids: items.map((c) => c.parentId) },
      ]);
      return {
        rows: items.map((c) => ({ ...c, names })),
        columns: CATEGORY_COLUMNS,
        sheet: 'Item categories',
        fileStem: 'item-categories',
      };
    },
  });

  listExport({
    path: '/approvals/inbox',
    tag: 'approvals',
    permission: 'approvals:act',
    summary: 'What waits for your decision (and for those you are delegate of) as CSV or Excel',
    query: z.object({}),
    table: async (_filter, actor) => ({
      rows: await collectForExport('documents', (page) =>
        approvals.readApprovalInbox(ctx, { actor, ...page }),
      ),
      columns: INBOX_COLUMNS,
      sheet: 'Approval inbox',
      fileStem: 'approval-inbox',
    }),
  });

  listExport({
    path: '/workbench/lines',
    tag: 'workbench',
    permission: 'workbench:use',
    summary: 'The requisition lines waiting to be ordered as CSV or Excel, under the workbench’s filters',
    description: 'With the remaining quantity and the suggested supplier’s best price today.',
    query: WorkbenchLineQuery,
    table: async (filter) => ({
      rows: await collectForExport('lines', (page) =>
        purchaseOrders.listRequisitionLinesToOrder(ctx, { filter, ...page }),
      ),
      columns: WORKBENCH_COLUMNS,
      sheet: 'Lines to order',
      fileStem: 'lines-to-order',
    }),
  });

  listExport({
    path: '/outbox',
    tag: 'notifications',
    permission: 'outbox:read',
    summary: 'The e-mail outbox as CSV or Excel, under its status filter: every message sent or waiting',
    query: OutboxQuery.omit({ limit: true, cursor: true }),
    table: async (filter) => ({
      rows: await collectForExport('e-mails', (page) =>
        notifications.listOutbox(ctx, { ...filter, ...page }),
      ),
      columns: OUTBOX_COLUMNS,
      sheet: 'E-mail outbox',
      fileStem: 'e-mail-outbox',
    }),
  });

  listExport({
    path: '/units',
    tag: 'catalog',
    permission: 'catalog:read',
    summary: 'The unit list as CSV or Excel, under the list’s filters',
    query: UnitListQuery,
    table: async (filter) => ({
      rows: await collectForExport('units', (page) => catalog.listUnits(ctx, { filter, ...page })),
      columns: UNIT_COLUMNS,
      sheet: 'Units',
      fileStem: 'units',
    }),
  });
};
