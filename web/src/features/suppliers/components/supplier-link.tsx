import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useSupplier } from '../api/get-supplier';

/** A supplier's code and name by id, linking to its page (each supplier is fetched once and cached). */
export function SupplierLink({ id, withName = true }: { id: string; withName?: boolean }) {
  const { data, isError } = useSupplier(id);
  if (!data) {
    return (
      <Text size="sm" c="dimmed" ff="monospace" title={id} component="span">
        {isError ? id.slice(0, 8) : '…'}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/suppliers/${data.id}`} size="sm" title={data.legalName}>
      {withName ? `${data.code} · ${data.legalName}` : data.code}
    </Anchor>
  );
}
