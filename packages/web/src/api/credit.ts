import type {
  CorrectDecision,
  CorrectionItem,
  CorrectionItemQuery,
  ImportJob,
  IssuedDecision,
  IssuedDecisionQuery,
  JustifyCorrection,
} from '@rouxing/contracts';
import { api, apiUrl, uploadFile } from './client';
import type { Page } from './endpoints';

type Q<T> = Partial<Record<Exclude<keyof T, 'page' | 'pageSize'>, string>> & { page: number; pageSize: number };

/** Issued penalty decisions, their import and the correction items (纠正"小案重罚"). */
export const creditApi = {
  decisions: (q: Q<IssuedDecisionQuery>) => api<Page<IssuedDecision>>('/issued-decisions', { query: q }),
  upload: (file: File, onProgress?: (percent: number) => void) => uploadFile<ImportJob>('/issued-decision-imports', file, onProgress),
  job: (id: string) => api<ImportJob>(`/issued-decision-imports/${encodeURIComponent(id)}`),
  templateUrl: (format: 'xlsx' | 'csv') => apiUrl('/issued-decision-imports/template', { format }),
  items: (q: Q<CorrectionItemQuery>) => api<Page<CorrectionItem>>('/correction-items', { query: q }),
  correct: (id: string, body: CorrectDecision) =>
    api<CorrectionItem>(`/correction-items/${encodeURIComponent(id)}/correct`, { method: 'POST', body }),
  justify: (id: string, body: JustifyCorrection) =>
    api<CorrectionItem>(`/correction-items/${encodeURIComponent(id)}/justify`, { method: 'POST', body }),
};
