import { useCan } from '@/features/auth/use-can';
import { useItemCategoryOptions } from '@/features/catalog/queries';
import { useCostCentres, useDepartmentOptions } from '@/features/organisation/queries';
import { useUsers } from '@/features/users/queries';

type Option = { value: string; label: string };

/** What the policy editor offers to pick from, as far as the admin may read it. */
export function usePolicyOptions() {
  const can = useCan();
  const departments = useDepartmentOptions({ enabled: can('organisation:read') });
  const costCentres = useCostCentres({});
  const categories = useItemCategoryOptions({ enabled: can('catalog:read') });
  const users = useUsers({ active: 'true', kind: 'organisation' });
  const options: {
    departmentOptions: Option[];
    costCentreOptions: Option[];
    categoryOptions: Option[];
    userOptions: Option[];
  } = {
    departmentOptions: (departments.data ?? []).map((d) => ({ value: d.id, label: `${d.name} (${d.code})` })),
    costCentreOptions: (costCentres.data?.pages.flatMap((p) => p.items) ?? []).map((c) => ({
      value: c.id,
      label: `${c.name} (${c.code})`,
    })),
    categoryOptions: (categories.data ?? []).map((c) => ({ value: c.id, label: c.name })),
    userOptions: (users.data?.pages.flatMap((p) => p.items) ?? []).map((u) => ({
      value: u.id,
      label: `${u.name} (${u.email})`,
    })),
  };
  const isLoading = departments.isLoading || categories.isLoading || costCentres.isLoading || users.isLoading;
  const nameOf = (list: Option[]) => (id: string) => list.find((o) => o.value === id)?.label ?? id;
  return {
    ...options,
    isLoading,
    names: {
      department: nameOf(options.departmentOptions),
      costCentre: nameOf(options.costCentreOptions),
      category: nameOf(options.categoryOptions),
      user: nameOf(options.userOptions),
    },
  };
}
