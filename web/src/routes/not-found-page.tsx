import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '@/lib/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <Center py={80}>
      <Stack align="center" gap="sm" ta="center">
        <Title order={1} fz={28}>
          Page not found
        </Title>
        <Text c="dimmed">There is no page at this address. It may have moved, or the link is wrong.</Text>
        <Button component={Link} to="/" variant="light" mt="sm">
          Go to the start page
        </Button>
      </Stack>
    </Center>
  );
}
