import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Center, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconInbox, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { errorMessage } from '@/lib/api';

/** A centred spinner with a label that screen readers announce. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useLingui();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label ?? t`Loading…`}
        </Text>
      </Group>
    </Center>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <ThemeIcon variant="light" color="gray" size={48} radius="xl">
          <IconInbox size={26} stroke={1.5} />
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        {children && (
          <Text c="dimmed" size="sm">
            {children}
          </Text>
        )}
        {action}
      </Stack>
    </Center>
  );
}

export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useLingui();
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? t`Could not load this`}
      icon={<IconAlertTriangle size={18} />}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            <Trans>Try again</Trans>
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function ForbiddenState({ children }: { children?: ReactNode }) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <ThemeIcon variant="light" color="gray" size={48} radius="xl">
          <IconLock size={26} stroke={1.5} />
        </ThemeIcon>
        <Text fw={600}>
          <Trans>You do not have access to this page</Trans>
        </Text>
        <Text c="dimmed" size="sm">
          {children ?? (
            <Trans>
              Your roles do not include the permission it needs. An administrator can change your roles.
            </Trans>
          )}
        </Text>
      </Stack>
    </Center>
  );
}
