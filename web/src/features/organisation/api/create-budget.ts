import { Budget, type CreateBudgetRequest } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, organisationKeys } from './query-keys';

export type { CreateBudgetRequest };

export function createBudget(input: CreateBudgetRequest): Promise<Budget> {
  return api.post('/budgets', Budget, { body: input, idempotent: true });
}

export function useCreateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBudget,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.budgets });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
