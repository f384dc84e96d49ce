import { useLingui } from '@lingui/react/macro';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { categoryOptions, unitLabel } from '@/features/catalog/catalog-format';
import { ItemForm } from '@/features/catalog/components/item-form';
import { useItem, useItemCategoryOptions, useUnitOptions, useUpdateItem } from '@/features/catalog/queries';
import { isApiError } from '@/lib/api';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

export function EditItemPage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const itemQuery = useItem(id);
  const update = useUpdateItem();
  const categories = useItemCategoryOptions();
  const units = useUnitOptions();
  const item = itemQuery.data;
  const itemName = item?.name ?? '';
  usePageTitle(item ? t`Edit ${itemName}` : t`Edit item`);

  if (itemQuery.isPending || categories.isPending || units.isPending) return <LoadingState />;
  if (isApiError(itemQuery.error) && (itemQuery.error.status === 404 || itemQuery.error.status === 422))
    return <NotFoundPage />;
  if (!item || !categories.data || !units.data) {
    return (
      <ErrorState
        error={itemQuery.error ?? categories.error ?? units.error}
        onRetry={() => {
          void itemQuery.refetch();
          void categories.refetch();
          void units.refetch();
        }}
      />
    );
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: t`Items`, to: '/catalog/items' },
          { label: item.sku, to: `/catalog/items/${item.id}` },
          { label: t`Edit` },
        ]}
        title={t`Edit ${itemName}`}
      />
      <ItemForm
        key={item.id}
        item={item}
        categoryOptions={categoryOptions(categories.data, item.categoryId, i18n)}
        unitOptions={units.data.map((u) => ({ value: u.code, label: unitLabel(u) }))}
        submitLabel={t`Save changes`}
        onCancel={() => navigate(`/catalog/items/${item.id}`)}
        onReload={async () => (await itemQuery.refetch()).data}
        onSubmit={async (request, version) => {
          const saved = await update.mutateAsync({
            id: item.id,
            version: version ?? item.version,
            input: request,
          });
          const savedName = saved.name;
          notifications.show({ color: 'teal', title: t`Item saved`, message: t`${savedName} was updated.` });
          void navigate(`/catalog/items/${saved.id}`);
        }}
      />
    </>
  );
}
