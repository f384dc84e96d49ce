import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Group, Tooltip } from '@mantine/core';
import { describePattern } from './event-types';

/** An endpoint's subscriptions as badges; past `max`, the rest are counted in a "+n" badge. */
export function EventTypeBadges({ eventTypes, max }: { eventTypes: readonly string[]; max?: number }) {
  const { i18n } = useLingui();
  const shown = max === undefined ? eventTypes : eventTypes.slice(0, max);
  const rest = eventTypes.length - shown.length;
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((t) => {
        const description = describePattern(i18n, t);
        const badge = (
          <Badge
            key={t}
            variant={description ? 'light' : 'default'}
            color={description ? 'indigo' : undefined}
            title={t}
            radius="sm"
            tt="none"
            fw={500}
            style={{ fontFamily: 'var(--mantine-font-family-monospace)', maxWidth: '100%' }}
          >
            {t}
          </Badge>
        );
        return description ? (
          <Tooltip key={t} label={description} withArrow>
            {badge}
          </Tooltip>
        ) : (
          badge
        );
      })}
      {rest > 0 && (
        <Tooltip label={eventTypes.slice(shown.length).join(', ')} withArrow multiline maw={320}>
          <Badge variant="outline" color="gray" radius="sm" tt="none">
            <Trans>+{rest} more</Trans>
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
