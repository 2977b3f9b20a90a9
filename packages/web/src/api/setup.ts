import type {
  Department,
  DepartmentInput,
  InspectionItemInput,
  ManagedInspectionItem,
  SetupStatus,
  TaskListEntry,
  TaskListEntryInput,
  TriggerRule,
  TriggerRuleInput,
} from '@rouxing/contracts';
import { api } from './client';

export type { ManagedInspectionItem, SetupStatus, TaskListEntry, TriggerRule };

export const setupKeys = {
  departments: ['departments'] as const,
  items: ['managed-inspection-items'] as const,
  taskList: ['joint-task-list'] as const,
  triggerRules: ['trigger-rules'] as const,
  status: ['setup-status'] as const,
};

/** Setting a county up: departments, inspection items, the 综合查一次 task list, trigger rules, what is missing. */
export const setupApi = {
  createDepartment: (body: DepartmentInput) => api<Department>('/departments', { method: 'POST', body }),
  updateDepartment: (id: string, body: DepartmentInput) =>
    api<Department>(`/departments/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  items: () => api<ManagedInspectionItem[]>('/managed-inspection-items'),
  createItem: (body: InspectionItemInput) => api<ManagedInspectionItem>('/managed-inspection-items', { method: 'POST', body }),
  updateItem: (id: string, version: number, item: InspectionItemInput) =>
    api<ManagedInspectionItem>(`/managed-inspection-items/${encodeURIComponent(id)}`, { method: 'PUT', body: { version, item } }),
  publishItem: (id: string) =>
    api<ManagedInspectionItem>(`/managed-inspection-items/${encodeURIComponent(id)}/publish`, { method: 'POST' }),
  taskList: () => api<TaskListEntry[]>('/joint-task-list'),
  addTaskListEntry: (body: TaskListEntryInput) => api<TaskListEntry[]>('/joint-task-list/entries', { method: 'POST', body }),
  removeTaskListEntry: (body: TaskListEntryInput) => api<TaskListEntry[]>('/joint-task-list/entries/remove', { method: 'POST', body }),
  publishTaskList: () => api<TaskListEntry[]>('/joint-task-list/publish', { method: 'POST' }),
  triggerRules: () => api<TriggerRule[]>('/trigger-rules'),
  createTriggerRule: (body: TriggerRuleInput) => api<TriggerRule>('/trigger-rules', { method: 'POST', body }),
  updateTriggerRule: (id: string, body: TriggerRuleInput) =>
    api<TriggerRule>(`/trigger-rules/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  status: () => api<SetupStatus>('/setup-status'),
};
