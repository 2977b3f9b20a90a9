import type { Assessment, CreateAssessmentAdjustment, SaveAssessmentWeights } from '@rouxing/contracts';
import { api, apiUrl } from './client';

export const assessmentKeys = { year: (year: number) => ['assessment', year] as const };

/** 督导考评 · 年度考评: the year's scores, the Judicial Bureau's weights and adjustments, the report files. */
export const assessmentApi = {
  get: (year: number) => api<Assessment>(`/assessments/${year}`),
  saveWeights: (year: number, body: SaveAssessmentWeights) => api<Assessment>(`/assessments/${year}/weights`, { method: 'PUT', body }),
  adjust: (year: number, body: CreateAssessmentAdjustment) => api<Assessment>(`/assessments/${year}/adjustments`, { method: 'POST', body }),
  docxUrl: (year: number) => apiUrl(`/assessments/${year}/report.docx`),
  xlsxUrl: (year: number) => apiUrl(`/assessments/${year}/report.xlsx`),
};
