/**
 * Roles, permissions and data scope (SECURITY.md "Access control", GB/T 22239-2019 §8.1.4.2).
 * Pure: the server asks these functions in every use case, not only the UI.
 */
import { PERMISSIONS, type Permission, type Role } from '@rouxing/contracts';

/**
 * Least privilege. The three administrator powers are separate (等保2.0 三权分立): the system
 * administrator manages users and departments, the security administrator reads roles and policies and
 * resets a lost second factor, the audit administrator reads the audit log and nothing else.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['user.manage', 'calendar.manage', 'api_key.manage'],
  security: ['security.read', 'security.manage'],
  auditor: ['audit.read'],
  officer: [
    'entity.read',
    'entity.write',
    'entity.import',
    'entity.export',
    'entity.personal_data.read',
    'decision.evaluate',
    'rules.read',
    'rules.draft',
    'inspection.plan',
    'inspection.read',
    'case.handle',
    'case.read',
    'issued_decision.record',
    'issued_decision.read',
    'whitelist.read',
    'whitelist.propose',
  ],
  reviewer: [
    'entity.read',
    'entity.write',
    'entity.import',
    'entity.export',
    'entity.personal_data.read',
    'decision.evaluate',
    'rules.read',
    'rules.draft',
    'rules.approve',
    'catalogue.write',
    'inspection.plan',
    'inspection.approve',
    'inspection.read',
    'inspection.item.manage',
    'case.handle',
    'case.approve',
    'case.read',
    'issued_decision.record',
    'issued_decision.read',
    'correction.resolve',
    'credit.review',
    'api_key.manage',
    'whitelist.read',
    'whitelist.propose',
    'whitelist.approve',
    'supervision.read',
    'supervision.answer',
    'training.record',
    'training.read',
  ],
  supervisor: [
    'entity.read',
    'entity.export',
    'decision.evaluate',
    'rules.read',
    'inspection.read',
    'inspection.rating.read',
    'inspection.task_list.manage',
    'case.read',
    'issued_decision.read',
    'correction.configure',
    'credit.configure',
    'whitelist.read',
    'whitelist.confirm',
    'inspection.settings',
    'supervision.manage',
    'supervision.read',
    'training.record',
    'training.read',
    'survey.manage',
  ],
  oversight: ['entity.read', 'rules.read', 'inspection.read', 'case.read', 'whitelist.read', 'supervision.read', 'training.read'],
  enterprise: ['own_entity.read', 'case.portal', 'credit.apply'],
};

export const ADMIN_ROLES: readonly Role[] = ['admin', 'security', 'auditor'];

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of roles) {
    for (const p of ROLE_PERMISSIONS[r] ?? []) {
      set.add(p);
    }
  }
  return PERMISSIONS.filter((p) => set.has(p));
}

export type RoleSetProblem = {
  field: 'roles' | 'departmentId' | 'certificateNo' | 'certificateExpiresOn' | 'entityUscc';
  message: string;
  /** `USER.ROLE_CONFLICT`: the roles break the separation of duties; `VALIDATION`: a field the roles require is missing. */
  code: 'USER.ROLE_CONFLICT' | 'VALIDATION';
};

const CONFLICT = 'USER.ROLE_CONFLICT';

/**
 * The problems of a role assignment, or an empty list. Separation of duties (GB/T 22239-2019 8.1.4.2, 三权分立):
 * no account holds two of the three administrator powers, nor an administrator power together with a
 * business role; an enterprise account acts only for its entity.
 */
export function roleSetProblems(input: {
  roles: readonly Role[];
  departmentId?: string | null;
  certificateNo?: string | null;
  certificateExpiresOn?: string | null;
  entityUscc?: string | null;
}): RoleSetProblem[] {
  const problems: RoleSetProblem[] = [];
  const admin = input.roles.filter((r) => ADMIN_ROLES.includes(r));
  if (admin.length > 1) {
    problems.push({ field: 'roles', message: '系统管理员、安全管理员、审计管理员的权限必须分离，不能由同一账号兼任', code: CONFLICT });
  }
  if (admin.length > 0 && input.roles.length > admin.length) {
    problems.push({ field: 'roles', message: '管理员账号不能同时拥有业务角色', code: CONFLICT });
  }
  if (input.roles.includes('enterprise') && input.roles.length > 1) {
    problems.push({ field: 'roles', message: '企业账号不能兼任其他角色', code: CONFLICT });
  }
  if (input.roles.includes('enterprise') && !input.entityUscc) {
    problems.push({ field: 'entityUscc', message: '企业账号须关联统一社会信用代码', code: 'VALIDATION' });
  }
  if ((input.roles.includes('officer') || input.roles.includes('reviewer')) && !input.departmentId) {
    problems.push({ field: 'departmentId', message: '执法人员和法制审核人员须属于一个部门', code: 'VALIDATION' });
  }
  if (input.roles.includes('officer') && !input.certificateNo) {
    problems.push({ field: 'certificateNo', message: '执法人员须填写执法证号', code: 'VALIDATION' });
  }
  if (input.roles.includes('officer') && !input.certificateExpiresOn) {
    problems.push({ field: 'certificateExpiresOn', message: '执法人员须填写执法证有效期', code: 'VALIDATION' });
  }
  return problems;
}

/** Who is asking: the parts of a session that scope decisions. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  regionCode: string;
  departmentId: string | null;
  entityUscc: string | null;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/**
 * Region-scoped records (entities, published lists, benchmarks, inspection items): any department of
 * the region reads them; an enterprise reads only its own entity.
 */
export function canSeeEntity(actor: Actor, entity: { regionCode: string; uscc: string }): boolean {
  if (actor.regionCode !== entity.regionCode) {
    return false;
  }
  if (can(actor, 'entity.read')) {
    return true;
  }
  return can(actor, 'own_entity.read') && actor.entityUscc === entity.uscc;
}

/**
 * Department-scoped records (cases, documents, evidence, inspection plans, imports…): the owning
 * department (its officers and reviewers), the departments of a joint action, and the Judicial
 * Bureau (supervisor) of the same region.
 */
export function canSeeDepartmentRecord(actor: Actor, record: { regionCode: string; departmentIds: readonly (string | null)[] }): boolean {
  if (actor.regionCode !== record.regionCode) {
    return false;
  }
  if (actor.roles.includes('supervisor')) {
    return true;
  }
  return actor.departmentId !== null && record.departmentIds.includes(actor.departmentId);
}

/**
 * A password older than the policy's maximum age must be changed before anything else (SECURITY.md
 * "Identity and sessions": 90 days; GB/T 22239-2019 §8.1.4.1 身份鉴别 口令定期更换). Demo accounts — demo
 * mode only, their password published in the README — are exempt.
 */
export function passwordExpired(account: { passwordChangedAt: string; demo: boolean }, maxAgeDays: number, now: Date): boolean {
  return !account.demo && now.getTime() - new Date(account.passwordChangedAt).getTime() > maxAgeDays * 86_400_000;
}
