/** Cache keys of the approval desk: the inbox and the signed-in user's delegations. */
export const approvalKeys = {
  all: ['approvals'] as const,
  inbox: (limit?: number) => ['approvals', 'inbox', limit] as const,
  delegations: () => ['approvals', 'delegations'] as const,
  delegateCandidates: () => ['approvals', 'delegate-candidates'] as const,
};

/** A decision changes documents: their lists, details, routes and histories follow. */
export const requisitionsRootKey = ['requisitions'] as const;
export const purchaseOrdersRootKey = ['purchase-orders'] as const;
export const auditRootKey = ['audit'] as const;
