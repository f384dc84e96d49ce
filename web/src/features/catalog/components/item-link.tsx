import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useItem } from '../api/get-item';

/** An item's SKU and name by id, linking to its page (each item is fetched once and cached). */
export function ItemLink({ id, withName = true }: { id: string; withName?: boolean }) {
  const { data, isError } = useItem(id);
  if (!data) {
    return (
      <Text size="sm" c="dimmed" ff="monospace" title={id} component="span">
        {isError ? id.slice(0, 8) : '…'}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/catalog/items/${data.id}`} size="sm" title={data.name}>
      {withName ? `${data.sku} · ${data.name}` : data.sku}
    </Anchor>
  );
}
