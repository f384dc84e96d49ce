import { useLingui } from '@lingui/react/macro';
import { Anchor } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useCan } from '@/features/auth/use-can';
import { categoryOptions, categoryPath } from '@/features/catalog/catalog-format';
import { ItemLink } from '@/features/catalog/components/item-link';
import { ItemSelect } from '@/features/catalog/components/item-select';
import {
  catalogKeys,
  itemQueryOptions,
  listPriceListEntries,
  lookUpPrice,
  useItem,
  useItemCategoryOptions,
  useUnitOptions,
} from '@/features/catalog/queries';
import { SupplierRankingButton } from '@/features/evaluation/components/supplier-ranking';
import {
  listCostCentres,
  organisationKeys,
  useActiveCurrencies,
  useDepartmentOptions,
  useSettings,
} from '@/features/organisation/queries';
import type { OrderCatalog } from '@/features/purchase-orders/components/purchase-order-form';
import type { RequisitionCatalog } from '@/features/requisitions/components/requisition-form';
import { SupplierLink } from '@/features/suppliers/components/supplier-link';
import { SupplierSelect } from '@/features/suppliers/components/supplier-select';
import { supplierQueryOptions } from '@/features/suppliers/queries';
import type { PriceAnswer } from '@/features/workbench/components/workbench-board';
import { isApiError } from '@/lib/api';
import { todayIso } from '@/lib/dates';
import { compareDecimal } from '@/lib/money';

/**
 * What the purchasing pages take from the catalog, the suppliers and the organisation: pickers,
 * links, item facts and price lookups, composed here so that the requisition, order and workbench
 * features need not know one another.
 */

/** Active departments and cost centres (with their department), for pickers. */
export function useOrganisationOptions() {
  const departments = useDepartmentOptions();
  const costCentres = useQuery({
    queryKey: [...organisationKeys.costCentres, 'options', 'active'],
    queryFn: ({ signal }) => listCostCentres({ active: 'true' }, { limit: 200, signal }).then((p) => p.items),
    staleTime: 5 * 60_000,
  });
  const data = useMemo(
    () =>
      departments.data && costCentres.data
        ? {
            departments: departments.data
              .filter((d) => d.active)
              .map((d) => ({ value: d.id, label: `${d.code} · ${d.name}` })),
            costCentres: costCentres.data.map((c) => ({
              value: c.id,
              label: `${c.code} · ${c.name}`,
              departmentId: c.departmentId,
            })),
          }
        : undefined,
    [departments.data, costCentres.data],
  );
  return {
    data,
    isPending: departments.isPending || costCentres.isPending,
    error: departments.error ?? costCentres.error,
    refetch: () => {
      void departments.refetch();
      void costCentres.refetch();
    },
  };
}

/** Unit, category and currency lists the line editors need. */
export function useCatalogLists() {
  const units = useUnitOptions();
  const categories = useItemCategoryOptions();
  const currencies = useActiveCurrencies();
  return {
    units: units.data,
    categories: categories.data,
    currencies: currencies.data,
    isPending: units.isPending || categories.isPending || currencies.isPending,
    error: units.error ?? categories.error ?? currencies.error,
    refetch: () => {
      void units.refetch();
      void categories.refetch();
      void currencies.refetch();
    },
    categoryName: (id: string) => (categories.data ? categoryPath(categories.data, id) : id.slice(0, 8)),
    minorUnitsOf: (code: string) => currencies.data?.find((c) => c.code === code)?.minorUnits ?? 2,
  };
}

/** An item's SKU linking to the item (its name is on the line already). */
function ItemSkuLink({ id }: { id: string }) {
  const { data } = useItem(id);
  return (
    <Anchor component={Link} to={`/catalog/items/${id}`} size="xs" ff="monospace" title={data?.name}>
      {data?.sku ?? '…'}
    </Anchor>
  );
}

/** Record renderers shared by the detail pages. */
export const renderSupplier = (id: string) => <SupplierLink id={id} />;
export const renderItem = (id: string) => <ItemLink id={id} />;
export const renderItemSku = (id: string) => <ItemSkuLink id={id} />;

function usePriceTools() {
  const queryClient = useQueryClient();
  const supplier = (id: string) => queryClient.fetchQuery({ ...supplierQueryOptions(id), staleTime: 60_000 });
  const item = (id: string) => queryClient.fetchQuery({ ...itemQueryOptions(id), staleTime: 60_000 });
  /** The supplier's price in a currency, or null when the server finds none (404). */
  const priceOf = async (q: {
    supplierId: string;
    itemId: string;
    quantity: string;
    date: string;
    currency: string;
  }) => {
    try {
      return await queryClient.fetchQuery({
        queryKey: catalogKeys.priceLookup(q),
        queryFn: ({ signal }) => lookUpPrice(q, signal),
        staleTime: 60_000,
        retry: false,
      });
    } catch (err) {
      if (isApiError(err) && (err.status === 404 || err.status === 422)) return null;
      throw err;
    }
  };
  return { supplier, item, priceOf };
}

