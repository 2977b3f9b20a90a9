import type {
  WhitelistEntry,
  WhitelistEntryState,
  WhitelistHistoryRow,
  WhitelistPropose,
  WhitelistStepAction,
  WhitelistStepBody,
} from '@rouxing/contracts';
import { api } from './client';
import type { Page } from './endpoints';

export type { WhitelistEntry, WhitelistEntryState, WhitelistHistoryRow, WhitelistStepAction };

export const whitelistKeys = {
  all: ['whitelist'] as const,
  history: (id: string) => ['whitelist', 'history', id] as const,
};

/** 白名单 (常政办发〔2025〕5号 第十二项): the register, proposals, steps, history. */
export const whitelistApi = {
  list: (q: { state?: string; q?: string; page: number; pageSize: number }) => api<Page<WhitelistEntry>>('/whitelist', { query: q }),
  propose: (body: WhitelistPropose) => api<WhitelistEntry>('/whitelist', { method: 'POST', body }),
  step: (id: string, body: WhitelistStepBody) => api<WhitelistEntry>(`/whitelist/${id}/steps`, { method: 'POST', body }),
  history: (id: string) => api<WhitelistHistoryRow[]>(`/whitelist/${id}/history`),
};
