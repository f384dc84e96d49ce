import type { ApprovalCondition } from '../../db/schema';
import type { ApprovalDocumentType } from '../../domain/approvals';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { ROLE_PERMISSIONS, type Role } from '../shared/permissions';
import type { ApprovalPolicyStepInput } from './policy';
import * as repo from './repository';
import { conditionProblems } from './rules';

function collect(
  condition: ApprovalCondition,
  key: 'departmentIn' | 'costCentreIn' | 'categoryIn',
  path: string,
) {
  const found: { path: string; id: string }[] = [];
  const walk = (c: ApprovalCondition, p: string): void => {
    if ('all' in c) {
      for (const [i, x] of c.all.entries()) walk(x, `${p}.all[${i}]`);
    } else if ('any' in c) {
      for (const [i, x] of c.any.entries()) walk(x, `${p}.any[${i}]`);
    } else if (key in c) {
      for (const [i, id] of ((c as Record<string, string[]>)[key] ?? []).entries()) {
        found.push({ path: `${p}.${key}[${i}]`, id });
      }
    }
  };
  walk(condition, path);
  return found;
}

/** The paths of a condition's `budgetExceeded` tests. */
function budgetTests(condition: ApprovalCondition, path: string): string[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => budgetTests(c, `${path}.all[${i}]`));
  if ('any' in condition) return condition.any.flatMap((c, i) => budgetTests(c, `${path}.any[${i}]`));
  return 'budgetExceeded' in condition ? [`${path}.budgetExceeded`] : [];
}

/**
 * What an invoice variance's policy may not say: deciding needs invoices:resolve (a role without
 * it could never decide), and a variance is not weighed against budgets (its order already was).
 */
function invoiceVarianceProblems(
  step: ApprovalPolicyStepInput,
  p: string,
): { path: string; message: string }[] {
  const problems = step.approvers.roles.flatMap((role, j) =>
    ROLE_PERMISSIONS[role as Role].includes('invoices:resolve')
      ? []
      : [
          {
            path: `${p}.approvers.roles[${j}]`,
            message: 'does not grant invoices:resolve, which deciding on an invoice variance needs',
          },
        ],
  );
  for (const path of budgetTests(step.condition, `${p}.condition`)) {
    problems.push({ path, message: 'an invoice variance is not weighed against budgets' });
  }
  return problems;
}

/**
 * Checks a policy's steps as a whole, naming every bad field: every step names approvers,
 * thresholds are decimal strings, escalation follows the reminder, and every id exists.
 * Overlapping conditions are allowed: each step that holds applies.
 */
export async function assertValidSteps(
  ctx: Ctx,
  steps: ApprovalPolicyStepInput[],
  documentType: ApprovalDocumentType,
): Promise<void> {
  const errors = new FieldErrors();
  type Ref = { path: string; id: string };
  const refs = {
    users: [] as Ref[],
    departments: [] as Ref[],
    costCentres: [] as Ref[],
    categories: [] as Ref[],
  };
  steps.forEach((step, i) => {
    const p = `steps[${i}]`;
    const a = step.approvers;
    if (a.roles.length === 0 && a.userIds.length === 0 && !a.departmentHead && !a.costCentreOwner) {
      errors.add(
        `${p}.approvers`,
        'name at least one approver: a role, a user, the department head or the cost centre owner',
      );
    }
    for (const problem of conditionProblems(step.condition, `${p}.condition`))
      errors.add(problem.path, problem.message);
    if (documentType === 'invoice_variance') {
      for (const problem of invoiceVarianceProblems(step, p)) errors.add(problem.path, problem.message);
    }
    if (
      step.reminderHours !== null &&
      step.escalationHours !== null &&
      step.escalationHours < step.reminderHours
    ) {
      errors.add(`${p}.escalationHours`, 'must not come before the reminder');
    }
    if (step.escalationHours !== null && step.fallbackUserId === null) {
      errors.add(`${p}.fallbackUserId`, 'is required when the step escalates');
    }
    for (const [j, id] of a.userIds.entries()) refs.users.push({ path: `${p}.approvers.userIds[${j}]`, id });
    if (step.fallbackUserId) refs.users.push({ path: `${p}.fallbackUserId`, id: step.fallbackUserId });
    refs.departments.push(...collect(step.condition, 'departmentIn', `${p}.condition`));
    refs.costCentres.push(...collect(step.condition, 'costCentreIn', `${p}.condition`));
    refs.categories.push(...collect(step.condition, 'categoryIn', `${p}.condition`));
  });
  const checks = [
    [refs.users, repo.existingActiveUsers, 'is not an active user of the organisation'],
    [refs.departments, repo.existingDepartments, 'is not a department'],
    [refs.costCentres, repo.existingCostCentres, 'is not a cost centre'],
    [refs.categories, repo.existingCategories, 'is not an item category'],
  ] as const;
  for (const [list, find, message] of checks) {
    const found = await find(
      ctx.db,
      list.map((r) => r.id),
    );
    for (const r of list) if (!found.has(r.id)) errors.add(r.path, message);
  }
  errors.throwIfAny();
}

export function policyNameTaken(name: string): AppError {
  return new AppError('conflict', `An approval policy named ${name} already exists.`, {
    errors: [{ path: 'name', message: 'is already used by another policy' }],
  });
}

export function anotherPolicyEnabled(documentType: string): AppError {
  return new AppError(
    'conflict',
    `Another ${documentType.replaceAll('_', ' ')} policy is enabled; disable it first, one policy decides each document type.`,
    { errors: [{ path: 'enabled', message: 'another policy of this document type is enabled' }] },
  );
}
