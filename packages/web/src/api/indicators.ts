import type { Indicator, IndicatorOverview, IndicatorSourceRecord, JointRateVisit } from '@rouxing/contracts';
import { api, apiUrl } from './client';

export const indicatorKeys = {
  overview: (period: string) => ['indicators', 'overview', period] as const,
  records: (key: string, period: string, departmentId: string | null) => ['indicators', 'records', key, period, departmentId] as const,
};

/** 督导考评 indicators: the registry, the overview of a period, the records behind a figure, the .xlsx of the table. */
export const indicatorApi = {
  list: () => api<Indicator[]>('/indicators'),
  overview: (period: string) => api<IndicatorOverview>('/indicators/overview', { query: { period } }),
  records: (key: string, period: string, departmentId: string | null) =>
    api<JointRateVisit[] | IndicatorSourceRecord[]>(`/indicators/${encodeURIComponent(key)}/records`, {
      query: departmentId ? { period, departmentId } : { period },
    }),
  xlsxUrl: (period: string) => apiUrl('/indicators/overview.xlsx', { period }),
};
