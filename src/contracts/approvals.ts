import { z } from 'zod';
import {
  APPROVAL_DECISIONS,
  APPROVAL_DOCUMENT_TYPES,
  APPROVAL_MODES,
  APPROVAL_STEP_STATUSES,
} from '../domain/approvals';
import { GRADES } from '../domain/evaluation';
import { bounded, dateOut, decimalString, Id, requiredText } from './common';
import { Role } from './identity';
import { SupplierStatus } from './suppliers';

export const ApprovalDocumentType = z.enum(APPROVAL_DOCUMENT_TYPES);
const ApprovalMode = z.enum(APPROVAL_MODES);

const Threshold = decimalString({ scale: 4, min: 'non-negative' });
const IdList = z.array(Id).min(1, 'list at least one').max(500);

/** The conditions a step can test; combine them with `all` / `any` (two levels deep). */
const ConditionLeaf = z.union([
  z.strictObject({ amountAtLeast: Threshold }),
  z.strictObject({ departmentIn: IdList }),
  z.strictObject({ costCentreIn: IdList }),
  z.strictObject({ categoryIn: IdList }),
  z.strictObject({ supplierStatusIn: z.array(SupplierStatus).min(1, 'list at least one') }),
  z.strictObject({
    supplierGradeBelow: z.enum(GRADES).meta({
      description:
        'The supplier’s scorecard grade over the last 12 months is below this one (a supplier without enough data for a grade is not)',
    }),
  }),
  z.strictObject({ budgetExceeded: z.literal(true) }),
  z.strictObject({ always: z.literal(true) }),
]);
const LeafList = z.array(ConditionLeaf).min(1, 'combine at least one condition').max(20);
const ConditionGroup = z.union([z.strictObject({ all: LeafList }), z.strictObject({ any: LeafList })]);
const NodeList = z
  .array(z.union([ConditionLeaf, ConditionGroup]))
  .min(1, 'combine at least one condition')
  .max(20);
export const ApprovalCondition = z
  .union([ConditionLeaf, z.strictObject({ all: NodeList }), z.strictObject({ any: NodeList })])
  .meta({ id: 'ApprovalCondition' });

export const ApprovalApprovers = z
  .object({
    roles: z.array(Role).max(20).default([]),
    userIds: z.array(Id).max(100).default([]),
    departmentHead: z.boolean().default(false),
    costCentreOwner: z.boolean().default(false),
  })
  .meta({ id: 'ApprovalApprovers' });

const Hours = z
  .number()
  .int()
  .min(1, 'must be at least 1')
  .max(24 * 365);

export const ApprovalPolicyStepInput = z.object({
  level: z.number().int().min(1, 'must be at least 1').max(100),
  name: requiredText(100),
  condition: ApprovalCondition,
  approvers: ApprovalApprovers,
  mode: ApprovalMode.default('any'),
  reminderHours: Hours.nullable().default(null),
  escalationHours: Hours.nullable().default(null),
  fallbackUserId: Id.nullable().default(null),
});

export const ApprovalPolicyStep = z.object({
  position: z.number().int(),
  level: z.number().int(),
  name: z.string(),
  /** As written (an ApprovalCondition); typed loosely on the way out so nesting is not limited here. */
  condition: z.record(z.string(), z.unknown()).meta({ description: 'An ApprovalCondition, as written' }),
  approvers: z.object({
    roles: z.array(Role),
    userIds: z.array(Id),
    departmentHead: z.boolean(),
    costCentreOwner: z.boolean(),
  }),
  mode: ApprovalMode,
  reminderHours: z.number().int().nullable(),
  escalationHours: z.number().int().nullable(),
  fallbackUserId: Id.nullable(),
});

/** When a change order goes back to approval within one threshold band. */
const ReapprovalRise = z.object({
  percent: decimalString({ scale: 4, min: 'positive', max: 1000 }).nullable(),
  amount: bounded(decimalString({ scale: 4, min: 'positive' }), 16).nullable(),
});

export const ApprovalPolicy = z
  .object({
    id: Id,
    documentType: ApprovalDocumentType,
    name: z.string(),
    enabled: z.boolean(),
    steps: z.array(ApprovalPolicyStep),
    reapproveWhenTotalRises: z
      .object({ percent: z.string().nullable(), amount: z.string().nullable() })
      .meta({
        description:
          'A change to an approved document goes back to approval when its total rises by more than percent of the approved total or more than amount (base currency), even within one threshold band; null turns a test off.',
      }),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'ApprovalPolicy' });
export type ApprovalPolicy = z.output<typeof ApprovalPolicy>;

export const CreateApprovalPolicyRequest = z.object({
  documentType: ApprovalDocumentType,
  name: requiredText(200),
  enabled: z.boolean().default(true),
  steps: z.array(ApprovalPolicyStepInput).max(50),
  reapproveWhenTotalRises: ReapprovalRise.default({ percent: '10', amount: '1000' }),
});
export type CreateApprovalPolicyRequest = z.input<typeof CreateApprovalPolicyRequest>;

export const UpdateApprovalPolicyRequest = z.object({
  name: requiredText(200).optional(),
  enabled: z.boolean().optional(),
  /** Replaces every step when given. */
  steps: z.array(ApprovalPolicyStepInput).max(50).optional(),
  reapproveWhenTotalRises: ReapprovalRise.optional(),
});
export type UpdateApprovalPolicyRequest = z.input<typeof UpdateApprovalPolicyRequest>;

