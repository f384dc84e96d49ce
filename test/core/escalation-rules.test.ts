import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueActions, nextLevelSteps, type WaitingStep } from '../../src/core/approvals/rules';

/** What the reminder and escalation sweep owes a waiting step at a given time. */
const T0 = new Date('2026-03-02T09:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3600_000);
const step = (patch: Partial<WaitingStep> = {}): WaitingStep => ({
  status: 'pending',
  activatedAt: T0,
  reminderHours: 24,
  escalationHours: 48,
  fallbackUserId: 'fallback',
  remindedAt: null,
  escalatedAt: null,
  approverUserIds: ['ann', 'bo'],
  ...patch,
});

describe('dueActions', () => {
  it('reminds once the reminder time has passed, and escalates once the escalation time has', () => {
    expect(dueActions(step(), hours(23.99))).toEqual({
      remind: false,
      escalate: false,
      fallbackJoins: false,
    });
    expect(dueActions(step(), hours(24))).toEqual({ remind: true, escalate: false, fallbackJoins: false });
    expect(dueActions(step(), hours(48))).toEqual({ remind: true, escalate: true, fallbackJoins: true });
  });

  it('does each only once', () => {
    const done = step({ remindedAt: hours(24), escalatedAt: hours(48) });
    expect(dueActions(done, hours(500))).toEqual({ remind: false, escalate: false, fallbackJoins: false });
    expect(dueActions(step({ remindedAt: hours(24) }), hours(48)).remind).toBe(false);
  });

  it('owes nothing to a decided step, a step not current yet, or one without times', () => {
    expect(dueActions(step({ status: 'approved' }), hours(100)).remind).toBe(false);
    expect(dueActions(step({ activatedAt: null }), hours(100)).remind).toBe(false);
    expect(dueActions(step({ reminderHours: null, escalationHours: null }), hours(100))).toEqual({
      remind: false,
      escalate: false,
      fallbackJoins: false,
    });
  });

  it('escalates only with a fallback, and adds them only when they are neither an approver nor an author', () => {
    expect(dueActions(step({ fallbackUserId: null }), hours(100)).escalate).toBe(false);
    expect(dueActions(step({ approverUserIds: ['ann', 'fallback'] }), hours(100))).toMatchObject({
      escalate: true,
      fallbackJoins: false,
    });
    expect(dueActions(step(), hours(100), new Set(['fallback']))).toMatchObject({
      escalate: true,
      fallbackJoins: false,
    });
  });

  it('never reminds before the reminder time nor escalates before the escalation time (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 2000 }),
        (reminder, extra, waitedHours) => {
          const s = step({ reminderHours: reminder, escalationHours: reminder + extra });
          const due = dueActions(s, hours(waitedHours));
          expect(due.remind).toBe(waitedHours >= reminder);
          expect(due.escalate).toBe(waitedHours >= reminder + extra);
        },
      ),
    );
  });
});

describe('nextLevelSteps', () => {
  it('is the pending steps of the lowest pending level', () => {
    const steps = [
      { id: 'a', level: 1, status: 'approved' as const },
      { id: 'b', level: 2, status: 'pending' as const },
      { id: 'c', level: 2, status: 'pending' as const },
      { id: 'd', level: 3, status: 'pending' as const },
    ];
    expect(nextLevelSteps(steps).map((s) => s.id)).toEqual(['b', 'c']);
    expect(nextLevelSteps([{ id: 'a', level: 1, status: 'approved' as const }])).toEqual([]);
  });
});
