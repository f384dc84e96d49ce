import { type CreateUnitRequest, Unit } from '@contracts/catalog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { catalogKeys } from './query-keys';

export type { CreateUnitRequest };

export function createUnit(input: CreateUnitRequest): Promise<Unit> {
  return api.post('/units', Unit, { body: input, idempotent: true });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogKeys.units }),
  });
}
