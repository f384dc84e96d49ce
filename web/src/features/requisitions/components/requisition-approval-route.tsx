import type { RequisitionRoutePreviewRequest } from '@contracts/requisitions';
import { Trans, useLingui } from '@lingui/react/macro';
import { Box, List } from '@mantine/core';
import { Muted, SectionCard } from '@/components/detail-section';
import { ErrorState } from '@/components/states';
import { ApprovalRouteCard, ApprovalRouteView } from '@/features/approvals/components/approval-route-card';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { useRequisitionApprovalRoute, useRequisitionRoutePreview } from '../queries';

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

type Translate = ReturnType<typeof useLingui>['t'];

/** A requisition field as its form labels it: "Cost centre", "Line 2 · Category". */
function fieldName(t: Translate, path: string): string {
  const header: Record<string, string> = {
    departmentId: t`Department`,
    costCentreId: t`Cost centre`,
    justification: t`Justification`,
    lines: t`Lines`,
  };
  if (header[path]) return header[path];
  const line = /^lines[.[](\d+)\]?\.(\w+)$/.exec(path);
  if (!line) return path;
  const n = Number(line[1]) + 1;
  const fields: Record<string, string> = {
    itemId: t`Catalog item`,
    description: t`Description`,
    categoryId: t`Category`,
    quantity: t`Quantity`,
    unitCode: t`Unit`,
    estimatedUnitPrice: t`Est. unit price`,
    currency: t`Currency`,
    neededBy: t`Needed by`,
    suggestedSupplierId: t`Suggested supplier`,
  };
  const field = line[2] ?? '';
  return `${t`Line ${n}`} · ${fields[field] ?? field}`;
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
  // What to fix, field by field, in the form's own words ("Line 2 · Category: category X is inactive").
  const problems = isApiError(preview.error) && refused ? preview.error.fieldErrors : [];
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
          <>
            <Muted>
              <Trans>No route yet: {reason}</Trans>
            </Muted>
            {problems.length > 0 && (
              <List size="sm" mt={4}>
                {problems.map((p) => (
                  <List.Item key={`${p.path}:${p.message}`}>
                    {fieldName(t, p.path)}: {translateFieldMessage(p.message)}
                  </List.Item>
                ))}
              </List>
            )}
          </>
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
