import type { ApprovalPolicy } from '@contracts/approvals';
import { i18n as appI18n, type I18n, type MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { formatDecimal } from '@/lib/format';
import { ROLE_LABELS, type Role } from '@/lib/roles';

export type PolicyStep = ApprovalPolicy['steps'][number];

export const DOCUMENT_TYPE_LABELS: Record<ApprovalPolicy['documentType'], MessageDescriptor> = {
  requisition: msg`Requisition`,
  purchase_order: msg`Purchase order`,
  purchase_order_revision: msg`PO revision`,
  invoice_variance: msg`Invoice variance`,
};

export const SUPPLIER_STATUS_LABELS: Record<string, MessageDescriptor> = {
  active: msg`active`,
  on_hold: msg`on hold`,
  blocked: msg`blocked`,
};

type Names = {
  department?: (id: string) => string;
  costCentre?: (id: string) => string;
  category?: (id: string) => string;
};

const list = (ids: unknown, name?: (id: string) => string) =>
  Array.isArray(ids) ? ids.map((id) => (name ? name(String(id)) : String(id))).join(', ') : '';

const supplierStatus = (i18n: I18n, s: string) => {
  const label = SUPPLIER_STATUS_LABELS[s];
  return label ? i18n._(label) : s;
};

/** A role's name in the user's language (a role the web app does not know shows as stored). */
const roleName = (i18n: I18n, r: string) => {
  const label = ROLE_LABELS[r as Role];
  return label ? i18n._(label) : r;
};

/**
 * A condition as a sentence: "total ≥ 25,000 and department in Operations". `i18n`: the caller's
 * (from `useLingui()`); by default the app's instance, which is the one every component renders with.
 */
export function describeCondition(
  condition: Record<string, unknown>,
  names: Names = {},
  i18n: I18n = appI18n,
): string {
  if ('always' in condition) return i18n._(msg`always`);
  if ('amountAtLeast' in condition) {
    const amount = formatDecimal(String(condition.amountAtLeast));
    return i18n._(msg`total ≥ ${amount}`);
  }
  if ('budgetExceeded' in condition) return i18n._(msg`the budget is exceeded`);
  if ('departmentIn' in condition) {
    const departments = list(condition.departmentIn, names.department);
    return i18n._(msg`department in ${departments}`);
  }
  if ('costCentreIn' in condition) {
    const costCentres = list(condition.costCentreIn, names.costCentre);
    return i18n._(msg`cost centre in ${costCentres}`);
  }
  if ('categoryIn' in condition) {
    const categories = list(condition.categoryIn, names.category);
    return i18n._(msg`item category in ${categories}`);
  }
  if ('supplierStatusIn' in condition) {
    const statuses = list(condition.supplierStatusIn, (s) => supplierStatus(i18n, s));
    return i18n._(msg`supplier ${statuses}`);
  }
  if ('supplierGradeBelow' in condition) {
    const grade = String(condition.supplierGradeBelow);
    return i18n._(msg`supplier graded below ${grade}`);
  }
  for (const op of ['all', 'any'] as const) {
    const parts = condition[op];
    if (Array.isArray(parts)) {
      const inner = parts.map((p) => {
        const text = describeCondition(p as Record<string, unknown>, names, i18n);
        return 'all' in (p as object) || 'any' in (p as object) ? `(${text})` : text;
      });
      return inner.reduce((left, right) =>
        op === 'all' ? i18n._(msg`${left} and ${right}`) : i18n._(msg`${left} or ${right}`),
      );
    }
  }
  return JSON.stringify(condition);
}

/**
 * Who approves a step: "Department head, Finance (role), 2 named users". `i18n`: as for
 * `describeCondition`.
 */
export function describeApprovers(
  a: PolicyStep['approvers'],
  userName?: (id: string) => string,
  i18n: I18n = appI18n,
): string {
  const parts: string[] = [];
  if (a.departmentHead) parts.push(i18n._(msg`requester's department head`));
  if (a.costCentreOwner) parts.push(i18n._(msg`cost centre's owner`));
  for (const r of a.roles) {
    const role = roleName(i18n, r);
    parts.push(i18n._(msg`role ${role}`));
  }
  if (a.userIds.length) {
    const count = a.userIds.length;
    parts.push(
      userName
        ? a.userIds.map(userName).join(', ')
        : i18n._(msg`${plural(count, { one: '# named user(s)', other: '# named user(s)' })}`),
    );
  }
  return parts.join('; ') || i18n._(msg`nobody`);
}
