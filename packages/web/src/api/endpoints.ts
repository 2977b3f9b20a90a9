import type {
  AuditEntry,
  AuditQuery,
  Department,
  Entity,
  EntityInput,
  EntityListQuery,
  EntityPersonalData,
  EntityUpdate,
  ImportJob,
  Industry,
  LoginBody,
  Me,
  PasswordChange,
  Region,
  RolePermissions,
  SecondFactorAccount,
  SecondFactorCode,
  SecondFactorPolicy,
  SecondFactorSetup,
  SecurityPolicy,
  User,
  UserCreate,
  UserListQuery,
  UserUpdate,
} from '@rouxing/contracts';
import { api, apiUrl } from './client';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type PersonalData = EntityPersonalData;
export type { RolePermissions, SecurityPolicy };
/** List filters as they travel in the URL and the query string (all optional strings). */
export type EntityFilters = Partial<Record<Exclude<keyof EntityListQuery, 'page' | 'pageSize'>, string>>;
export type AuditFilters = Partial<Record<Exclude<keyof AuditQuery, 'page' | 'pageSize'>, string>>;

/** TanStack Query keys, one place so that invalidation matches. */
export const keys = {
  me: ['me'] as const,
  entities: (q: object) => ['entities', q] as const,
  entity: (id: string) => ['entity', id] as const,
  importJobs: (q: object) => ['import-jobs', q] as const,
  audit: (q: object) => ['audit-log', q] as const,
  users: (q: object) => ['users', q] as const,
  departments: ['departments'] as const,
  industries: ['industries'] as const,
  regions: ['regions'] as const,
  roles: ['security-roles'] as const,
  policy: ['security-policy'] as const,
  secondFactorPolicy: ['second-factor-policy'] as const,
  secondFactorAccounts: ['second-factor-accounts'] as const,
};

export const authApi = {
  login: (body: LoginBody) => api<Me>('/auth/login', { method: 'POST', body }),
  logout: () => api<void>('/auth/logout', { method: 'POST' }),
  me: () => api<Me>('/auth/me'),
  changePassword: (body: PasswordChange) => api<void>('/auth/password', { method: 'POST', body }),
  setUpSecondFactor: () => api<SecondFactorSetup>('/auth/second-factor/setup', { method: 'POST' }),
  enableSecondFactor: (body: SecondFactorCode) => api<Me>('/auth/second-factor/enable', { method: 'POST', body }),
  enrolSecondFactor: (body: LoginBody) => api<SecondFactorSetup>('/auth/second-factor/enrol', { method: 'POST', body }),
};

export const entityApi = {
  list: (q: EntityFilters & { page: number; pageSize: number }) => api<Page<Entity>>('/entities', { query: q }),
  get: (id: string) => api<Entity>(`/entities/${encodeURIComponent(id)}`),
  create: (body: EntityInput) => api<Entity>('/entities', { method: 'POST', body }),
  update: (id: string, body: EntityUpdate) => api<Entity>(`/entities/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  personalData: (id: string, reason: string) =>
    api<PersonalData>(`/entities/${encodeURIComponent(id)}/personal-data`, { query: { reason } }),
  exportUrl: (q: EntityFilters) => apiUrl('/entities/export', q),
};

export const importApi = {
  list: (q: { page: number; pageSize: number }) => api<Page<ImportJob>>('/entity-imports', { query: q }),
};

export const auditApi = {
  list: (q: AuditFilters & { page: number; pageSize: number }) => api<Page<AuditEntry>>('/audit-log', { query: q }),
};

export const userApi = {
  list: (q: UserListQuery) => api<Page<User>>('/users', { query: q }),
  create: (body: UserCreate) => api<User>('/users', { method: 'POST', body }),
  update: (id: string, body: UserUpdate) => api<User>(`/users/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  unlock: (id: string) => api<void>(`/users/${encodeURIComponent(id)}/unlock`, { method: 'POST' }),
};

export const referenceApi = {
  departments: () => api<Department[]>('/departments'),
  industries: () => api<Industry[]>('/reference/industries'),
  regions: () => api<Region[]>('/reference/regions'),
};

export const securityApi = {
  roles: () => api<RolePermissions[]>('/security/roles'),
  policy: () => api<SecurityPolicy>('/security/policy'),
  secondFactorPolicy: () => api<SecondFactorPolicy>('/security/second-factor-policy'),
  setSecondFactorPolicy: (body: SecondFactorPolicy) => api<SecondFactorPolicy>('/security/second-factor-policy', { method: 'PUT', body }),
  secondFactorAccounts: () => api<SecondFactorAccount[]>('/security/second-factor-accounts'),
  resetSecondFactor: (userId: string) => api<void>(`/users/${encodeURIComponent(userId)}/second-factor`, { method: 'DELETE' }),
};
