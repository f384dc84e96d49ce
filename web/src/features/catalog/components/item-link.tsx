import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useItem } from '../queries';

/**
 * An item by id, linking to its page (each item is fetched once and cached): "SKU · name" on one
 * line, or `stacked` with the SKU over the name for narrow table cells.
 */
export function ItemLink({ id, stacked = false }: { id: string; stacked?: boolean }) {
  const { data, isError } = useItem(id);
  if (!data) {
    return (
      <Text size="sm" c="dimmed" ff="monospace" title={id} component="span">
        {isError ? id.slice(0, 8) : '…'}
      </Text>
    );
  }
  if (stacked) {
    return (
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/catalog/items/${data.id}`} size="sm" ff="monospace" fw={500}>
          {data.sku}
        </Anchor>
        <Text size="xs" c="dimmed" truncate="end" title={data.name}>
          {data.name}
        </Text>
      </Stack>
    );
  }
  return (
    <Anchor component={Link} to={`/catalog/items/${data.id}`} size="sm" title={data.name}>
      {data.sku} · {data.name}
    </Anchor>
  );
}
