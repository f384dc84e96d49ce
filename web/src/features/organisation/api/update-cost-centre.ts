import { CostCentre, type UpdateCostCentreRequest } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, organisationKeys } from './query-keys';

export type { UpdateCostCentreRequest };

/** Saves changes made to `version` of the cost centre; a 412 means someone else saved first. */
export function updateCostCentre(args: {
  id: string;
  version: number;
  input: UpdateCostCentreRequest;
}): Promise<CostCentre> {
  return api.patch(`/cost-centres/${encodeURIComponent(args.id)}`, CostCentre, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateCostCentre() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCostCentre,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationKeys.costCentres });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
