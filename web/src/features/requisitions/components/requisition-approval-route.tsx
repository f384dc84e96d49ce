import type { RequisitionRoutePreviewRequest } from '@contracts/requisitions';
import { Trans, useLingui } from '@lingui/react/macro';
import { Box } from '@mantine/core';
import { Muted, SectionCard } from '@/components/detail-section';
import { ErrorState } from '@/components/states';
import { ApprovalRouteCard, ApprovalRouteView } from '@/features/approvals/components/approval-route-card';
import { errorMessage, isApiError } from '@/lib/api';
import { useRequisitionApprovalRoute } from '../api/get-requisition-approval-route';
import { useRequisitionRoutePreview } from '../api/preview-requisition-approval-route';

/** The requisition's approval route: the preview for a draft, the stored route with its decisions afterwards. */
export function RequisitionApprovalRouteCard({
  requisition,
}: {
  requisition: { id: string; version: number };
}) {
  const route = useRequisitionApprovalRoute(requisition.id, requisition.version);
  return (
    <ApprovalRouteCard
      route={route.data}
      isPending={route.isPending}
      error={route.error}
      onRetry={() => void route.refetch()}
    />
  );
}

/**
 * The route of the requisition being typed, before it is saved: who will approve it and why,
 * asked again whenever the amount, the charging or the lines change. `request` is null while the
 * form is not complete enough to say.
 */
export function RequisitionRoutePreviewCard({ request }: { request: RequisitionRoutePreviewRequest | null }) {
  const { t } = useLingui();
  const preview = useRequisitionRoutePreview(request);
  const incomplete = request === null;
  // The server checks what the form cannot (an inactive cost centre, a price in a currency
  // without a rate): it says why there is no route yet.
  const refused = isApiError(preview.error) && preview.error.status === 422;
  const reason = refused ? errorMessage(preview.error) : '';
  return (
    <SectionCard
      title={t`Approval route`}
      description={t`Who will approve it once submitted, and why. It follows the amount and the charging as you type.`}
    >
      <Box pos="relative" aria-busy={preview.isFetching || preview.settling} data-testid="route-preview">
        {incomplete ? (
          <Muted>
            <Trans>The route appears once the cost centre and every line are filled in.</Trans>
          </Muted>
        ) : refused ? (
          <Muted>
            <Trans>No route yet: {reason}</Trans>
          </Muted>
        ) : preview.error ? (
          <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
        ) : preview.data ? (
          <Box opacity={preview.isFetching || preview.settling ? 0.6 : 1}>
            <ApprovalRouteView route={preview.data} />
          </Box>
        ) : (
          <Muted>
            <Trans>Working out the route…</Trans>
          </Muted>
        )}
      </Box>
    </SectionCard>
  );
}
