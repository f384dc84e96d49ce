import { Trans, useLingui } from '@lingui/react/macro';
import { type MantineColorScheme, SegmentedControl, Stack, Text, useMantineColorScheme } from '@mantine/core';

/** Light, dark, or as the device is set: kept in this browser. */
export function AppearancePicker() {
  const { t } = useLingui();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id="appearance-label">
        <Trans>Appearance</Trans>
      </Text>
      <SegmentedControl
        aria-labelledby="appearance-label"
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={[
          { value: 'auto', label: t`As my device` },
          { value: 'light', label: t`Light` },
          { value: 'dark', label: t`Dark` },
        ]}
        w="fit-content"
      />
      <Text size="xs" c="dimmed">
        <Trans>“As my device” follows your system’s light or dark setting.</Trans>
      </Text>
    </Stack>
  );
}
