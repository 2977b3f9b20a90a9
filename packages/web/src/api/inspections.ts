import type { CodeView, Entity, InspectionItem, InspectionPlan, InspectionPlanInput, InspectionRatingInput } from '@rouxing/contracts';
import { api, apiUrl } from './client';
import type { Page } from './endpoints';

export type RandomDraw = {
  id: string;
  title: string;
  departmentName: string;
  seed: number;
  industryPrefix: string;
  ratios: Record<string, number>;
  poolSize: number;
  poolFingerprint: string;
  strata: { grade: string; ratio: number; eligible: number; drawn: number }[];
  excluded: { whitelisted: number; atCap: number };
  createdAt: string;
  entries: { seq: number; entityId: string; entityName: string; uscc: string; officerNames: string[] }[];
};

type Location = { latitude: number; longitude: number; accuracy?: number } | null;

export const inspectionApi = {
  list: (q: { status?: string; page: number; pageSize: number }) => api<Page<InspectionPlan>>('/inspections', { query: q }),
  get: (id: string) => api<InspectionPlan>(`/inspections/${id}`),
  create: (body: InspectionPlanInput) => api<InspectionPlan>('/inspections', { method: 'POST', body }),
  approve: (id: string) => api<InspectionPlan>(`/inspections/${id}/approve`, { method: 'POST', body: {} }),
  reject: (id: string, reason: string) => api<InspectionPlan>(`/inspections/${id}/reject`, { method: 'POST', body: { reason } }),
  checkIn: (id: string, location: Location) => api<InspectionPlan>(`/inspections/${id}/check-in`, { method: 'POST', body: { location } }),
  checkOut: (id: string, body: { result: 'no_problem' | 'problems'; findings: string; location: Location }) =>
    api<InspectionPlan>(`/inspections/${id}/check-out`, { method: 'POST', body }),
  rate: (id: string, body: InspectionRatingInput) => api<{ rated: true }>(`/inspections/${id}/rating`, { method: 'POST', body }),
  code: (id: string) => api<{ token: string; url: string }>(`/inspections/${id}/code`),
  codePng: (id: string) => apiUrl(`/inspections/${id}/code.png`),
  items: () => api<InspectionItem[]>('/inspection-items'),
  officers: () => api<{ id: string; displayName: string; certificateNo: string }[]>('/inspection-officers'),
  searchEntities: (q: string) => api<Page<Entity>>('/entities', { query: { q, pageSize: 20 } }),
  mergeCandidates: (id: string) =>
    api<
      {
        planId: string;
        departmentName?: string;
        gapDays: number;
        commonWindow: { from: string; to: string } | null;
        itemIds: string[];
        otherItemIds: string[];
      }[]
    >(`/inspections/${id}/merge-candidates`),
  merge: (id: string, otherPlanId: string) =>
    api<{ jointGroupId: string }>(`/inspections/${id}/merge`, { method: 'POST', body: { otherPlanId } }),
  metrics: (year: number) =>
    api<{
      year: number;
      visits: number;
      jointVisits: number;
      foodDrugCatering: { visits: number; jointVisits: number; jointRate: number; target: number };
      inspectedEntities: number;
      visitsPerEntity: number;
      repeatedInspectionsPrevented: number;
      exemptionsUsed: number;
    }>('/inspection-metrics', { query: { year } }),
  triggeredTasks: () =>
    api<{ id: string; entityId: string; entityName: string; itemName: string; signals: number; status: string; createdAt: string }[]>(
      '/triggered-tasks',
    ),
  runDraw: (body: { title: string; industryPrefix: string; seed?: number; ratios: Record<'A' | 'B' | 'C' | 'D', number> }) =>
    api<RandomDraw>('/random-draws', { method: 'POST', body }),
  publicDraws: () => api<RandomDraw[]>('/public/random-draws'),
  complaintItems: () => api<{ id: string; name: string; departmentName: string }[]>('/public/complaint-items'),
  viewCode: (token: string) => api<CodeView>(`/public/inspection-codes/${encodeURIComponent(token)}`),
};

/** The phone's position when it gives it (check-in works without it). */
export function currentLocation(): Promise<Location> {
  return new Promise((resolve) => {
    if (!globalThis.navigator?.geolocation) {
      resolve(null);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy }),
      () => resolve(null),
      { timeout: 5000, maximumAge: 60_000 },
    );
  });
}
