import { AuditChainReport } from '@contracts/audit';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';

export type ChainReport = z.output<typeof AuditChainReport>;

/** Verifies the audit trail on the server (entries, checkpoints, published copy) and reports its faults. */
export function verifyAuditChain(): Promise<ChainReport> {
  return api.post('/audit/verify', AuditChainReport);
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
