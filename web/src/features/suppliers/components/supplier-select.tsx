import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { RemoteSelect, type RemoteSelectProps } from '@/components/remote-select';
import { getSupplier, listSuppliers, type Supplier } from '../queries';

function labelOf(i18n: I18n, s: Supplier): string {
  const { code, legalName } = s;
  if (s.status === 'blocked') return i18n._(msg`${code} · ${legalName} (blocked)`);
  if (s.status === 'on_hold') return i18n._(msg`${code} · ${legalName} (on hold)`);
  return `${code} · ${legalName}`;
}

const optionOf = (i18n: I18n, s: Supplier, disableBlocked: boolean) => ({
  value: s.id,
  label: labelOf(i18n, s),
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
  const { t, i18n } = useLingui();
  return (
    <RemoteSelect
      nothingFoundMessage={t`No supplier matches`}
      {...props}
      queryKey={['suppliers', 'picker', disableBlocked, i18n.locale]}
      search={(q, signal) =>
        listSuppliers({ q: q || undefined }, { limit: 20, signal }).then((page) =>
          page.items.map((s) => optionOf(i18n, s, disableBlocked)),
        )
      }
      resolve={(id, signal) => getSupplier(id, signal).then((s) => optionOf(i18n, s, disableBlocked))}
    />
  );
}
