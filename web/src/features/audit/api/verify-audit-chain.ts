import { AuditChainReport } from '@contracts/audit';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';

export type ChainReport = z.output<typeof AuditChainReport>;

/** Walks the audit hash chain on the server and reports the first broken link, if any. */
export function verifyAuditChain(): Promise<ChainReport> {
  return api.post('/audit/verify', AuditChainReport);
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
