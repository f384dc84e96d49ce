import type { ReturnKind } from '../../domain/approvals';
import { dec, normalize } from '../shared/money';
import type { LineRow, RequisitionHeaderRow } from './repository';
import { type LineOrderStatus, lineOrderStatus, type RequisitionStatus, remainingQuantity } from './rules';

/** A requisition line as the core hands it out: requested against ordered. */
export type RequisitionLine = {
  id: string;
  lineNo: number;
  itemId: string | null;
  description: string;
  categoryId: string;
  quantity: string;
  unitCode: string;
  estimatedUnitPrice: string;
  currency: string;
  neededBy: string | null;
  suggestedSupplierId: string | null;
  quantityOrdered: string;
  quantityRemaining: string;
  orderStatus: LineOrderStatus;
};

/** The header fields shared by a requisition and its list entry. */
export type RequisitionSummary = {
  id: string;
  number: string;
  status: RequisitionStatus;
  requesterId: string;
  requesterName: string;
  departmentId: string;
  departmentCode: string;
  costCentreId: string;
  costCentreCode: string;
  justification: string;
  /** The lines' estimates in the base currency, rounded to its minor units. */
  estimatedTotalBase: string;
  baseCurrency: string;
  lineCount: number;
  submittedAt: Date | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  cancelReason: string | null;
  /** Why a draft came back from approval (rejected, or changes requested); null once submitted again. */
  returned: {
    kind: ReturnKind;
    reason: string | null;
    byUserId: string | null;
    byName: string | null;
    at: Date;
  } | null;
  createdBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export type Requisition = RequisitionSummary & { lines: RequisitionLine[] };

/** How amounts in the base currency are shown. */
export type BaseMoney = { baseCurrency: string; minorUnits: number };

export function toRequisitionLine(row: LineRow): RequisitionLine {
  const quantities = { quantity: normalize(row.quantity), quantityOrdered: normalize(row.quantityOrdered) };
  return {
    id: row.id,
    lineNo: row.lineNo,
    itemId: row.itemId,
    description: row.description,
    categoryId: row.categoryId,
    quantity: quantities.quantity,
    unitCode: row.unitCode,
    estimatedUnitPrice: normalize(row.estimatedUnitPrice),
    currency: row.currency,
    neededBy: row.neededBy,
    suggestedSupplierId: row.suggestedSupplierId,
    quantityOrdered: quantities.quantityOrdered,
    quantityRemaining: remainingQuantity(quantities),
    orderStatus: lineOrderStatus(quantities),
  };
}

export function toRequisitionSummary(row: RequisitionHeaderRow, money: BaseMoney): RequisitionSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    requesterId: row.requesterId,
    requesterName: row.requesterName,
    departmentId: row.departmentId,
    departmentCode: row.departmentCode,
    costCentreId: row.costCentreId,
    costCentreCode: row.costCentreCode,
    justification: row.justification,
    estimatedTotalBase: dec(row.estimatedTotalBase).toFixed(money.minorUnits),
    baseCurrency: money.baseCurrency,
    lineCount: row.lineCount,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    decisionReason: row.decisionReason,
    cancelReason: row.cancelReason,
    returned:
      row.returnKind && row.decidedAt
        ? {
            kind: row.returnKind,
            reason: row.decisionReason,
            byUserId: row.decidedBy,
            byName: row.decidedByName,
            at: row.decidedAt,
          }
        : null,
    createdBy: row.createdBy,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toRequisition(row: RequisitionHeaderRow, lines: LineRow[], money: BaseMoney): Requisition {
  return { ...toRequisitionSummary(row, money), lines: lines.map(toRequisitionLine) };
}

/** The line fields the audit trail records (what was asked for, not derived progress). */
function auditedLine(l: RequisitionLine) {
  return {
    lineNo: l.lineNo,
    itemId: l.itemId,
    description: l.description,
    categoryId: l.categoryId,
    quantity: l.quantity,
    unitCode: l.unitCode,
    estimatedUnitPrice: l.estimatedUnitPrice,
    currency: l.currency,
    neededBy: l.neededBy,
    suggestedSupplierId: l.suggestedSupplierId,
  };
}

/** A requisition reduced to what its audit entries compare. */
export function auditView(r: Requisition) {
  return {
    number: r.number,
    status: r.status,
    requesterId: r.requesterId,
    departmentId: r.departmentId,
    costCentreId: r.costCentreId,
    justification: r.justification,
    estimatedTotalBase: r.estimatedTotalBase,
    lines: r.lines.map(auditedLine),
  };
}
export type AuditView = ReturnType<typeof auditView>;
export const AUDITED_FIELDS: (keyof AuditView)[] = [
  'number',
  'status',
  'requesterId',
  'departmentId',
  'costCentreId',
  'justification',
  'estimatedTotalBase',
  'lines',
];
