import type {
  ApprovalApprovers,
  ApprovalCondition,
  ApprovalDocumentType,
  ApprovalMode,
} from '../../db/schema';
import { normalize } from '../shared/money';
import type { Role } from '../shared/permissions';
import type { PolicyRow, PolicyStepRow } from './repository';
import type { Policy as RoutingPolicy } from './rules';

export type ApprovalPolicyStep = {
  position: number;
  level: number;
  name: string;
  condition: ApprovalCondition;
  approvers: { roles: Role[]; userIds: string[]; departmentHead: boolean; costCentreOwner: boolean };
  mode: ApprovalMode;
  reminderHours: number | null;
  escalationHours: number | null;
  fallbackUserId: string | null;
};

export type ApprovalPolicy = {
  id: string;
  documentType: ApprovalDocumentType;
  name: string;
  enabled: boolean;
  steps: ApprovalPolicyStep[];
  /** When a change order goes back to approval within the same threshold band (rules.ts). */
  reapproveWhenTotalRises: { percent: string | null; amount: string | null };
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** A step as an admin writes it (the position is its place in the list). */
export type ApprovalPolicyStepInput = Omit<ApprovalPolicyStep, 'position' | 'approvers'> & {
  approvers: ApprovalApprovers & { roles: Role[] };
};

export function toPolicy(row: PolicyRow, steps: PolicyStepRow[]): ApprovalPolicy {
  return {
    id: row.id,
    documentType: row.documentType,
    name: row.name,
    enabled: row.enabled,
    steps: steps.map((s) => ({
      position: s.position,
      level: s.level,
      name: s.name,
      condition: s.condition,
      approvers: s.approvers as ApprovalPolicyStep['approvers'],
      mode: s.mode,
      reminderHours: s.reminderHours,
      escalationHours: s.escalationHours,
      fallbackUserId: s.fallbackUserId,
    })),
    reapproveWhenTotalRises: {
      percent: row.reapproveRisePercent === null ? null : normalize(row.reapproveRisePercent),
      amount: row.reapproveRiseAmount === null ? null : normalize(row.reapproveRiseAmount),
    },
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toRoutingPolicy(policy: ApprovalPolicy): RoutingPolicy {
  return {
    id: policy.id,
    name: policy.name,
    documentType: policy.documentType,
    steps: policy.steps,
    reapproveWhenTotalRises: policy.reapproveWhenTotalRises,
  };
}

/** What the audit trail records of a policy: the whole definition, steps included. */
export function auditedPolicy(policy: ApprovalPolicy): Record<string, unknown> {
  return {
    documentType: policy.documentType,
    name: policy.name,
    enabled: policy.enabled,
    steps: policy.steps,
    reapproveWhenTotalRises: policy.reapproveWhenTotalRises,
  };
}
