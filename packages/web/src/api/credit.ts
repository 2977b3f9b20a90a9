import type {
  CorrectDecision,
  CorrectionItem,
  CorrectionItemQuery,
  CreditCase,
  CreditRecord,
  CreditRecordList,
  IssuedDecision,
  IssuedDecisionQuery,
  JustifyCorrection,
  ObjectionDecide,
  ObjectionFile,
  PublicCreditEntity,
  PublicCreditPage,
  RepairApply,
  RepairDecide,
  StoredFile,
} from '@rouxing/contracts';
import { api, apiUrl, uploadFile } from './client';
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

/** Credit records (失信信息): the enterprise's, repair (信用修复), objections (异议申诉), the department's queue, the public page. */
export const creditRecordApi = {
  mine: () => api<CreditRecordList>('/portal/credit-records'),
  commitmentUrl: (id: string) => apiUrl(`/portal/credit-records/${encodeURIComponent(id)}/commitment.docx`),
  uploadMaterial: (file: File) => uploadFile<StoredFile>('/portal/credit-materials', file),
  repair: (id: string, body: RepairApply) =>
    api<CreditRecord>(`/portal/credit-records/${encodeURIComponent(id)}/repair`, { method: 'POST', body }),
  object: (id: string, body: ObjectionFile) =>
    api<CreditRecord>(`/portal/credit-records/${encodeURIComponent(id)}/objection`, { method: 'POST', body }),
  cases: (open?: boolean) =>
    api<{ items: CreditCase[] }>('/credit-cases', { query: { open: open === undefined ? undefined : String(open) } }),
  decideRepair: (id: string, body: RepairDecide) =>
    api<CreditCase>(`/credit-repairs/${encodeURIComponent(id)}/decide`, { method: 'POST', body }),
  decideObjection: (id: string, body: ObjectionDecide) =>
    api<CreditCase>(`/credit-objections/${encodeURIComponent(id)}/decide`, { method: 'POST', body }),
  publicFeed: (q: { page: number; pageSize: number; q?: string }) => api<PublicCreditPage>('/public/credit', { query: q }),
  publicEntity: (uscc: string) => api<PublicCreditEntity>(`/public/credit/${encodeURIComponent(uscc)}`),
};
export const creditRecordKeys = {
  mine: ['credit-records', 'mine'] as const,
  cases: ['credit-records', 'cases'] as const,
  publicFeed: (q: object) => ['credit-records', 'public', q] as const,
  publicEntity: (uscc: string) => ['credit-records', 'public-entity', uscc] as const,
};
