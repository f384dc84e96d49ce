import { useLingui } from '@lingui/react/macro';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { LoadingState } from '@/components/states';
import { useCan } from '@/features/auth/use-can';
import { useItemCategoryOptions } from '@/features/catalog/queries';
import { useActiveCurrencies, useSettings } from '@/features/organisation/queries';
import { SupplierForm } from '@/features/suppliers/components/supplier-form';
import { useCreateSupplier } from '@/features/suppliers/queries';
import { usePageTitle } from '@/lib/use-page-title';

export function NewSupplierPage() {
  const { t } = useLingui();
  usePageTitle(t`New supplier`);
  const navigate = useNavigate();
  const create = useCreateSupplier();
  const can = useCan();
  const currencies = useActiveCurrencies();
  const categories = useItemCategoryOptions({ enabled: can('catalog:read') });
  const settings = useSettings();

  if (currencies.isLoading || categories.isLoading || settings.isLoading) return <LoadingState />;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Suppliers`, to: '/suppliers' }, { label: t`New` }]}
        title={t`New supplier`}
      />
      <SupplierForm
        currencyOptions={(currencies.data ?? []).map((c) => ({
          value: c.code,
          label: `${c.code} · ${c.name}`,
        }))}
        categoryOptions={
          categories.data ? categories.data.map((c) => ({ value: c.id, label: c.name })) : null
        }
        defaultCurrency={settings.data?.baseCurrency}
        submitLabel={t`Create supplier`}
        onCancel={() => navigate('/suppliers')}
        onSubmit={async (request) => {
          const supplier = await create.mutateAsync(request);
          const { legalName, code } = supplier;
          notifications.show({
            color: 'teal',
            title: t`Supplier created`,
            message: t`${legalName} (${code}) was added.`,
          });
          void navigate(`/suppliers/${supplier.id}`);
        }}
      />
    </>
  );
}
