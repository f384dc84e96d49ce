import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useSupplier } from '../queries';

/**
 * A supplier by id, linking to its page (each supplier is fetched once and cached): "CODE · name"
 * on one line, or `stacked` with the code over the name for narrow table cells.
 */
export function SupplierLink({ id, stacked = false }: { id: string; stacked?: boolean }) {
  const { data, isError } = useSupplier(id);
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
        <Anchor component={Link} to={`/suppliers/${data.id}`} size="sm" ff="monospace" fw={500}>
          {data.code}
        </Anchor>
        <Text size="xs" c="dimmed" truncate="end" title={data.legalName}>
          {data.legalName}
        </Text>
      </Stack>
    );
  }
  return (
    <Anchor component={Link} to={`/suppliers/${data.id}`} size="sm" title={data.legalName}>
      {data.code} · {data.legalName}
    </Anchor>
  );
}
