import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { RemoteSelect, type RemoteSelectProps } from '@/components/remote-select';
import { catalogKeys, getItem, type Item, listItems } from '../queries';

function optionOf(i18n: I18n, item: Item, disableInactive: boolean) {
  const label = `${item.sku} · ${item.name}`;
  return {
    value: item.id,
    label: item.active ? label : i18n._(msg`${label} (inactive)`),
    disabled: disableInactive && !item.active,
  };
}

/** An item picker searching SKU, name and description as the user types. */
export function ItemSelect({
  disableInactive = false,
  ...props
}: Omit<RemoteSelectProps, 'queryKey' | 'search' | 'resolve'> & {
  /** Inactive items are shown but cannot be picked (e.g. for a new price). */
  disableInactive?: boolean;
}) {
  const { t, i18n } = useLingui();
  return (
    <RemoteSelect
      nothingFoundMessage={t`No item matches`}
      {...props}
      // The language is in the key: an inactive item's label says so in it.
      queryKey={[...catalogKeys.itemPicker(), disableInactive, i18n.locale]}
      search={(q, signal) =>
        listItems({ q: q || undefined }, { limit: 20, signal }).then((page) =>
          page.items.map((i) => optionOf(i18n, i, disableInactive)),
        )
      }
      resolve={(id, signal) => getItem(id, signal).then((i) => optionOf(i18n, i, disableInactive))}
    />
  );
}
