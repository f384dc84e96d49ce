import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The frame of the pages before signing in: the name on the page's background, a card in the middle. */
export function AuthFrame({ width = 400, children }: { width?: number; children: ReactNode }) {
  return (
    <Box mih="100vh" bg="var(--openpo-page-bg)">
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={width} gap="lg">
          <Group gap={10} justify="center">
            <IconFileInvoice size={34} stroke={1.6} color="var(--mantine-color-indigo-text)" />
            <Text fw={750} fz={28}>
              OpenPO
            </Text>
          </Group>
          <Paper withBorder shadow="sm" radius="lg" p="xl">
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
