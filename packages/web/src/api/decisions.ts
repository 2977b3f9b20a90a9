import type {
  DecisionInput,
  DecisionResponse,
  Entity,
  PriorViolationRecord,
  PublicEntryPage,
  ResolvedRules,
  ViolationItem,
} from '@rouxing/contracts';
import { api, apiUrl } from './client';
import type { Page } from './endpoints';

/** The officer's decision assistant: catalogue look-up, records of the party, the engine. */
export const assistantApi = {
  searchItems: (q: string) => api<Page<ViolationItem>>('/violation-items', { query: { q, pageSize: 30 } }),
  resolve: (code: string, on?: string) => api<ResolvedRules>('/violation-items/resolve', { query: { code, on } }),
  searchEntities: (q: string) => api<Page<Entity>>('/entities', { query: { q, pageSize: 20 } }),
  priorViolations: (entityId: string) => api<PriorViolationRecord[]>(`/entities/${entityId}/prior-violations`),
  /** A natural person's decisions on record, by the full 公民身份号码 (in the body: never in a URL). */
  personPriorViolations: (idNumber: string) =>
    api<PriorViolationRecord[]>('/persons/prior-violations', { method: 'POST', body: { idNumber } }),
  evaluate: (body: DecisionInput) => api<DecisionResponse>('/decisions/evaluate', { method: 'POST', body }),
};

export type PublicFilters = { q?: string; department?: string; domain?: string; kind?: string };

/** The public portal (no login). */
export const publicApi = {
  entries: (q: PublicFilters & { page: number; pageSize: number }) => api<PublicEntryPage>('/public/no-penalty-lists', { query: q }),
  downloadUrl: (format: 'csv' | 'xlsx', q: PublicFilters) => apiUrl(`/public/no-penalty-lists.${format}`, q),
};
