import { z } from 'zod';
import { dateOut, Id, text } from './common';

export const AuditEntry = z
  .object({
    seq: z.number().int(),
    at: dateOut,
    actorId: Id.nullable(),
    actorName: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    action: z.string(),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
    reason: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.output<typeof AuditEntry>;

export const AuditQuery = z.object({
  entityType: text(50).optional(),
  entityId: text(100).optional(),
  actorId: Id.optional(),
});

export const AuditChainReport = z.union([
  z.object({ ok: z.literal(true), entries: z.number().int() }),
  z.object({
    ok: z.literal(false),
    entries: z.number().int(),
    brokenAt: z.number().int(),
    problem: z.string(),
  }),
]);
