import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ReturnList } from '@/features/receiving/components/return-item';
import { usePortalReturns } from '@/features/receiving/queries';
import { usePageTitle } from '@/lib/use-page-title';

/**
 * The goods the organisation sent back to the supplier: per return what, why (the inspection's
 * reasons) and whether a replacement (by when) or a credit is expected. The e-mail of a return
 * links here, to the return itself (`#RTV-…`).
 */
export function PortalReturnsPage() {
  const { t } = useLingui();
  usePageTitle(t`Returns`);
  const returns = usePortalReturns();
  const items = returns.data?.pages.flatMap((p) => p.items) ?? [];
  const { hash } = useLocation();
  const loaded = items.length > 0;
  useEffect(() => {
    if (loaded && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash]);
  return (
    <>
      <PageHeader
        title={t`Returns`}
        description={t`Goods sent back to you after inspection, and what is expected for them.`}
      />
      <ReturnList
        query={returns}
        portal
        orderPath={(r) => `/portal/orders/${r.purchaseOrderId}`}
        empty={{ title: t`No returns`, body: <Trans>Nothing was sent back to you.</Trans> }}
      />
    </>
  );
}
