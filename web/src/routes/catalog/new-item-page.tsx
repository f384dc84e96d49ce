import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useCreateItem } from '@/features/catalog/api/create-item';
import { useItemCategoryOptions } from '@/features/catalog/api/list-item-categories';
import { useUnitOptions } from '@/features/catalog/api/list-units';
import { categoryOptions, unitLabel } from '@/features/catalog/catalog-format';
import { ItemForm } from '@/features/catalog/components/item-form';
import { usePageTitle } from '@/lib/use-page-title';

export function NewItemPage() {
  usePageTitle('New item');
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
        breadcrumbs={[{ label: 'Items', to: '/catalog/items' }, { label: 'New' }]}
        title="New item"
      />
      <ItemForm
        categoryOptions={categoryOptions(categories.data)}
        unitOptions={units.data.map((u) => ({ value: u.code, label: unitLabel(u) }))}
        submitLabel="Create item"
        onCancel={() => navigate('/catalog/items')}
        onSubmit={async (request) => {
          const item = await create.mutateAsync(request);
          notifications.show({
            color: 'teal',
            title: 'Item created',
            message: `${item.name} (${item.sku}) was added.`,
          });
          void navigate(`/catalog/items/${item.id}`);
        }}
      />
    </>
  );
}
