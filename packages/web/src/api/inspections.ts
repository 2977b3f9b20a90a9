import type {
  CheckLocation,
  CheckOutBody,
  CodeView,
  ComplaintItem,
  Entity,
  InspectionCode,
  InspectionItem,
  InspectionMetrics,
  InspectionOfficer,
  InspectionPlan,
  InspectionPlanInput,
  InspectionRatingInput,
  MergeCandidate,
  PublicRandomDraw,
  RandomDrawInput,
  RandomDrawResult,
  TriggeredTask,
} from '@rouxing/contracts';
import { api, apiUrl } from './client';
import type { Page } from './endpoints';

/** A draw as the pages show it (the public fields; the officers by name). */
export type RandomDraw = PublicRandomDraw;

type Location = CheckLocation;

export const inspectionApi = {
  list: (q: { status?: string; page: number; pageSize: number }) => api<Page<InspectionPlan>>('/inspections', { query: q }),
  get: (id: string) => api<InspectionPlan>(`/inspections/${id}`),
  create: (body: InspectionPlanInput) => api<InspectionPlan>('/inspections', { method: 'POST', body }),
  approve: (id: string) => api<InspectionPlan>(`/inspections/${id}/approve`, { method: 'POST', body: {} }),
  reject: (id: string, reason: string) => api<InspectionPlan>(`/inspections/${id}/reject`, { method: 'POST', body: { reason } }),
  checkIn: (id: string, location: Location) => api<InspectionPlan>(`/inspections/${id}/check-in`, { method: 'POST', body: { location } }),
  checkOut: (id: string, body: CheckOutBody) => api<InspectionPlan>(`/inspections/${id}/check-out`, { method: 'POST', body }),
  rate: (id: string, body: InspectionRatingInput) => api<{ rated: true }>(`/inspections/${id}/rating`, { method: 'POST', body }),
  code: (id: string) => api<InspectionCode>(`/inspections/${id}/code`),
  codePng: (id: string) => apiUrl(`/inspections/${id}/code.png`),
  items: () => api<InspectionItem[]>('/inspection-items'),
  officers: () => api<InspectionOfficer[]>('/inspection-officers'),
  searchEntities: (q: string) => api<Page<Entity>>('/entities', { query: { q, pageSize: 20 } }),
  mergeCandidates: (id: string) => api<MergeCandidate[]>(`/inspections/${id}/merge-candidates`),
  merge: (id: string, otherPlanId: string) =>
    api<{ jointGroupId: string }>(`/inspections/${id}/merge`, { method: 'POST', body: { otherPlanId } }),
  metrics: (year: number) => api<InspectionMetrics>('/inspection-metrics', { query: { year } }),
  triggeredTasks: () => api<TriggeredTask[]>('/triggered-tasks'),
  runDraw: (body: RandomDrawInput) => api<RandomDrawResult>('/random-draws', { method: 'POST', body }),
  publicDraws: () => api<PublicRandomDraw[]>('/public/random-draws'),
  complaintItems: () => api<ComplaintItem[]>('/public/complaint-items'),
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
