import { RemoteSelect, type RemoteSelectProps } from '@/components/remote-select';
import { getItem } from '../api/get-item';
import { type Item, listItems } from '../api/list-items';
import { catalogKeys } from '../api/query-keys';

const optionOf = (item: Item, disableInactive: boolean) => ({
  value: item.id,
  label: `${item.sku} · ${item.name}${item.active ? '' : ' (inactive)'}`,
  disabled: disableInactive && !item.active,
});

/** An item picker searching SKU, name and description as the user types. */
export function ItemSelect({
  disableInactive = false,
  ...props
}: Omit<RemoteSelectProps, 'queryKey' | 'search' | 'resolve'> & {
  /** Inactive items are shown but cannot be picked (e.g. for a new price). */
  disableInactive?: boolean;
}) {
  return (
    <RemoteSelect
      nothingFoundMessage="No item matches"
      {...props}
      queryKey={[...catalogKeys.itemPicker(), disableInactive]}
      search={(q, signal) =>
        listItems({ q: q || undefined }, { limit: 20, signal }).then((page) =>
          page.items.map((i) => optionOf(i, disableInactive)),
        )
      }
      resolve={(id, signal) => getItem(id, signal).then((i) => optionOf(i, disableInactive))}
    />
  );
}
