import { Unit, type UpdateUnitRequest } from '@contracts/catalog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, catalogKeys } from './query-keys';

export type { UpdateUnitRequest };

/** Saves changes made to `version` of the unit (its code never changes); a 412 means someone else saved first. */
export function updateUnit(args: { code: string; version: number; input: UpdateUnitRequest }): Promise<Unit> {
  return api.patch(`/units/${encodeURIComponent(args.code)}`, Unit, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.units });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}
