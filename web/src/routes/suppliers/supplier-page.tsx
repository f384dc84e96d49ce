import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Grid, Stack } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useCan } from '@/features/auth/use-can';
import { useItemCategoryOptions } from '@/features/catalog/queries';
import { SupplierScorecard } from '@/features/evaluation/components/supplier-scorecard';
import { CorrectiveActionsPanel } from '@/features/evaluation/feedback/corrective-actions-panel';
import { SendScorecardButton } from '@/features/evaluation/feedback/send-scorecard-button';
import { PortalUsersCard } from '@/features/portal/components/portal-users-card';
import {
  SupplierAddressesCard,
  SupplierBankCard,
  SupplierContactsCard,
  SupplierGeneralCard,
  SupplierNotesCard,
  SupplierSection,
} from '@/features/suppliers/components/supplier-details';
import { SupplierStatusActions } from '@/features/suppliers/components/supplier-status-actions';
import {
  SUPPLIER_STATUS_LABELS,
  SupplierStatusBadge,
} from '@/features/suppliers/components/supplier-status-badge';
import { describePaymentTerms } from '@/features/suppliers/payment-terms';
import { useSupplier } from '@/features/suppliers/queries';
import {
  formatSupplierHistoryValue,
  SUPPLIER_FIELD_LABELS,
} from '@/features/suppliers/supplier-history-format';
import { isApiError } from '@/lib/api';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

export function SupplierPage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const { data: supplier, isPending, error, refetch } = useSupplier(id);
  const can = useCan();
  const categories = useItemCategoryOptions({ enabled: can('catalog:read') });
  usePageTitle(supplier ? supplier.legalName : t`Supplier`);

  if (isPending) return <LoadingState />;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error || !supplier) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const categoryName = (categoryId: string) =>
    categories.data?.find((c) => c.id === categoryId)?.name ?? categoryId.slice(0, 8);
  const canWrite = can('suppliers:write');
  const fieldLabels = Object.fromEntries(
    Object.entries(SUPPLIER_FIELD_LABELS).map(([field, label]) => [field, i18n._(label)]),
  );

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Suppliers`, to: '/suppliers' }, { label: supplier.code }]}
        title={supplier.legalName}
        badge={<SupplierStatusBadge status={supplier.status} reason={supplier.statusReason} size="lg" />}
        description={`${supplier.code} · ${describePaymentTerms(i18n, supplier)} · ${supplier.defaultCurrency}`}
        actions={
          canWrite && (
            <>
              <SupplierStatusActions supplier={supplier} />
              <SendScorecardButton supplier={supplier} />
              <Button
                component={Link}
                to={`/suppliers/${supplier.id}/edit`}
                leftSection={<IconPencil size={16} />}
              >
                <Trans>Edit</Trans>
              </Button>
            </>
          )
        }
      />
      <Stack gap="lg">
        {supplier.status !== 'active' && (
          <Alert
            color={supplier.status === 'blocked' ? 'red' : 'orange'}
            variant="light"
            icon={supplier.status === 'blocked' ? <IconBan size={18} /> : <IconAlertTriangle size={18} />}
            title={`${i18n._(SUPPLIER_STATUS_LABELS[supplier.status])}${supplier.statusReason ? `: ${supplier.statusReason}` : ''}`}
          >
            {supplier.status === 'blocked' ? (
              <Trans>New purchase orders to this supplier are refused.</Trans>
            ) : (
              <Trans>New purchase orders to this supplier show a warning.</Trans>
            )}
          </Alert>
        )}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <SupplierGeneralCard supplier={supplier} categoryNames={categoryName} />
              <SupplierAddressesCard supplier={supplier} />
              <SupplierContactsCard supplier={supplier} />
              <PortalUsersCard supplierId={supplier.id} contacts={supplier.contacts} canInvite={canWrite} />
              <CorrectiveActionsPanel supplierId={supplier.id} canWrite={canWrite} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              <SupplierBankCard supplier={supplier} />
              <SupplierNotesCard supplier={supplier} />
            </Stack>
          </Grid.Col>
        </Grid>
        {can('scorecards:read') && <SupplierScorecard supplier={supplier} canHold={canWrite} />}
        {/* Shown to all: the server decides who may read a record's history (403 reads as a note). */}
        <SupplierSection title={t`History`}>
          <RecordHistory
            entityType="supplier"
            entityId={supplier.id}
            fieldLabels={fieldLabels}
            formatValue={(field, value) => formatSupplierHistoryValue(i18n, field, value, categoryName)}
          />
        </SupplierSection>
      </Stack>
    </>
  );
}
