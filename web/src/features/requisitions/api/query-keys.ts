import type { RequisitionListQuery } from '@contracts/requisitions';
import type { z } from 'zod';

export type RequisitionListFilter = z.input<typeof RequisitionListQuery>;

export const requisitionKeys = {
  all: ['requisitions'] as const,
  lists: () => ['requisitions', 'list'] as const,
  list: (filter: RequisitionListFilter, limit?: number) => ['requisitions', 'list', filter, limit] as const,
  detail: (id: string) => ['requisitions', 'detail', id] as const,
  /** Keyed by version too: any change to the requisition (edit, submit, decision) asks for the route again. */
  approvalRoute: (id: string, version: number) => ['requisitions', 'approval-route', id, version] as const,
  /** The route of a requisition as it is typed (the request body is the key). */
  approvalRoutePreview: (request: object) => ['requisitions', 'approval-route-preview', request] as const,
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
export const auditRootKey = ['audit'] as const;

/** The buyer's workbench lists the lines of approved requisitions: refreshed when one changes. */
export const workbenchRootKey = ['workbench'] as const;
