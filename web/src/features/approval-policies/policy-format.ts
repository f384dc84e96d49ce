import type { ApprovalPolicy } from '@contracts/approvals';
import { formatDecimal } from '@/lib/format';
import { ROLE_LABELS, type Role } from '@/lib/roles';

export type PolicyStep = ApprovalPolicy['steps'][number];

export const DOCUMENT_TYPE_LABELS: Record<ApprovalPolicy['documentType'], string> = {
  requisition: 'Requisition',
  purchase_order: 'Purchase order',
  purchase_order_revision: 'PO revision',
};

export const SUPPLIER_STATUS_LABELS: Record<string, string> = {
  active: 'active',
  on_hold: 'on hold',
  blocked: 'blocked',
};

type Names = {
  department?: (id: string) => string;
  costCentre?: (id: string) => string;
  category?: (id: string) => string;
};

const list = (ids: unknown, name?: (id: string) => string) =>
  Array.isArray(ids) ? ids.map((id) => (name ? name(String(id)) : String(id))).join(', ') : '';

/** A condition as a sentence: "total ≥ 25,000 and department in Operations". */
export function describeCondition(condition: Record<string, unknown>, names: Names = {}): string {
  if ('always' in condition) return 'always';
  if ('amountAtLeast' in condition) return `total ≥ ${formatDecimal(String(condition.amountAtLeast))}`;
  if ('budgetExceeded' in condition) return 'the budget is exceeded';
  if ('departmentIn' in condition) return `department in ${list(condition.departmentIn, names.department)}`;
  if ('costCentreIn' in condition) return `cost centre in ${list(condition.costCentreIn, names.costCentre)}`;
  if ('categoryIn' in condition) return `item category in ${list(condition.categoryIn, names.category)}`;
  if ('supplierStatusIn' in condition)
    return `supplier ${list(condition.supplierStatusIn, (s) => SUPPLIER_STATUS_LABELS[s] ?? s)}`;
  for (const op of ['all', 'any'] as const) {
    const parts = condition[op];
    if (Array.isArray(parts)) {
      const inner = parts.map((p) => {
        const text = describeCondition(p as Record<string, unknown>, names);
        return 'all' in (p as object) || 'any' in (p as object) ? `(${text})` : text;
      });
      return inner.join(op === 'all' ? ' and ' : ' or ');
    }
  }
  return JSON.stringify(condition);
}

/** Who approves a step: "Department head, Finance (role), 2 named users". */
export function describeApprovers(a: PolicyStep['approvers'], userName?: (id: string) => string): string {
  const parts: string[] = [];
  if (a.departmentHead) parts.push("requester's department head");
  if (a.costCentreOwner) parts.push("cost centre's owner");
  for (const r of a.roles) parts.push(`role ${ROLE_LABELS[r as Role] ?? r}`);
  if (a.userIds.length)
    parts.push(userName ? a.userIds.map(userName).join(', ') : `${a.userIds.length} named user(s)`);
  return parts.join('; ') || 'nobody';
}
