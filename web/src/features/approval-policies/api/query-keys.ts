export const approvalPolicyKeys = {
  all: ['approval-policies'] as const,
  list: () => ['approval-policies', 'list'] as const,
  detail: (id: string) => ['approval-policies', 'detail', id] as const,
};

/** Every cached audit list: refreshed after a change so a record's history shows it. */
export const auditRootKey = ['audit'] as const;
