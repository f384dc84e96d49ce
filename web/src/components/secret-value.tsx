import { useLingui } from '@lingui/react/macro';
import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/**
 * A secret shown once (an API token, a webhook signing secret): wrapped anywhere so it fits a
 * phone, with a copy button. `labelledBy` names the element that says what it is.
 */
export function SecretValue({
  value,
  labelledBy,
  copyLabel,
  ...data
}: {
  value: string;
  labelledBy: string;
  copyLabel: string;
} & Record<`data-${string}`, boolean>) {
  const { t } = useLingui();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code
        block
        style={{ flex: 1, minWidth: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 14 }}
        aria-labelledby={labelledBy}
        {...data}
      >
        {value}
      </Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t`Copied` : t`Copy`} withArrow>
            <ActionIcon
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : 'blue'}
              size="lg"
              onClick={copy}
              aria-label={copied ? t`Copied` : copyLabel}
            >
              {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
