import type { Me } from '@rouxing/contracts';

/** Permission names that the console knows (the server decides; the menu only follows). */
export const P = {
  entityRead: 'entity.read',
  entityWrite: 'entity.write',
  entityImport: 'entity.import',
  entityExport: 'entity.export',
  personalDataRead: 'entity.personal_data.read',
  ownEntityRead: 'own_entity.read',
  auditRead: 'audit.read',
  userManage: 'user.manage',
  securityRead: 'security.read',
  decisionEvaluate: 'decision.evaluate',
  rulesRead: 'rules.read',
  rulesDraft: 'rules.draft',
  rulesApprove: 'rules.approve',
  catalogueWrite: 'catalogue.write',
  inspectionPlan: 'inspection.plan',
  inspectionApprove: 'inspection.approve',
  inspectionRead: 'inspection.read',
  /** Run the department's cases, its registers and guidance (officers and reviewers). */
  caseHandle: 'case.handle',
  /** Approve proposals, observation periods, templates and settings of the department (reviewers). */
  caseApprove: 'case.approve',
  /** Read cases and the observation register (department staff; the Judicial Bureau and oversight: the region). */
  caseRead: 'case.read',
  /** The party's own cases and guidance in the portal (enterprise accounts). */
  casePortal: 'case.portal',
} as const;
export type KnownPermission = (typeof P)[keyof typeof P];

export function can(me: Pick<Me, 'permissions'> | null | undefined, permission: string): boolean {
  return !!me && (me.permissions as readonly string[]).includes(permission);
}

/** Staff accounts get the 工作台; an enterprise account (own_entity.read) lands on its cases. */
export function isEnterpriseAccount(me: Pick<Me, 'permissions'> | null | undefined): boolean {
  return can(me, P.ownEntityRead);
}

export function homePath(me: Pick<Me, 'permissions' | 'entityId'> | null | undefined): string {
  return isEnterpriseAccount(me) ? '/portal/cases' : '/';
}

/** i18n key of a permission or audit action (i18next uses '.' for nesting). */
export function codeKey(code: string): string {
  return code.replace(/\./g, '_');
}
