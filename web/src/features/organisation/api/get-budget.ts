import { Budget } from '@contracts/organisation';
import { api } from '@/lib/api';

export function getBudget(id: string, signal?: AbortSignal): Promise<Budget> {
  return api.get(`/budgets/${encodeURIComponent(id)}`, Budget, { signal });
}
