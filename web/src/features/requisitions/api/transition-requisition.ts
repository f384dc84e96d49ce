import { Requisition } from '@contracts/requisitions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { requisitionKeys } from './query-keys';

/**
 * The transitions of a requisition (POST /requisitions/{id}/submit | approve | request-changes |
 * reject | cancel | close). Submit and approve take an optional comment, request-changes a
 * required one; the others a required reason.
 */
export type RequisitionAction = 'submit' | 'approve' | 'request_changes' | 'reject' | 'cancel' | 'close';

const TAKES_COMMENT: ReadonlySet<RequisitionAction> = new Set(['submit', 'approve', 'request_changes']);

export function transitionRequisition(args: {
  id: string;
  version: number;
  action: RequisitionAction;
  /** The reason (reject, cancel, close) or the comment (submit, approve). */
  text?: string;
}): Promise<Requisition> {
  const text = args.text?.trim();
  const body = TAKES_COMMENT.has(args.action) ? (text ? { comment: text } : {}) : { reason: text ?? '' };
  const path = args.action.replace('_', '-');
  return api.post(`/requisitions/${encodeURIComponent(args.id)}/${path}`, Requisition, {
    body,
    version: args.version,
  });
}

export function useTransitionRequisition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionRequisition,
    onSuccess: (requisition) => {
      queryClient.setQueryData(requisitionKeys.detail(requisition.id), requisition);
      void documentChanged(queryClient, 'requisition');
    },
    onError: (error, { id }) => {
      // Stale version: fetch the current one so a second try is based on it.
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: requisitionKeys.detail(id) });
    },
  });
}
