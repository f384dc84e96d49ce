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
    subject: z
      .object({
        label: z.string().meta({ description: 'PO-2026-00042, "ACME · Acme Inc.", a person’s name …' }),
        currency: z
          .string()
          .optional()
          .meta({ description: 'The currency of the record’s money, if it has one' }),
      })
      .nullable()
      .meta({ description: 'The record the entry is about, named; null when it no longer exists' }),
    names: z.record(z.string(), z.string()).meta({
      description: 'Names of the records the changes refer to by id (suppliers, people, cost centres …)',
    }),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.output<typeof AuditEntry>;

export const AuditQuery = z.object({
  entityType: text(50).optional(),
  entityId: text(100).optional(),
  actorId: Id.optional(),
});

export const AuditProblem = z
  .object({
    seq: z.number().int().optional().meta({ description: 'The entry the fault concerns' }),
    checkpointId: z.number().int().optional().meta({ description: 'The checkpoint the fault concerns' }),
    problem: z.string(),
  })
  .meta({ id: 'AuditProblem' });

export const AuditChainReport = z
  .object({
    ok: z.boolean(),
    entries: z.number().int().meta({ description: 'Entries in the log; every one was hashed again' }),
    sealed: z.number().int().meta({ description: 'Entries found in a checkpoint’s batch' }),
    unsealed: z.number().int().meta({ description: 'Entries not sealed yet (normal for about a second)' }),
    checkpoints: z.number().int(),
    published: z.number().int().nullable().meta({
      description: 'Checkpoints read from the published file; null when there is none to compare with',
    }),
    brokenAt: z.number().int().optional().meta({ description: 'The first faulty entry’s seq' }),
    checkpointId: z.number().int().optional().meta({ description: 'The first faulty checkpoint’s id' }),
    problem: z.string().optional().meta({ description: 'The first fault, in words' }),
    problems: z.array(AuditProblem).meta({ description: 'The first 50 faults' }),
    faults: z.number().int(),
  })
  .meta({ id: 'AuditChainReport' });
export type AuditChainReport = z.output<typeof AuditChainReport>;

export const AuditCheckpoint = z
  .object({
    id: z.number().int(),
    kind: z.enum(['seal', 'restart']),
    previousHorizon: z.string(),
    horizon: z.string().nullable(),
    seqFloor: z.number().int(),
    seqCeiling: z.number().int().nullable(),
    entryCount: z.number().int(),
    firstSeq: z.number().int().nullable(),
    lastSeq: z.number().int().nullable(),
    head: z.string(),
    previousMac: z.string().nullable(),
    sealedAt: z.string(),
    keyId: z.string(),
    mac: z.string(),
  })
  .meta({ id: 'AuditCheckpoint' });

export const AuditSealResult = z
  .object({
    outcome: z.enum(['sealed', 'nothing', 'busy', 'refused']).meta({
      description:
        'sealed: a new checkpoint; nothing: every committed entry was sealed already; busy: another sealer was at work; refused: see problem',
    }),
    checkpoint: AuditCheckpoint.optional(),
    problem: z.string().optional(),
    publication: z.object({
      filed: z.number().int(),
      sent: z.number().int(),
      failed: z.object({ id: z.number().int(), error: z.string() }).nullable(),
    }),
  })
  .meta({ id: 'AuditSealResult' });
