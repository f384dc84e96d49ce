import { type WorkbenchOrderRequest, WorkbenchOrderResult } from '@contracts/requisitions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { workbenchKeys } from './query-keys';

export type { WorkbenchOrderRequest, WorkbenchOrderResult };

/**
 * Orders the picked requisition lines: one draft purchase order per supplier, all or none. A 422
 * names the picked line ("lines[2].unitPrice") that could not be ordered.
 */
export function createOrdersFromLines(input: WorkbenchOrderRequest): Promise<WorkbenchOrderResult> {
  return api.post('/workbench/purchase-orders', WorkbenchOrderResult, { body: input, idempotent: true });
}

export function useCreateOrdersFromLines() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrdersFromLines,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: workbenchKeys.all });
      void documentChanged(queryClient, 'purchase_order');
    },
  });
}
