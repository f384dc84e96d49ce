import { RemoteSelect, type RemoteSelectProps } from '@/components/remote-select';
import { getSupplier, type Supplier } from '../api/get-supplier';
import { listSuppliers } from '../api/list-suppliers';

const optionOf = (s: Supplier, disableBlocked: boolean) => ({
  value: s.id,
  label: `${s.code} · ${s.legalName}${s.status === 'blocked' ? ' (blocked)' : s.status === 'on_hold' ? ' (on hold)' : ''}`,
  disabled: disableBlocked && s.status === 'blocked',
});

/** A supplier picker searching code, name and tax ID as the user types. */
export function SupplierSelect({
  disableBlocked = false,
  ...props
}: Omit<RemoteSelectProps, 'queryKey' | 'search' | 'resolve'> & {
  /** Blocked suppliers are shown but cannot be picked (e.g. for a new price). */
  disableBlocked?: boolean;
}) {
  return (
    <RemoteSelect
      nothingFoundMessage="No supplier matches"
      {...props}
      queryKey={['suppliers', 'picker', disableBlocked]}
      search={(q, signal) =>
        listSuppliers({ q: q || undefined }, { limit: 20, signal }).then((page) =>
          page.items.map((s) => optionOf(s, disableBlocked)),
        )
      }
      resolve={(id, signal) => getSupplier(id, signal).then((s) => optionOf(s, disableBlocked))}
    />
  );
}
