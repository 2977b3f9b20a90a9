import type { PublishedSurvey, Survey, SurveyAnswer, SurveyInput, SurveyResults } from '@rouxing/contracts';
import { api, apiUrl } from './client';

export type { PublishedSurvey, Survey, SurveyResults };

const s = (id: string) => `/surveys/${encodeURIComponent(id)}`;

export const surveyKeys = {
  all: ['surveys'] as const,
  results: (id: string) => ['surveys', 'results', id] as const,
  public: ['surveys', 'public'] as const,
  portal: ['surveys', 'portal'] as const,
};

/** 问卷调查: the Judicial Bureau's builder and results; the public and enterprise portals' answers. */
export const surveyApi = {
  list: () => api<Survey[]>('/surveys'),
  create: (body: SurveyInput) => api<Survey>('/surveys', { method: 'POST', body }),
  publish: (id: string) => api<Survey>(`${s(id)}/publish`, { method: 'POST', body: {} }),
  close: (id: string) => api<Survey>(`${s(id)}/close`, { method: 'POST', body: {} }),
  results: (id: string) => api<SurveyResults>(`${s(id)}/results`),
  resultsXlsxUrl: (id: string) => apiUrl(`${s(id)}/results.xlsx`),
  publicList: () => api<PublishedSurvey[]>('/public/surveys'),
  publicAnswer: (id: string, body: SurveyAnswer) =>
    api<{ received: true }>(`/public/surveys/${encodeURIComponent(id)}/responses`, { method: 'POST', body }),
  portalList: () => api<PublishedSurvey[]>('/portal/surveys'),
  portalAnswer: (id: string, body: SurveyAnswer) =>
    api<{ received: true }>(`/portal/surveys/${encodeURIComponent(id)}/responses`, { method: 'POST', body }),
};
