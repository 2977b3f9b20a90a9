import type {
  PersonLookup,
  PersonPersonalData,
  PublicOffsetRule,
  PublicServiceInput,
  PublicServiceVerifyInput,
  PublicServiceView,
} from '@rouxing/contracts';
import { api } from './client';

/** Natural persons as parties (`/persons…`): a look-up by the full 公民身份号码, and the unmasked data (audited). */
export const partyApi = {
  lookup: (idNumber: string) => api<PersonLookup>('/persons/lookup', { method: 'POST', body: { idNumber } }),
  personalData: (id: string, reason: string) =>
    api<PersonPersonalData>(`/persons/${encodeURIComponent(id)}/personal-data`, { query: { reason } }),
};

/** 公益抵罚 carried out: the service on a case (recorded, verified) and the published rules (no login). */
export const publicServiceApi = {
  list: (caseId: string) => api<PublicServiceView[]>(`/cases/${encodeURIComponent(caseId)}/public-service`),
  record: (caseId: string, body: PublicServiceInput) =>
    api<PublicServiceView[]>(`/cases/${encodeURIComponent(caseId)}/public-service`, { method: 'POST', body }),
  verify: (caseId: string, serviceId: string, body: PublicServiceVerifyInput) =>
    api<PublicServiceView[]>(`/cases/${encodeURIComponent(caseId)}/public-service/${encodeURIComponent(serviceId)}/verify`, {
      method: 'POST',
      body,
    }),
  publicRules: () => api<PublicOffsetRule[]>('/public/service-offset-rules'),
};

export const publicServiceKeys = {
  list: (caseId: string) => ['cases', 'public-service', caseId] as const,
  publicRules: ['public-offset-rules'] as const,
};
