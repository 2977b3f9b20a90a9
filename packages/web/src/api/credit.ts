import type {
  CorrectDecision,
  CorrectionItem,
  CorrectionItemQuery,
  IssuedDecision,
  IssuedDecisionQuery,
  JustifyCorrection,
} from '@rouxing/contracts';
import { api } from './client';
import type { Page } from './endpoints';

type Q<T> = Partial<Record<Exclude<keyof T, 'page' | 'pageSize'>, string>> & { page: number; pageSize: number };

/** Issued penalty decisions, their import and the correction items (纠正"小案重罚"). */
export const creditApi = {
  decisions: (q: Q<IssuedDecisionQuery>) => api<Page<IssuedDecision>>('/issued-decisions', { query: q }),
  items: (q: Q<CorrectionItemQuery>) => api<Page<CorrectionItem>>('/correction-items', { query: q }),
  correct: (id: string, body: CorrectDecision) =>
    api<CorrectionItem>(`/correction-items/${encodeURIComponent(id)}/correct`, { method: 'POST', body }),
  justify: (id: string, body: JustifyCorrection) =>
    api<CorrectionItem>(`/correction-items/${encodeURIComponent(id)}/justify`, { method: 'POST', body }),
};
