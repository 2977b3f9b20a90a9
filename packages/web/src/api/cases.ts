import type {
  CaseApplicationInput,
  CaseDetail,
  CasePage,
  CaseQuery,
  CaseStartInput,
  ChoiceBody,
  DeliveryConsent,
  DeliveryProofBody,
  FollowUpAnswerBody,
  FollowUpBody,
  FollowUpRecorded,
  FollowUpView,
  FulfilInput,
  MaterialFields,
  MeasureBody,
  ProposalDecision,
  ServeNoticeBody,
  TerminationBody,
  TodoItem,
} from '@rouxing/contracts';
import { api, apiUrl, uploadForm } from './client';

export type CaseListQuery = CaseQuery;

// The request and reply shapes are the contracts' (`cases.ts`, `case-views.ts`), as the server declares them.
export type { DeliveryProofBody, FollowUpAnswerBody, FollowUpBody, MaterialFields, MeasureBody, ServeNoticeBody, TerminationBody };

const c = (id: string) => `/cases/${encodeURIComponent(id)}`;

/** TanStack Query keys of the cases module. */
export const caseKeys = {
  all: ['cases'] as const,
  list: (q: object) => ['cases', 'list', q] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  todo: ['cases', 'todo'] as const,
  followUps: (q: object) => ['cases', 'follow-ups', q] as const,
};

/**
 * Cases change under several hands at once (officer, party, reviewer): their queries are always
 * refetched when a page opens or the window regains focus, never served stale from the cache.
 */
export const LIVE = { staleTime: 0, refetchOnWindowFocus: true } as const;

/** Every endpoint of `cases.routes.ts` (under `/api/v1`). */
export const caseApi = {
  list: (q: CaseListQuery) => api<CasePage>('/cases', { query: q }),
  get: (id: string) => api<CaseDetail>(c(id)),
  start: (body: CaseStartInput) => api<CaseDetail>('/cases', { method: 'POST', body }),
  serveNotice: (id: string, body: ServeNoticeBody) => api<CaseDetail>(`${c(id)}/notice`, { method: 'POST', body }),
  recordChoice: (id: string, body: ChoiceBody) => api<CaseDetail>(`${c(id)}/choice`, { method: 'POST', body }),
  withdraw: (id: string) => api<CaseDetail>(`${c(id)}/withdraw`, { method: 'POST', body: {} }),
  recordMeasure: (id: string, body: MeasureBody) => api<CaseDetail>(`${c(id)}/measures`, { method: 'POST', body }),
  decideProposal: (id: string, body: ProposalDecision) => api<CaseDetail>(`${c(id)}/proposal`, { method: 'POST', body }),
  fulfil: (id: string, body: FulfilInput) => api<CaseDetail>(`${c(id)}/fulfil`, { method: 'POST', body }),
  complete: (id: string) => api<CaseDetail>(`${c(id)}/complete`, { method: 'POST', body: {} }),
  proposeTermination: (id: string, body: TerminationBody) => api<CaseDetail>(`${c(id)}/termination`, { method: 'POST', body }),
  archive: (id: string) => api<CaseDetail>(`${c(id)}/archive`, { method: 'POST', body: {} }),
  archiveZipUrl: (id: string) => apiUrl(`${c(id)}/archive.zip`),
  uploadMaterial: (id: string, fields: MaterialFields, file: File, onProgress?: (percent: number) => void) =>
    uploadForm<CaseDetail>(
      `${c(id)}/materials`,
      { item: fields.item, measureId: fields.measureId ?? '', note: fields.note },
      file,
      onProgress,
    ),
  materialUrl: (id: string, materialId: string) => apiUrl(`${c(id)}/materials/${encodeURIComponent(materialId)}/file`),
  documentUrl: (documentId: string) => apiUrl(`/case-documents/${encodeURIComponent(documentId)}/file`),
  /** 送达回证: JSON without a file, multipart with one. */
  recordDelivery: (deliveryId: string, body: DeliveryProofBody, file?: File | null) => {
    const path = `/deliveries/${encodeURIComponent(deliveryId)}/proof`;
    return file ? uploadForm<CaseDetail>(path, body, file) : api<CaseDetail>(path, { method: 'POST', body });
  },
  followUps: (q: { open?: boolean } = {}) => api<FollowUpView[]>('/follow-ups', { query: q }),
  recordFollowUp: (visitId: string, body: FollowUpBody) =>
    api<FollowUpRecorded>(`/follow-ups/${encodeURIComponent(visitId)}`, { method: 'POST', body }),
  todo: () => api<TodoItem[]>('/todo'),
};

/** The enterprise portal's endpoints (`/portal/…`); the party reads its cases through `caseApi.list/get`. */
export const portalApi = {
  apply: (body: CaseApplicationInput) => api<CaseDetail>('/portal/cases', { method: 'POST', body }),
  signCommitment: (id: string) => api<CaseDetail>(`/portal/cases/${encodeURIComponent(id)}/commitment/sign`, { method: 'POST', body: {} }),
  receive: (deliveryId: string) =>
    api<CaseDetail>(`/portal/deliveries/${encodeURIComponent(deliveryId)}/receive`, { method: 'POST', body: {} }),
  answerFollowUp: (visitId: string, body: FollowUpAnswerBody) =>
    api<FollowUpRecorded>(`/portal/follow-ups/${encodeURIComponent(visitId)}`, { method: 'POST', body }),
  setConsent: (consent: boolean) => api<DeliveryConsent>('/portal/delivery-consent', { method: 'POST', body: { consent } }),
};

/** Starts a browser download of a same-origin URL (the session cookie goes with it). */
export function download(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
