import { useLingui } from '@lingui/react/macro';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { categoryOptions, unitLabel } from '@/features/catalog/catalog-format';
import { ItemForm } from '@/features/catalog/components/item-form';
import { useCreateItem, useItemCategoryOptions, useUnitOptions } from '@/features/catalog/queries';
import { usePageTitle } from '@/lib/use-page-title';

export function NewItemPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`New item`);
  const navigate = useNavigate();
  const create = useCreateItem();
  const categories = useItemCategoryOptions();
  const units = useUnitOptions();

  if (categories.isPending || units.isPending) return <LoadingState />;
  if (!categories.data || !units.data) {
    return (
      <ErrorState
        error={categories.error ?? units.error}
        onRetry={() => {
          void categories.refetch();
          void units.refetch();
        }}
      />
    );
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Items`, to: '/catalog/items' }, { label: t`New` }]}
        title={t`New item`}
      />
      <ItemForm
        categoryOptions={categoryOptions(categories.data, undefined, i18n)}
        unitOptions={units.data.map((u) => ({ value: u.code, label: unitLabel(u) }))}
        submitLabel={t`Create item`}
        onCancel={() => navigate('/catalog/items')}
        onSubmit={async (request) => {
          const item = await create.mutateAsync(request);
          const { name, sku } = item;
          notifications.show({
            color: 'teal',
            title: t`Item created`,
            message: t`${name} (${sku}) was added.`,
          });
          void navigate(`/catalog/items/${item.id}`);
        }}
      />
    </>
  );
}
