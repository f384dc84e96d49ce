import { useLingui } from '@lingui/react/macro';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useCan } from '@/features/auth/use-can';
import { useItemCategoryOptions } from '@/features/catalog/queries';
import { useActiveCurrencies } from '@/features/organisation/queries';
import { SupplierForm } from '@/features/suppliers/components/supplier-form';
import { useSupplier, useUpdateSupplier } from '@/features/suppliers/queries';
import { isApiError } from '@/lib/api';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

export function EditSupplierPage() {
  const { t } = useLingui();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const supplierQuery = useSupplier(id);
  const update = useUpdateSupplier();
  const can = useCan();
  const currencies = useActiveCurrencies();
  const categories = useItemCategoryOptions({ enabled: can('catalog:read') });
  const supplier = supplierQuery.data;
  const legalName = supplier?.legalName;
  usePageTitle(supplier ? t`Edit ${legalName}` : t`Edit supplier`);

  if (supplierQuery.isPending || currencies.isLoading || categories.isLoading) return <LoadingState />;
  if (
    isApiError(supplierQuery.error) &&
    (supplierQuery.error.status === 404 || supplierQuery.error.status === 422)
  )
    return <NotFoundPage />;
  if (!supplier)
    return <ErrorState error={supplierQuery.error} onRetry={() => void supplierQuery.refetch()} />;

  const currencyOptions = (currencies.data ?? []).map((c) => ({
    value: c.code,
    label: `${c.code} · ${c.name}`,
  }));
  if (!currencyOptions.some((c) => c.value === supplier.defaultCurrency)) {
    currencyOptions.unshift({ value: supplier.defaultCurrency, label: supplier.defaultCurrency });
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: t`Suppliers`, to: '/suppliers' },
          { label: supplier.code, to: `/suppliers/${supplier.id}` },
          { label: t`Edit` },
        ]}
        title={t`Edit ${legalName}`}
      />
      <SupplierForm
        key={supplier.id}
        supplier={supplier}
        currencyOptions={currencyOptions}
        categoryOptions={
          categories.data ? categories.data.map((c) => ({ value: c.id, label: c.name })) : null
        }
        submitLabel={t`Save changes`}
        onCancel={() => navigate(`/suppliers/${supplier.id}`)}
        onReload={async () => (await supplierQuery.refetch()).data}
        onSubmit={async (request, version) => {
          const saved = await update.mutateAsync({
            id: supplier.id,
            version: version ?? supplier.version,
            input: request,
          });
          const savedName = saved.legalName;
          notifications.show({
            color: 'teal',
            title: t`Supplier saved`,
            message: t`${savedName} was updated.`,
          });
          void navigate(`/suppliers/${saved.id}`);
        }}
      />
    </>
  );
}
