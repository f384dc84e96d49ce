import { Budget, type UpdateBudgetRequest } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, organisationKeys } from './query-keys';

export type { UpdateBudgetRequest };

/** Changes the amount of `version` of the budget; a 412 means someone else saved first. */
export function updateBudget(args: {
  id: string;
  version: number;
  input: UpdateBudgetRequest;
}): Promise<Budget> {
  return api.patch(`/budgets/${encodeURIComponent(args.id)}`, Budget, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBudget,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.budgets });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
