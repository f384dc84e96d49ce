import { type MantineColorScheme, SegmentedControl, Stack, Text, useMantineColorScheme } from '@mantine/core';

/** Light, dark, or as the device is set: kept in this browser. */
export function AppearancePicker() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id="appearance-label">
        Appearance
      </Text>
      <SegmentedControl
        aria-labelledby="appearance-label"
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={[
          { value: 'auto', label: 'As my device' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        w="fit-content"
      />
      <Text size="xs" c="dimmed">
        “As my device” follows your system’s light or dark setting.
      </Text>
    </Stack>
  );
}