/** The requisition form's view of the catalog and suppliers. */
export function useRequisitionCatalog(): RequisitionCatalog | undefined {
  const lists = useCatalogLists();
  const graded = useCan()('scorecards:read');
  const tools = usePriceTools();
  const queryClient = useQueryClient();
  const baseCurrency = useSettings().data?.baseCurrency;
  if (!lists.units || !lists.categories || !lists.currencies) return undefined;
  const supplierLabel = async (id: string) => {
    const s = await tools.supplier(id);
    return { label: `${s.code} · ${s.legalName}`, status: s.status, currency: s.defaultCurrency };
  };
  return {
    renderItemSelect: (field) => <ItemSelect {...field} disableInactive />,
    renderSupplierSelect: (field) => <SupplierSelect {...field} disableBlocked withGrades={graded} />,
    renderSupplierRanking: graded ? (field) => <SupplierRankingButton {...field} /> : undefined,
    itemFacts: async (id) => {
      const i = await tools.item(id);
      return { id: i.id, name: i.name, unitCode: i.unitCode, categoryId: i.categoryId };
    },
    estimatePrice: async ({ itemId, supplierId, quantity }) => {
      const date = todayIso();
      if (supplierId) {
        const s = await supplierLabel(supplierId);
        const found = await tools.priceOf({ supplierId, itemId, quantity, date, currency: s.currency });
        return found
          ? {
              unitPrice: found.unitPrice,
              currency: found.currency,
              supplierId,
              supplierLabel: s.label,
              minQuantity: found.entry.minQuantity,
            }
          : null;
      }
      // No supplier yet: the cheapest price valid today for the quantity from an active supplier in
      // its own currency, preferring prices in the base currency (others are not compared).
      const entries = await queryClient.fetchQuery({
        queryKey: catalogKeys.priceList({ itemId, validOn: date, limit: 100 }),
        queryFn: ({ signal }) =>
          listPriceListEntries({ itemId, validOn: date }, { limit: 100, signal }).then((p) => p.items),
        staleTime: 60_000,
      });
      const applicable = entries
        .filter((e) => compareDecimal(e.minQuantity, quantity) <= 0)
        .sort(
          (a, b) =>
            (b.currency === baseCurrency ? 1 : 0) - (a.currency === baseCurrency ? 1 : 0) ||
            a.currency.localeCompare(b.currency) ||
            compareDecimal(a.unitPrice, b.unitPrice) ||
            compareDecimal(b.minQuantity, a.minQuantity),
        );
      for (const entry of applicable.slice(0, 6)) {
        const s = await supplierLabel(entry.supplierId).catch(() => null);
        if (s?.status !== 'active' || s.currency !== entry.currency) continue;
        return {
          unitPrice: entry.unitPrice,
          currency: entry.currency,
          supplierId: entry.supplierId,
          supplierLabel: s.label,
          minQuantity: entry.minQuantity,
        };
      }
      return null;
    },
    units: lists.units,
    categories: categoryOptions(lists.categories),
    currencies: lists.currencies,
  };
}

/** The order editor's view of the catalog and suppliers. */
export function useOrderCatalog(): OrderCatalog | undefined {
  const lists = useCatalogLists();
  const graded = useCan()('scorecards:read');
  const tools = usePriceTools();
  if (!lists.units || !lists.currencies) return undefined;
  return {
    renderSupplierSelect: (field) => (
      <SupplierSelect {...field} required disableBlocked withGrades={graded} />
    ),
    renderItemSelect: (field) => (
      <ItemSelect {...field} disableInactive comboboxProps={{ width: 380, position: 'bottom-start' }} />
    ),
    supplierFacts: async (id) => {
      const s = await tools.supplier(id);
      return {
        id: s.id,
        code: s.code,
        legalName: s.legalName,
        status: s.status,
        statusReason: s.statusReason,
        defaultCurrency: s.defaultCurrency,
        paymentTermsNetDays: s.paymentTermsNetDays,
      };
    },
    itemFacts: async (id) => {
      const i = await tools.item(id);
      return {
        name: i.name,
        unitCode: i.unitCode,
        defaultTaxRate: i.defaultTaxRate,
        defaultTaxCategory: i.defaultTaxCategory,
      };
    },
    lookUpPrice: async (q) => {
      const found = await tools.priceOf(q);
      return found ? { unitPrice: found.unitPrice, minQuantity: found.entry.minQuantity } : null;
    },
    units: lists.units,
    currencies: lists.currencies,
  };
}

/** The workbench's price check when the buyer changes a line's supplier or quantity. */
export function useWorkbenchPricing(): (q: {
  supplierId: string;
  itemId: string;
  quantity: string;
}) => Promise<PriceAnswer> {
  const { t } = useLingui();
  const tools = usePriceTools();
  return async ({ supplierId, itemId, quantity }) => {
    const s = await tools.supplier(supplierId);
    const { code, defaultCurrency } = s;
    if (s.status === 'blocked') return { found: false, currency: null, warning: t`${code} is blocked` };
    const found = await tools.priceOf({
      supplierId,
      itemId,
      quantity,
      date: todayIso(),
      currency: s.defaultCurrency,
    });
    if (!found)
      return {
        found: false,
        currency: s.defaultCurrency,
        warning: t`No valid ${defaultCurrency} price from ${code} for ${quantity}: enter one`,
      };
    return {
      found: true,
      unitPrice: found.unitPrice,
      currency: found.currency,
      minQuantity: found.entry.minQuantity,
    };
  };
}
