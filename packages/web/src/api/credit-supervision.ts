import type {
  CreditMatrixInput,
  CreditMatrixView,
  CreditProfile,
  SelfInspection,
  SelfInspectionAnswer,
  SelfInspectionDrawResult,
} from '@rouxing/contracts';
import { api } from './client';

const id = (x: string) => encodeURIComponent(x);
type Findings = { compliant: boolean; note: string }[];

/** 信用监管 (常政办发〔2025〕5号 第十三项): the matrix, an entity's credit profile, 承诺式检查 of the department and of the portal. */
export const creditSupervisionApi = {
  matrix: () => api<CreditMatrixView>('/credit-matrix'),
  saveMatrix: (body: CreditMatrixInput) => api<CreditMatrixView>('/credit-matrix', { method: 'PUT', body }),
  profile: (entityId: string) => api<CreditProfile>(`/entities/${id(entityId)}/credit-profile`),
  list: () => api<{ items: SelfInspection[] }>('/self-inspections'),
  create: (body: { entityId: string; itemId: string }) => api<SelfInspection>('/self-inspections', { method: 'POST', body }),
  draw: (body: { share: number; seed?: number }) => api<SelfInspectionDrawResult>('/self-inspection-draws', { method: 'POST', body }),
  verify: (sid: string, findings: Findings) =>
    api<SelfInspection>(`/self-inspections/${id(sid)}/verify`, { method: 'POST', body: { findings } }),
  mine: () => api<{ items: SelfInspection[] }>('/portal/self-inspections'),
  answer: (sid: string, body: SelfInspectionAnswer) =>
    api<SelfInspection>(`/portal/self-inspections/${id(sid)}/answer`, { method: 'POST', body }),
};
export const creditSupervisionKeys = {
  matrix: ['credit-matrix'] as const,
  profile: (entityId: string) => ['credit-profile', entityId] as const,
  list: ['self-inspections'] as const,
  mine: ['self-inspections', 'mine'] as const,
};
