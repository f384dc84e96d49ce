import { useLingui } from '@lingui/react/macro';
import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import {
  IconBell,
  IconCheck,
  IconClockExclamation,
  IconMessageCircleExclamation,
  IconStar,
  IconX,
} from '@tabler/icons-react';
import { formatDateTime, formatRelative } from '@/lib/format';
import type { NotificationItem } from '../queries';

function KindIcon({ kind }: { kind: string }) {
  if (kind === 'approved') return <IconCheck size={18} color="var(--mantine-color-teal-text)" />;
  if (kind === 'rejected') return <IconX size={18} color="var(--mantine-color-red-text)" />;
  if (kind === 'changes_requested')
    return <IconMessageCircleExclamation size={18} color="var(--mantine-color-orange-text)" />;
  if (kind === 'approval_reminder' || kind === 'approval_escalated')
    return <IconClockExclamation size={18} color="var(--mantine-color-orange-text)" />;
  if (kind === 'rating_requested') return <IconStar size={18} color="var(--mantine-color-yellow-text)" />;
  return <IconBell size={18} color="var(--mantine-color-indigo-text)" />;
}

/**
 * Notifications, newest first; unread ones are highlighted. Choosing one opens its page (where a
 * signed-in user acts with the page's buttons) and marks it read.
 */
export function NotificationList({
  items,
  onOpen,
  compact = false,
}: {
  items: NotificationItem[];
  onOpen: (item: NotificationItem) => void;
  compact?: boolean;
}) {
  const { t } = useLingui();
  return (
    <Stack gap={4} role="list" aria-label={t`Notifications`}>
      {items.map((n) => {
        const unread = n.readAt === null;
        const title = n.title;
        return (
          <UnstyledButton
            key={n.id}
            role="listitem"
            onClick={() => onOpen(n)}
            p="sm"
            aria-label={unread ? t`Unread: ${title}` : title}
            style={{
              borderRadius: 'var(--mantine-radius-md)',
              background: unread ? 'var(--mantine-color-indigo-0)' : undefined,
              // eslint-disable-next-line lingui/no-unlocalized-strings -- CSS border values
              borderLeft: unread ? '3px solid var(--mantine-color-indigo-5)' : '3px solid transparent',
            }}
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Box pt={2}>
                <KindIcon kind={n.kind} />
              </Box>
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={unread ? 600 : 400} lineClamp={compact ? 2 : undefined}>
                  {n.title}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={compact ? 2 : undefined}>
                  {n.body}
                </Text>
                <Text size="xs" c="dimmed" title={formatDateTime(n.createdAt)}>
                  {formatRelative(n.createdAt)}
                </Text>
              </Stack>
            </Group>
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
