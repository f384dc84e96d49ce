import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { PortalInvoiceForm } from '@/features/portal/components/portal-invoice-form';
import { usePortalInvoiceable } from '@/features/portal/invoice-queries';
import { isApiError } from '@/lib/api';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

/** "Invoice this order": the supplier's invoice, filled in with what was received and not yet invoiced. */
export function PortalNewInvoicePage() {
  const { t } = useLingui();
  const { id = '' } = useParams();
  const { data: offer, isPending, error, refetch } = usePortalInvoiceable(id);
  usePageTitle(t`Invoice this order`);
  if (isPending) return <LoadingState />;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error || !offer) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const number = offer.purchaseOrderNumber;
  const blockReason = offer.blocked?.reason;
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: t`Your orders`, to: '/portal' },
          { label: number, to: `/portal/orders/${offer.purchaseOrderId}` },
          { label: t`Invoice` },
        ]}
        title={t`Invoice ${number}`}
        description={t`What we received and have not been invoiced for yet, at the order's prices. Change it to what your invoice says.`}
      />
      {offer.blocked ? (
        <Alert color="red" variant="light" title={t`Your company is blocked as a supplier`}>
          {blockReason ? (
            <Trans>
              The buyer blocked it ({blockReason}): invoices cannot be accepted for now. Contact the buyer.
            </Trans>
          ) : (
            <Trans>Invoices cannot be accepted for now. Contact the buyer.</Trans>
          )}
        </Alert>
      ) : offer.nothingToInvoice ? (
        <Alert color="yellow" variant="light" title={t`Nothing to invoice`}>
          {offer.nothingToInvoice === 'nothing_received' ? (
            <Trans>
              Nothing of this order is ready to invoice yet: goods are invoiced once we have received them.
            </Trans>
          ) : offer.nothingToInvoice === 'all_invoiced' ? (
            <Trans>Everything of this order is invoiced already.</Trans>
          ) : (
            <Trans>This order cannot be invoiced.</Trans>
          )}{' '}
          <Button
            component={Link}
            to={`/portal/orders/${offer.purchaseOrderId}`}
            variant="subtle"
            size="compact-sm"
          >
            <Trans>Back to the order</Trans>
          </Button>
        </Alert>
      ) : (
        <SectionCard title={t`Your invoice`}>
          <PortalInvoiceForm offer={offer} />
        </SectionCard>
      )}
    </>
  );
}
