import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { RemoteSelect, type RemoteSelectProps } from '@/components/remote-select';
import { getUser, listUsers, type User } from '../queries';

function optionOf(i18n: I18n, { id, name, email, active }: User) {
  return {
    value: id,
    label: active ? `${name} (${email})` : i18n._(msg`${name} (${email}) — inactive`),
  };
}

/** A picker of the organisation's people (active, never a supplier's portal user) searching name and e-mail as the user types; the current choice stays. */
export function UserSelect(props: Omit<RemoteSelectProps, 'queryKey' | 'search' | 'resolve'>) {
  const { t, i18n } = useLingui();
  return (
    <RemoteSelect
      nothingFoundMessage={t`No user matches`}
      {...props}
      queryKey={['users', 'picker']}
      search={(q, signal) =>
        listUsers({ q: q || undefined, active: 'true', kind: 'organisation' }, { limit: 20, signal }).then(
          (page) => page.items.map((u) => optionOf(i18n, u)),
        )
      }
      resolve={(id, signal) => getUser(id, signal).then((u) => optionOf(i18n, u))}
    />
  );
}
