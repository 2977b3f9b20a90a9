import type { WorkbenchCounts } from '@rouxing/contracts';
import { api } from './client';

export const workbenchKeys = { counts: ['workbench-counts'] as const };

/** 工作台: the figures of the role's lists, each with the list it counts. */
export const workbenchApi = {
  counts: () => api<WorkbenchCounts>('/workbench/counts'),
};
