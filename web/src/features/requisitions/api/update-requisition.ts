import { Requisition, type UpdateRequisitionRequest } from '@contracts/requisitions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { requisitionKeys } from './query-keys';

export type { UpdateRequisitionRequest };

/** Saves changes to `version` of a draft (its requester only); `lines` replaces every line. */
export function updateRequisition(args: {
  id: string;
  version: number;
  input: UpdateRequisitionRequest;
}): Promise<Requisition> {
  return api.patch(`/requisitions/${encodeURIComponent(args.id)}`, Requisition, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateRequisition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRequisition,
    onSuccess: (requisition) => {
      queryClient.setQueryData(requisitionKeys.detail(requisition.id), requisition);
      void documentChanged(queryClient, 'requisition');
    },
  });
}
