import type {
  Interview,
  InterviewAttendance,
  InterviewCreate,
  InterviewFollowUp,
  InterviewMinutes,
  InterviewSummary,
} from '@rouxing/contracts';
import { api, apiUrl } from './client';

export type { Interview, InterviewFollowUp, InterviewSummary };

const i = (id: string) => `/interviews/${encodeURIComponent(id)}`;

export const interviewKeys = {
  all: ['interviews'] as const,
  list: (caseId?: string) => ['interviews', 'list', caseId ?? null] as const,
  detail: (id: string) => ['interviews', 'detail', id] as const,
};

/** 行政约谈 (常政办发〔2025〕5号 第三项): schedule, 签到表, 笔录, signatures per department, follow-up items. */
export const interviewApi = {
  list: (caseId?: string) => api<InterviewSummary[]>('/interviews', { query: { caseId } }),
  get: (id: string) => api<Interview>(i(id)),
  create: (body: InterviewCreate) => api<Interview>('/interviews', { method: 'POST', body }),
  attendance: (id: string, body: InterviewAttendance) => api<Interview>(`${i(id)}/attendance`, { method: 'PUT', body }),
  minutes: (id: string, body: InterviewMinutes) => api<Interview>(`${i(id)}/minutes`, { method: 'PUT', body }),
  sign: (id: string, minutesSha256: string) => api<Interview>(`${i(id)}/signatures`, { method: 'POST', body: { minutesSha256 } }),
  followUpDone: (followUpId: string, note: string) =>
    api<Interview>(`/interview-follow-ups/${encodeURIComponent(followUpId)}/done`, { method: 'POST', body: { note } }),
  minutesUrl: (id: string) => apiUrl(`${i(id)}/minutes.docx`),
};
