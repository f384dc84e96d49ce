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

const LABELS: Record<Validity, string> = { current: 'Valid', expired: 'Expired', future: 'Not yet valid' };
const COLORS: Record<Validity, string> = { current: 'teal', expired: 'gray', future: 'blue' };

export function ValidityBadge({ entry }: { entry: { validFrom: string; validTo: string | null } }) {
  const v = validityOn(entry);
  return (
    <Badge color={COLORS[v]} variant="light" size="sm" radius="sm">
      {LABELS[v]}
    </Badge>
  );
}

/** "1 Jan 2026 – 31 Dec 2026", "From 1 Jan 2026". */
export function describeValidity(entry: { validFrom: string; validTo: string | null }): string {
  return entry.validTo
    ? `${formatDate(entry.validFrom)} – ${formatDate(entry.validTo)}`
    : `From ${formatDate(entry.validFrom)}`;
}
