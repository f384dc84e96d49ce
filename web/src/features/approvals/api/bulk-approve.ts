import { BulkApproveResponse } from '@contracts/approvals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';

export type BulkApproveResult = z.output<typeof BulkApproveResponse>['results'][number];
export type BulkApproveItem = { documentType: 'purchase_order' | 'requisition'; id: string; version: number };

/** POST /approvals/bulk-approve: each document succeeds or fails on its own, with the reason. */
export function bulkApprove(args: {
  items: BulkApproveItem[];
  comment?: string;
}): Promise<BulkApproveResult[]> {
  const comment = args.comment?.trim();
  return api
    .post('/approvals/bulk-approve', BulkApproveResponse, {
      body: { items: args.items, ...(comment ? { comment } : {}) },
    })
    .then((r) => r.results);
}

export function useBulkApprove() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkApprove,
    onSettled: () => {
      void documentChanged(queryClient, 'approval');
    },
  });
}
