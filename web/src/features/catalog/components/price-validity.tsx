import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import dayjs from 'dayjs';
import { formatDate } from '@/lib/format';

export type Validity = 'current' | 'expired' | 'future';

export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** Whether an entry applies on `date` (ISO dates compare as text). */
export function validityOn(entry: { validFrom: string; validTo: string | null }, date = today()): Validity {
  if (entry.validFrom > date) return 'future';
  if (entry.validTo !== null && entry.validTo < date) return 'expired';
  return 'current';
}

const LABELS: Record<Validity, MessageDescriptor> = {
  current: msg`Valid`,
  expired: msg`Expired`,
  future: msg`Not yet valid`,
};
const COLORS: Record<Validity, string> = { current: 'teal', expired: 'gray', future: 'blue' };

export function ValidityBadge({ entry }: { entry: { validFrom: string; validTo: string | null } }) {
  const { i18n } = useLingui();
  const v = validityOn(entry);
  return (
    <Badge color={COLORS[v]} variant="light" size="sm" radius="sm">
      {i18n._(LABELS[v])}
    </Badge>
  );
}

/** "1 Jan 2026 – 31 Dec 2026", "From 1 Jan 2026". */
export function describeValidity(i18n: I18n, entry: { validFrom: string; validTo: string | null }): string {
  const from = formatDate(entry.validFrom);
  return entry.validTo ? `${from} – ${formatDate(entry.validTo)}` : i18n._(msg`From ${from}`);
}
