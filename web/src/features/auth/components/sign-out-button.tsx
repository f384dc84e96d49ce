import { Trans, useLingui } from '@lingui/react/macro';
import { ActionIcon, Button } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useLogOut } from '../queries';

/**
 * Sign out, for every header: a labelled button from the `sm` breakpoint, an icon on phones. Ends
 * the session and goes to the sign-in page whatever the server answered.
 */
export function SignOutButton() {
  const { t } = useLingui();
  const logOut = useLogOut();
  const navigate = useNavigate();
  const signOut = () =>
    logOut.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconLogout size={16} />}
        loading={logOut.isPending}
        onClick={signOut}
        visibleFrom="sm"
      >
        <Trans>Sign out</Trans>
      </Button>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t`Sign out`}
        onClick={signOut}
        loading={logOut.isPending}
        hiddenFrom="sm"
      >
        <IconLogout size={18} />
      </ActionIcon>
    </>
  );
}
