import type { Grade } from '@contracts/evaluation';
import { useLingui } from '@lingui/react/macro';
import { Badge, type BadgeProps, Tooltip } from '@mantine/core';

/** A: green, B: lime, C: orange, D: red (filled; the theme picks black or white text that reads on each). */
export const GRADE_COLORS: Record<Grade, string> = { A: 'green', B: 'lime', C: 'orange', D: 'red' };

/**
 * A supplier's grade, A to D, or "–" when it has too few orders in the period to be graded
 * (never a D for want of data). Its accessible name says which ("Grade B", "Not graded"); a
 * tooltip may add the score or why there is none.
 */
export function GradeBadge({
  grade,
  score,
  size = 'md',
  tooltip,
}: {
  grade: Grade | null;
  /** The score (0–100) the grade is for, named with it. */
  score?: string | null;
  size?: BadgeProps['size'];
  /** Said on hover, e.g. "Not enough data: 2 of minimum 3 orders". */
  tooltip?: string;
}) {
  const { t } = useLingui();
  const name = grade
    ? score
      ? t`Grade ${grade}, score ${score}`
      : t`Grade ${grade}`
    : t`Not graded: not enough data`;
  const badge = (
    <Badge
      color={grade ? GRADE_COLORS[grade] : 'gray'}
      variant={grade ? 'filled' : 'light'}
      size={size}
      radius="sm"
      w={size === 'xl' ? 44 : size === 'lg' ? 36 : 28}
      px={0}
      role="img"
      aria-label={name}
      style={{ flexShrink: 0 }}
    >
      {grade ?? '–'}
    </Badge>
  );
  return tooltip ? (
    <Tooltip label={tooltip} withArrow multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
