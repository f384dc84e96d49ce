import { Trans, useLingui } from '@lingui/react/macro';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useCan } from '@/features/auth/use-can';
import type { RenderUserSelect } from '@/features/organisation/components/user-picker-field';
import { UserName } from '@/features/users/components/user-name';
import { UserSelect } from '@/features/users/components/user-select';

/**
 * How the organisation pages show and pick users (heads, owners). Users without users:read see
 * that someone is assigned but not who, and get no picker (the field is then left unchanged).
 */
export function useUserRenderers(): {
  renderUser: (userId: string) => ReactNode;
  renderUserSelect: RenderUserSelect;
} {
  const { t } = useLingui();
  const can = useCan();
  if (!can('users:read')) {
    return {
      renderUser: () => (
        <Text size="sm" c="dimmed" title={t`You may not see users`}>
          <Trans>Assigned</Trans>
        </Text>
      ),
      renderUserSelect: undefined,
    };
  }
  return {
    renderUser: (userId) => <UserName id={userId} />,
    renderUserSelect: (field) => <UserSelect {...field} />,
  };
}
