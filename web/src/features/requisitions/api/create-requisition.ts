import { type CreateRequisitionRequest, Requisition } from '@contracts/requisitions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { requisitionKeys } from './query-keys';

export type { CreateRequisitionRequest };

/** Raises a requisition as a draft, requested by the signed-in user. */
export function createRequisition(input: CreateRequisitionRequest): Promise<Requisition> {
  return api.post('/requisitions', Requisition, { body: input, idempotent: true });
}

export function useCreateRequisition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRequisition,
    onSuccess: (requisition) => {
      queryClient.setQueryData(requisitionKeys.detail(requisition.id), requisition);
      void documentChanged(queryClient, 'requisition');
    },
  });
}
