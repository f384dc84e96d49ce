import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Switch } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { ApiTokenTable } from '@/features/api-tokens/components/api-token-table';
import { CreateApiTokenModal } from '@/features/api-tokens/components/create-api-token-modal';
import { useApiTokens } from '@/features/api-tokens/queries';
import { useCan } from '@/features/auth/use-can';
import { UserName } from '@/features/users/components/user-name';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['all'] as const;

export function ApiTokensPage() {
  const { t } = useLingui();
  usePageTitle(t`API tokens`);
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const isAdmin = can('tokens:admin');
  // Local state answers the switch at once; the URL keeps the choice for reloads and links.
  const [showAll, setShowAll] = useState(filters.all === 'true');
  const all = isAdmin && showAll;
  const query = useApiTokens({ all });
  const [creating, create] = useDisclosure();
  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={create.open}>
      <Trans>Create token</Trans>
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t`API tokens`}
        description={
          all
            ? t`Every user’s personal API tokens. Revoke any that should no longer work.`
            : t`Personal tokens let scripts and other systems use the API as you, with your permissions.`
        }
        actions={createButton}
      />
      <ApiTokenTable
        tokens={query.data}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        renderOwner={
          all ? (userId) => (can('users:read') ? <UserName id={userId} /> : userId.slice(0, 8)) : undefined
        }
        emptyAction={all ? undefined : createButton}
        toolbar={
          isAdmin ? (
            <Switch
              label={t`All users`}
              checked={all}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setShowAll(checked);
                setFilters({ all: checked ? 'true' : null });
              }}
            />
          ) : undefined
        }
      />
      <CreateApiTokenModal opened={creating} onClose={create.close} />
    </>
  );
}
