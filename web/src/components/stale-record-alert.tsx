import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';

/**
 * A save was refused with 412: someone else saved the record after it was opened. Reloading shows
 * their version (and throws away the unsaved edits, which the text says).
 */
export function StaleRecordAlert({ onReload, reloading }: { onReload?: () => void; reloading?: boolean }) {
  const { t } = useLingui();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t`Someone else changed this record — reload`}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          <Trans>
            Someone else saved this after you opened it. Reload to see the current version; your unsaved
            changes here will be replaced.
          </Trans>
        </Text>
        {onReload && (
          <Button
            size="xs"
            color="orange"
            leftSection={<IconRefresh size={14} />}
            onClick={onReload}
            loading={reloading}
          >
            <Trans>Reload</Trans>
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