export const ApprovalPolicyListQuery = z.object({ documentType: ApprovalDocumentType.optional() });

// ── a document's route ──────────────────────────────────────────────────────

export const ApprovalDecision = z.object({
  actorUserId: Id,
  actorName: z.string(),
  onBehalfOfUserId: Id.nullable(),
  onBehalfOfName: z.string().nullable(),
  decision: z.enum(APPROVAL_DECISIONS),
  comment: z.string().nullable(),
  at: z.string(),
});

export const ApprovalRouteStep = z.object({
  /** Null while the route is a preview of a draft. */
  id: Id.nullable(),
  level: z.number().int(),
  name: z.string(),
  explanation: z.string(),
  mode: ApprovalMode,
  status: z.enum(APPROVAL_STEP_STATUSES),
  approvers: z.array(z.object({ id: Id, name: z.string() })),
  decisions: z.array(ApprovalDecision),
});

export const ApprovalRoute = z
  .object({
    /** preview: what submitting the draft now would do; stored: the route fixed at submission. */
    kind: z.enum(['preview', 'stored', 'none']),
    policy: z.object({ id: Id.nullable(), name: z.string() }).nullable(),
    explanation: z.string(),
    problems: z.array(z.string()),
    steps: z.array(ApprovalRouteStep),
    /**
     * On a stored route that still waits: whether the caller may decide now (approve, request
     * changes, reject), which step, on whose behalf; or why not. Null otherwise.
     */
    viewer: z
      .object({
        mayDecide: z.boolean(),
        stepName: z.string().nullable(),
        onBehalfOfName: z.string().nullable(),
        reason: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'ApprovalRoute' });
export type ApprovalRoute = z.output<typeof ApprovalRoute>;

// ── delegations ─────────────────────────────────────────────────────────────

export const Delegation = z
  .object({
    id: Id,
    userId: Id,
    userName: z.string(),
    delegateUserId: Id,
    delegateName: z.string(),
    validFrom: dateOut,
    validTo: dateOut,
    reason: z.string(),
    createdAt: dateOut,
  })
  .meta({ id: 'Delegation' });
export type Delegation = z.output<typeof Delegation>;

const Instant = z.iso
  .datetime({ offset: true, message: 'must be a date-time with offset, e.g. 2026-03-02T09:00:00Z' })
  .transform((s) => new Date(s));

export const CreateDelegationRequest = z.object({
  delegateUserId: Id,
  /** Default: now. */
  validFrom: Instant.optional(),
  validTo: Instant,
  reason: z.string().trim().max(500).optional(),
});
export type CreateDelegationRequest = z.input<typeof CreateDelegationRequest>;

export const DelegateCandidate = z
  .object({ id: Id, name: z.string(), email: z.string(), roles: z.array(z.string()) })
  .meta({ id: 'DelegateCandidate' });
export type DelegateCandidate = z.output<typeof DelegateCandidate>;

export const DelegateCandidateQuery = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'Part of the name or e-mail' }),
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100')
    .default(50),
});

// ── the inbox ───────────────────────────────────────────────────────────────

export const InboxItem = z
  .object({
    documentType: ApprovalDocumentType,
    documentId: Id,
    number: z.string(),
    version: z.number().int(),
    stepId: Id,
    stepName: z.string(),
    explanation: z.string(),
    supplierName: z.string().nullable(),
    total: z.string().nullable(),
    currency: z.string().nullable(),
    totalBase: z.string().nullable(),
    requesterId: Id.nullable(),
    requesterName: z.string().nullable(),
    submittedAt: dateOut.nullable(),
    waitingSince: dateOut,
    onBehalfOfUserId: Id.nullable(),
    details: z.array(z.string()).meta({
      description:
        'What the approver decides on, in words, where the total does not say it all: the exceptions of an invoice variance',
    }),
    budget: z
      .object({
        status: z.enum(['within', 'exceeds', 'none']),
        available: z.string().nullable().meta({
          description: 'What is left of the tightest covering budget before this document, base currency',
        }),
        costCentreCode: z.string().nullable(),
      })
      .meta({ description: 'The document against its cost centre budgets; none: no budget covers it' }),
  })
  .meta({ id: 'ApprovalInboxItem' });

export const BulkApproveRequest = z.object({
  items: z
    .array(
      z.object({
        documentType: z.enum(['purchase_order', 'requisition', 'invoice_variance']),
        id: Id,
        /** The version the approver saw (the inbox item's `version`). */
        version: z.number().int().min(1),
      }),
    )
    .min(1, 'list at least one document')
    .max(100, 'approve at most 100 documents at once'),
  comment: z.string().trim().max(2000).optional(),
});

export const BulkApproveResponse = z.object({
  results: z.array(
    z.object({
      documentType: z.enum(['purchase_order', 'requisition', 'invoice_variance']),
      id: Id,
      ok: z.boolean(),
      /** On success: the document's status and version now. */
      status: z.string().optional(),
      version: z.number().int().optional(),
      /** On failure: the HTTP status a single approval would have had, and why. */
      httpStatus: z.number().int().optional(),
      detail: z.string().optional(),
    }),
  ),
});
