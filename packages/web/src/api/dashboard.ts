import type { DashboardCounts } from '@rouxing/contracts';
import { api } from './client';

export const dashboardKeys = { counts: ['dashboard-counts'] as const };

/** 工作台: the figures of the role's lists, each with the list it counts. */
export const dashboardApi = {
  counts: () => api<DashboardCounts>('/dashboard/counts'),
};
