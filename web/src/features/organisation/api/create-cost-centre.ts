import { CostCentre, type CreateCostCentreRequest } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { CreateCostCentreRequest };

export function createCostCentre(input: CreateCostCentreRequest): Promise<CostCentre> {
  return api.post('/cost-centres', CostCentre, { body: input, idempotent: true });
}

export function useCreateCostCentre() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCostCentre,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.costCentres }),
  });
}
