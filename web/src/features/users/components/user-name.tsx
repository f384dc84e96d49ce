import { Text } from '@mantine/core';
import { useUser } from '../queries';

/** A user's name by id (cached per user), e.g. the owner of an API token. */
export function UserName({ id }: { id: string }) {
  const { data, isError } = useUser(id);
  if (data) return <Text size="sm">{data.name}</Text>;
  return (
    <Text size="sm" c="dimmed" ff="monospace" title={id}>
      {isError ? id.slice(0, 8) : '…'}
    </Text>
  );
}
