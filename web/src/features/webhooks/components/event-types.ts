import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/**
 * How event types are offered and shown: grouped by the document they are about, with the
 * `<subject>.*` and `*` patterns an endpoint may also subscribe to.
 */
const SUBJECTS: Record<string, { label: MessageDescriptor; every: MessageDescriptor }> = {
  purchase_order: { label: msg`Purchase orders`, every: msg`Every purchase order event` },
  requisition: { label: msg`Requisitions`, every: msg`Every requisition event` },
  approval: { label: msg`Approvals`, every: msg`Every approval event` },
};

/** `webhook.ping` reaches the endpoint it tests whatever it subscribed to: nothing to choose. */
const NOT_SUBSCRIBABLE = new Set(['webhook']);

export const ALL_EVENTS = '*';

export function subjectOf(pattern: string): string {
  return pattern.split('.')[0] ?? pattern;
}

export function subjectLabel(i18n: I18n, subject: string): string {
  const known = SUBJECTS[subject];
  return known ? i18n._(known.label) : subject;
}

/** What a pattern means, for an option's second line and a badge's tooltip. */
export function describePattern(i18n: I18n, pattern: string): string | null {
  if (pattern === ALL_EVENTS) return i18n._(msg`Every event, including types added later`);
  if (pattern.endsWith('.*')) {
    const subject = subjectOf(pattern);
    const known = SUBJECTS[subject];
    return known ? i18n._(known.every) : i18n._(msg`Every ${subject} event`);
  }
  return null;
}

export type EventTypeGroup = { group: string; items: { value: string; label: string }[] };

/**
 * The multi-select's options: `*`, then per subject its `<subject>.*` and its types. Patterns the
 * endpoint already has but the catalogue no longer lists stay selectable, so they can be removed.
 */
export function eventTypeOptions(
  i18n: I18n,
  types: readonly string[],
  selected: readonly string[] = [],
): EventTypeGroup[] {
  const bySubject = new Map<string, string[]>();
  for (const t of types) {
    const subject = subjectOf(t);
    if (NOT_SUBSCRIBABLE.has(subject)) continue;
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), t]);
  }
  const groups: EventTypeGroup[] = [
    { group: i18n._(msg`Everything`), items: [{ value: ALL_EVENTS, label: ALL_EVENTS }] },
    ...[...bySubject].map(([subject, list]) => ({
      group: subjectLabel(i18n, subject),
      items: [`${subject}.*`, ...list].map((value) => ({ value, label: value })),
    })),
  ];
  const offered = new Set(groups.flatMap((g) => g.items.map((i) => i.value)));
  const others = selected.filter((s) => !offered.has(s));
  if (others.length > 0)
    groups.push({ group: i18n._(msg`Other`), items: others.map((value) => ({ value, label: value })) });
  return groups;
}
