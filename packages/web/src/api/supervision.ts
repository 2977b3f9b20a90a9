import type {
  CloseSupervisionTask,
  CreateTrainingSession,
  OpenSupervisionTask,
  ReturnSupervisionTask,
  SupervisionTask,
  SupervisionTaskDetail,
  SupervisionTaskQuery,
  TrainingFigures,
  TrainingSession,
} from '@rouxing/contracts';
import { api, apiUrl, uploadForm } from './client';
import type { Page } from './endpoints';

type Q<T> = Partial<Record<Exclude<keyof T, 'page' | 'pageSize'>, string>> & { page: number; pageSize: number };
const task = (id: string) => `/supervision-tasks/${encodeURIComponent(id)}`;
const session = (id: string) => `/training-sessions/${encodeURIComponent(id)}`;

export const supervisionKeys = {
  tasks: ['supervision-tasks'] as const,
  task: (id: string) => ['supervision-tasks', id] as const,
  training: ['training-sessions'] as const,
};

/** The Judicial Bureau's supervision tasks (督导事项) and the departments' training (业务培训). */
export const supervisionApi = {
  tasks: (q: Q<SupervisionTaskQuery>) => api<Page<SupervisionTask>>('/supervision-tasks', { query: q }),
  task: (id: string) => api<SupervisionTaskDetail>(task(id)),
  open: (body: OpenSupervisionTask) => api<SupervisionTaskDetail>('/supervision-tasks', { method: 'POST', body }),
  answer: (id: string, text: string, file?: File) =>
    file
      ? uploadForm<SupervisionTaskDetail>(`${task(id)}/answer`, { text }, file)
      : api<SupervisionTaskDetail>(`${task(id)}/answer`, { method: 'POST', body: { text } }),
  close: (id: string, body: CloseSupervisionTask) => api<SupervisionTaskDetail>(`${task(id)}/close`, { method: 'POST', body }),
  sendBack: (id: string, body: ReturnSupervisionTask) => api<SupervisionTaskDetail>(`${task(id)}/return`, { method: 'POST', body }),
  materialUrl: (id: string, materialId: string) => apiUrl(`${task(id)}/materials/${encodeURIComponent(materialId)}/file`),
  sessions: (q: { page: number; pageSize: number; year?: string; departmentId?: string }) =>
    api<Page<TrainingSession>>('/training-sessions', { query: q }),
  record: (body: CreateTrainingSession) => api<TrainingSession>('/training-sessions', { method: 'POST', body }),
  addMaterial: (id: string, file: File) => uploadForm<TrainingSession>(`${session(id)}/materials`, {}, file),
  trainingMaterialUrl: (id: string, materialId: string) => apiUrl(`${session(id)}/materials/${encodeURIComponent(materialId)}/file`),
  figures: (year: number) => api<TrainingFigures>('/training-figures', { query: { year: String(year) } }),
  candidates: (departmentId: string) => api<{ id: string; name: string }[]>('/training-candidates', { query: { departmentId } }),
};
