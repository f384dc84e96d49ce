import { ExchangeRate } from '@contracts/organisation';
import { api } from '@/lib/api';

/** One exchange rate: the current version, e.g. to reload after someone else saved it. */
export function getExchangeRate(id: string, signal?: AbortSignal): Promise<ExchangeRate> {
  return api.get(`/exchange-rates/${encodeURIComponent(id)}`, ExchangeRate, { signal });
}
