import type { MeasureType } from '@rouxing/contracts';
import { api, apiUrl, errorFromResponse, uploadFile } from './client';

// The registers' request and reply shapes live in the server (`cases/registers.ts`, `cases/campaigns.ts`),
// not in @rouxing/contracts: they are restated here as the server's tests use them.

export type ObservationStatus = 'pending' | 'approved' | 'refused';
export type ObservationPeriodRow = {
  id: string;
  entityId: string;
  entityName: string;
  uscc: string;
  departmentName: string;
  startOn: string;
  endOn: string;
  reason: string;
  status: ObservationStatus;
  proposedByName: string;
  approvedByName: string | null;
  createdAt: string;
};
export type ObservationPeriodBody = { entityId: string; startOn: string; endOn: string; reason: string; noExclusion: true };

export type GuidingCaseBody = { title: string; summary: string; keywords: string[] };
export type GuidingCase = {
  id: string;
  title: string;
  /** GB/T 4754 code of the party's industry. */
  industry: string;
  summary: string;
  body: string;
  keywords: string[];
  departmentName: string;
  publishedAt: string;
};

export type TemplateVersion = {
  id: string;
  docType: string;
  version: number;
  fileName: string;
  uploadedByName: string;
  uploadedAt: string;
  active: boolean;
};
export type TemplateType = { docType: string; title: string; versions: TemplateVersion[]; current: number | null };

export type FollowUpSetting = { measureType: MeasureType; label: string; days: number | null; defaultDays: number | null };
export type OffsetField = 'public_security' | 'transport';
export type ServiceOffsetRule = {
  field: OffsetField;
  yuanPerHour: number;
  capYuan: number | null;
  capPercentOfFine: number | null;
  publishedAt: string;
};
export type ServiceOffsetRuleBody = Omit<ServiceOffsetRule, 'publishedAt'>;

export const CAMPAIGN_MEASURES = ['administrative_reminder', 'administrative_suggestion', 'administrative_guidance'] as const;
export type CampaignMeasure = (typeof CAMPAIGN_MEASURES)[number];
export type CampaignTarget = {
  /** GB/T 4754 prefix, e.g. H62. */
  industryPrefix: string;
  /** A town or street (乡镇、街道), matched in the registered address. */
  area: string;
  complaintItemId: string | null;
  fromCases: boolean;
  sinceDays: number;
};
export type CampaignBody = {
  measureType: CampaignMeasure;
  title: string;
  facts: string;
  content: string;
  legalBasis: string;
  target: CampaignTarget;
};
export type CampaignPreview = { count: number; tooMany: boolean; sample: string[] };
export type CampaignRow = {
  id: string;
  measureType: CampaignMeasure;
  title: string;
  entityCount: number;
  readCount: number;
  createdByName: string;
  createdAt: string;
};
export type ReceivedGuidance = {
  id: string;
  measureType: CampaignMeasure;
  title: string;
  content: string;
  departmentName: string;
  documentNo: string;
  createdAt: string;
  readAt: string | null;
};

/** TanStack Query keys of the registers. */
export const registerKeys = {
  observationPeriods: ['observation-periods'] as const,
  templates: ['document-templates'] as const,
  followUpSettings: ['follow-up-settings'] as const,
  offsetRule: ['service-offset-rule'] as const,
  campaigns: ['guidance-campaigns'] as const,
  myGuidance: ['portal', 'guidance'] as const,
  consent: ['portal', 'delivery-consent'] as const,
  guidingCases: (q: string) => ['public', 'guiding-cases', q] as const,
};

const docType = (t: string) => `/document-templates/${encodeURIComponent(t)}`;

/** The endpoints of `case-registers.routes.ts` (under `/api/v1`). */
export const registerApi = {
  observationPeriods: () => api<ObservationPeriodRow[]>('/observation-periods'),
  proposeObservationPeriod: (body: ObservationPeriodBody) => api<{ id: string }>('/observation-periods', { method: 'POST', body }),
  decideObservationPeriod: (id: string, approve: boolean) =>
    api<{ id: string }>(`/observation-periods/${encodeURIComponent(id)}/decision`, { method: 'POST', body: { approve } }),

  publishGuidingCase: (caseId: string, body: GuidingCaseBody) =>
    api<{ id: string }>(`/cases/${encodeURIComponent(caseId)}/guiding-case`, { method: 'POST', body }),
  publicGuidingCases: (q: string) => api<GuidingCase[]>('/public/guiding-cases', { query: { q } }),

  templates: () => api<TemplateType[]>('/document-templates'),
  defaultTemplateUrl: (t: string) => apiUrl(`${docType(t)}/default.docx`),
  uploadTemplate: (t: string, file: File) => uploadFile<{ id: string; docType: string; version: number }>(docType(t), file),
  revertTemplate: (t: string) => api<{ docType: string; version: null }>(`${docType(t)}/revert`, { method: 'POST', body: {} }),

  followUpSettings: () => api<FollowUpSetting[]>('/follow-up-settings'),
  setFollowUpSettings: (body: Partial<Record<MeasureType, number | null>>) =>
    api<FollowUpSetting[]>('/follow-up-settings', { method: 'PUT', body }),
  offsetRule: () => api<ServiceOffsetRule | null>('/service-offset-rule'),
  setOffsetRule: (body: ServiceOffsetRuleBody) => api<ServiceOffsetRule | null>('/service-offset-rule', { method: 'PUT', body }),

  campaigns: () => api<CampaignRow[]>('/guidance-campaigns'),
  previewCampaign: (target: CampaignTarget) => api<CampaignPreview>('/guidance-campaigns/preview', { method: 'POST', body: target }),
  sendCampaign: (body: CampaignBody) => api<{ id: string; entityCount: number }>('/guidance-campaigns', { method: 'POST', body }),

  myGuidance: () => api<ReceivedGuidance[]>('/portal/guidance'),
  guidanceFileUrl: (id: string) => apiUrl(`/portal/guidance/${encodeURIComponent(id)}/file`),
  consent: () => api<{ consent: boolean }>('/portal/delivery-consent'),
};

/** The file name a `content-disposition` header gives (RFC 6266 `filename*` first), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) {
    return decodeURIComponent(star);
  }
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}

/**
 * Fetches a file and hands it to the browser as a download; resolves once the server has answered, so
 * that what the request changed (a read receipt) can be refetched right after.
 */
export async function fetchDownload(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    throw await errorFromResponse(res);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
