import type {
  BenchmarkInput,
  BenchmarkUpdate,
  CatalogueImportResult,
  DiscretionBenchmark,
  NoPenaltyList,
  NoPenaltyListDetail,
  NoPenaltyListInput,
  NoPenaltyListUpdate,
  ViolationItem,
  ViolationItemInput,
  ViolationItemUpdate,
} from '@rouxing/contracts';
import { api, apiUrl, errorFromResponse } from './client';
import type { Page } from './endpoints';

type Q = Record<string, string | number | undefined>;

/** Multipart upload of a file with text fields (the rule imports). */
async function postForm<T>(path: string, file: File, fields: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    form.append(k, v);
  }
  form.append('file', file, file.name);
  const res = await fetch(apiUrl(path), { method: 'POST', body: form, credentials: 'same-origin' });
  if (!res.ok) {
    throw await errorFromResponse(res);
  }
  return (await res.json()) as T;
}

export type ReviewStep = 'submit' | 'approve' | 'reject' | 'new-version';

export const catalogueApi = {
  items: (q: Q) => api<Page<ViolationItem>>('/violation-items', { query: q }),
  createItem: (body: ViolationItemInput) => api<ViolationItem>('/violation-items', { method: 'POST', body }),
  updateItem: (id: string, body: ViolationItemUpdate) => api<ViolationItem>(`/violation-items/${id}`, { method: 'PUT', body }),
  importItems: (file: File) => postForm<CatalogueImportResult>('/violation-items/import', file),
  itemTemplateUrl: () => apiUrl('/violation-items/template.xlsx'),
  lists: (q: Q) => api<Page<NoPenaltyList>>('/no-penalty-lists', { query: q }),
  list: (id: string) => api<NoPenaltyListDetail>(`/no-penalty-lists/${id}`),
  createList: (body: NoPenaltyListInput) => api<NoPenaltyListDetail>('/no-penalty-lists', { method: 'POST', body }),
  updateList: (id: string, body: NoPenaltyListUpdate) => api<NoPenaltyListDetail>(`/no-penalty-lists/${id}`, { method: 'PUT', body }),
  listStep: (id: string, step: ReviewStep, body: object = {}) =>
    api<NoPenaltyListDetail>(`/no-penalty-lists/${id}/${step}`, { method: 'POST', body }),
  importList: (file: File, fields: Record<string, string>) => postForm<NoPenaltyListDetail>('/no-penalty-lists/import', file, fields),
  listTemplateUrl: () => apiUrl('/no-penalty-lists/template.xlsx'),
  benchmarks: (q: Q) => api<Page<DiscretionBenchmark>>('/benchmarks', { query: q }),
  createBenchmark: (body: BenchmarkInput) => api<DiscretionBenchmark>('/benchmarks', { method: 'POST', body }),
  updateBenchmark: (id: string, body: BenchmarkUpdate) => api<DiscretionBenchmark>(`/benchmarks/${id}`, { method: 'PUT', body }),
  benchmarkStep: (id: string, step: ReviewStep, body: object = {}) =>
    api<DiscretionBenchmark>(`/benchmarks/${id}/${step}`, { method: 'POST', body }),
};
