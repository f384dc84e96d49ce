import {
  AgingReport,
  DiscountReport,
  ExchangeDifferencesReport,
  GrniReport,
  Home,
  SpendReport,
} from '@contracts/reports';
import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { client, read } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * The home page and the reports through the generated API client: the queries the pages use, with
 * their cache keys.
 */

export type HomeData = z.output<typeof Home>;

/** The home page's key: every document change marks it stale (lib/document-changes.ts). */
export const homeKeys = { all: ['home'] as const };

/** GET /home: what waits for the signed-in user, and the figures of their roles. */
export function getHome(signal?: AbortSignal): Promise<HomeData> {
  return read(Home, () => client.GET('/api/v1/home', { signal }));
}

export const homeQueryOptions = () =>
  queryOptions({
    queryKey: homeKeys.all,
    queryFn: ({ signal }) => getHome(signal),
    // What waits changes with other people's work too: asked again every minute while open.
    refetchInterval: 60_000,
  });

export function useHome(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...homeQueryOptions(), enabled: opts.enabled ?? true });
}

export type SpendReportPage = z.output<typeof SpendReport>;
export type SpendFilter = { year: number; supplierId?: string };

export const spendKeys = {
  all: ['reports', 'spend'] as const,
  list: (filter: SpendFilter) => ['reports', 'spend', filter] as const,
};

/** One page of spend by supplier by month for a year, largest supplier first. */
export function getSpendBySupplier(
  filter: SpendFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<SpendReportPage> {
  return read(SpendReport, () =>
    client.GET('/api/v1/reports/spend-by-supplier', {
      params: { query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 } },
      signal: opts.signal,
    }),
  );
}

export const spendBySupplierQueryOptions = (filter: SpendFilter) =>
  pagedQueryOptions({
    queryKey: spendKeys.list(filter),
    page: (cursor, signal) => getSpendBySupplier(filter, { cursor, signal }),
    keepPrevious: false,
  });

export function useSpendBySupplier(filter: SpendFilter) {
  return useInfiniteQuery(spendBySupplierQueryOptions(filter));
}

export type GrniReportData = z.output<typeof GrniReport>;
export type AgingReportData = z.output<typeof AgingReport>;

export const grniKeys = {
  all: ['reports', 'grni'] as const,
  asOf: (asOf: string) => ['reports', 'grni', asOf] as const,
};

/** GET /reports/grni: goods received not invoiced at the end of a day, per order and supplier. */
export function getGrniReport(asOf: string, signal?: AbortSignal): Promise<GrniReportData> {
  return read(GrniReport, () => client.GET('/api/v1/reports/grni', { params: { query: { asOf } }, signal }));
}

export function useGrniReport(asOf: string) {
  return useQuery({ queryKey: grniKeys.asOf(asOf), queryFn: ({ signal }) => getGrniReport(asOf, signal) });
}

export const agingKeys = {
  all: ['reports', 'ap-aging'] as const,
  asOf: (asOf: string) => ['reports', 'ap-aging', asOf] as const,
};

/** GET /reports/ap-aging: open payables at the end of a day by days past due, per supplier and currency. */
export function getAgingReport(asOf: string, signal?: AbortSignal): Promise<AgingReportData> {
  return read(AgingReport, () =>
    client.GET('/api/v1/reports/ap-aging', { params: { query: { asOf } }, signal }),
  );
}

export function useAgingReport(asOf: string) {
  return useQuery({ queryKey: agingKeys.asOf(asOf), queryFn: ({ signal }) => getAgingReport(asOf, signal) });
}

export type DiscountReportData = z.output<typeof DiscountReport>;

/** GET /reports/payment-discounts: early-payment discounts taken, missed or open in a period. */
export function useDiscountReport(from: string, to: string) {
  return useQuery({
    queryKey: ['reports', 'payment-discounts', from, to] as const,
    queryFn: ({ signal }) =>
      read(DiscountReport, () =>
        client.GET('/api/v1/reports/payment-discounts', { params: { query: { from, to } }, signal }),
      ),
  });
}

export type ExchangeReportData = z.output<typeof ExchangeDifferencesReport>;

/** GET /reports/exchange-differences: invoices against their orders' rates, payments against their invoices'. */
export function useExchangeReport(from: string, to: string) {
  return useQuery({
    queryKey: ['reports', 'exchange-differences', from, to] as const,
    queryFn: ({ signal }) =>
      read(ExchangeDifferencesReport, () =>
        client.GET('/api/v1/reports/exchange-differences', { params: { query: { from, to } }, signal }),
      ),
  });
}
