import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '@/lib/use-page-title';

export function NotFoundPage() {
  const { t } = useLingui();
  usePageTitle(t`Page not found`);
  return (
    <Center py={80}>
      <Stack align="center" gap="sm" ta="center">
        <Title order={1} fz={28}>
          <Trans>Page not found</Trans>
        </Title>
        <Text c="dimmed">
          <Trans>There is no page at this address. It may have moved, or the link is wrong.</Trans>
        </Text>
        <Button component={Link} to="/" variant="light" mt="sm">
          <Trans>Go to the start page</Trans>
        </Button>
      </Stack>
    </Center>
  );
}
