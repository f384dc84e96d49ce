import { RemoteSelect, type RemoteSelectProps } from '@/components/remote-select';
import { getUser, type User } from '../api/get-user';
import { listUsers } from '../api/list-users';

const optionOf = (u: User) => ({
  value: u.id,
  label: `${u.name} (${u.email})${u.active ? '' : ' — inactive'}`,
});

/** A user picker searching name and e-mail as the user types (active users; the current choice stays). */
export function UserSelect(props: Omit<RemoteSelectProps, 'queryKey' | 'search' | 'resolve'>) {
  return (
    <RemoteSelect
      nothingFoundMessage="No user matches"
      {...props}
      queryKey={['users', 'picker']}
      search={(q, signal) =>
        listUsers({ q: q || undefined, active: 'true' }, { limit: 20, signal }).then((page) =>
          page.items.map(optionOf),
        )
      }
      resolve={(id, signal) => getUser(id, signal).then(optionOf)}
    />
  );
}
