import type {
  Campaign,
  CampaignBody,
  CampaignPreview,
  CampaignSent,
  CampaignTargetBody,
  DeliveryConsent,
  FollowUpSetting,
  FollowUpSettingsInput,
  GuidingCase,
  GuidingCaseBody,
  GuidingCaseRef,
  ObservationPeriod,
  ObservationPeriodInput,
  ObservationPeriodRef,
  ObservationStatus,
  OffsetField,
  ReceivedGuidance,
  ServiceOffsetRuleInput,
  ServiceOffsetRuleView,
  TemplateReverted,
  TemplateType,
  TemplateUploaded,
  TemplateVersion,
} from '@rouxing/contracts';
import { api, apiUrl, errorFromResponse, uploadFile } from './client';

// The registers' request and reply shapes are the contracts' (`case-registers.ts`), as the server declares them.
export { CAMPAIGN_MEASURES, type CampaignMeasure } from '@rouxing/contracts';
export type {
  CampaignBody,
  CampaignPreview,
  FollowUpSetting,
  GuidingCase,
  GuidingCaseBody,
  ObservationStatus,
  OffsetField,
  ReceivedGuidance,
  TemplateType,
  TemplateVersion,
};
export type ObservationPeriodRow = ObservationPeriod;
export type ServiceOffsetRule = ServiceOffsetRuleView;
export type ServiceOffsetRuleBody = ServiceOffsetRuleInput;
export type CampaignTarget = CampaignTargetBody;
export type CampaignRow = Campaign;

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
  proposeObservationPeriod: (body: ObservationPeriodInput) => api<ObservationPeriodRef>('/observation-periods', { method: 'POST', body }),
  decideObservationPeriod: (id: string, approve: boolean) =>
    api<ObservationPeriodRef>(`/observation-periods/${encodeURIComponent(id)}/decision`, { method: 'POST', body: { approve } }),

  publishGuidingCase: (caseId: string, body: GuidingCaseBody) =>
    api<GuidingCaseRef>(`/cases/${encodeURIComponent(caseId)}/guiding-case`, { method: 'POST', body }),
  publicGuidingCases: (q: string) => api<GuidingCase[]>('/public/guiding-cases', { query: { q } }),

  templates: () => api<TemplateType[]>('/document-templates'),
  defaultTemplateUrl: (t: string) => apiUrl(`${docType(t)}/default.docx`),
  uploadTemplate: (t: string, file: File) => uploadFile<TemplateUploaded>(docType(t), file),
  revertTemplate: (t: string) => api<TemplateReverted>(`${docType(t)}/revert`, { method: 'POST', body: {} }),

  followUpSettings: () => api<FollowUpSetting[]>('/follow-up-settings'),
  setFollowUpSettings: (body: FollowUpSettingsInput) => api<FollowUpSetting[]>('/follow-up-settings', { method: 'PUT', body }),
  offsetRule: () => api<ServiceOffsetRule | null>('/service-offset-rule'),
  setOffsetRule: (body: ServiceOffsetRuleBody) => api<ServiceOffsetRule | null>('/service-offset-rule', { method: 'PUT', body }),

  campaigns: () => api<CampaignRow[]>('/guidance-campaigns'),
  previewCampaign: (target: CampaignTarget) => api<CampaignPreview>('/guidance-campaigns/preview', { method: 'POST', body: target }),
  sendCampaign: (body: CampaignBody) => api<CampaignSent>('/guidance-campaigns', { method: 'POST', body }),

  myGuidance: () => api<ReceivedGuidance[]>('/portal/guidance'),
  guidanceFileUrl: (id: string) => apiUrl(`/portal/guidance/${encodeURIComponent(id)}/file`),
  consent: () => api<DeliveryConsent>('/portal/delivery-consent'),
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
