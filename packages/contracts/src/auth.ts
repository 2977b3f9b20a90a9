import { z } from 'zod';

/** Roles of the platform: the staff, the Judicial Bureau and the oversight bodies of 常政办发〔2025〕5号 保障措施（二）, the enterprises, and the three separate administrator powers of SECURITY.md. */
export const ROLES = [
  'admin', // 系统管理员: users, departments
  'security', // 安全管理员: roles, security policies
  'auditor', // 审计管理员: reads the audit log only
  'officer', // 执法人员
  'reviewer', // 法制审核/部门负责人
  'supervisor', // 司法局
  'oversight', // 市两办、纪委监委、政法委: read-only supervision views
  'enterprise', // 企业/市场主体
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/**
 * Every permission a role may hold (the role table is the domain's `ROLE_PERMISSIONS`). The server checks
 * them in each use case; the web only follows them to show menus and buttons.
 */
export const PERMISSIONS = [
  'entity.read',
  'entity.write',
  'entity.import',
  'entity.export',
  'entity.personal_data.read',
  'own_entity.read',
  'audit.read',
  'user.manage',
  'security.read',
  /** Reset a user's second factor (a lost authenticator) — the security administrator. */
  'security.manage',
  'decision.evaluate',
  /** Read the violation catalogue, lists and benchmarks of the region, published or not. */
  'rules.read',
  /** Draft and submit list and benchmark versions of one's own department. */
  'rules.draft',
  /** Approve (publish) or return list and benchmark versions of one's own department; edit its catalogue items. */
  'rules.approve',
  'catalogue.write',
  /** Plan inspections of one's own department, check in and out. */
  'inspection.plan',
  /** Approve (or refuse) the department's inspection plans before entry. */
  'inspection.approve',
  /** Read inspection plans (own department; the Judicial Bureau: the region). */
  'inspection.read',
  /** Read the enterprises' ratings of inspections (the Judicial Bureau only). */
  'inspection.rating.read',
  /** Set the region's inspection settings (the working days to back-fill an emergency plan's approval; the Judicial Bureau). */
  'inspection.settings',
  /** Read the whitelist register (every department sees it: the cap binds them all). */
  'whitelist.read',
  /** Propose an entity for the whitelist, or its removal, for one's own department. */
  'whitelist.propose',
  /** Approve (or return) the department's whitelist proposals: its reviewer, not the proposer. */
  'whitelist.approve',
  /** Confirm, review, adjust and remove whitelist entries (the Judicial Bureau). */
  'whitelist.confirm',
  /** Run the department's flexible-enforcement cases: start, serve, record measures, deliver, file, archive. */
  'case.handle',
  /** Approve the department's case proposals (不予处罚决定, 公益抵罚, termination), observation periods, templates. */
  'case.approve',
  /** Read cases (own department; the Judicial Bureau and oversight: the region). */
  'case.read',
  /** The party's part in its own cases through the portal (choose, receive, sign, answer, apply). */
  'case.portal',
  /** Enter the State Council's holiday arrangement of a year (the working-day calendar; system administrator). */
  'calendar.manage',
  /** Record and import the department's issued penalty decisions (行政处罚决定); read them. */
  'issued_decision.record',
  /** Read issued decisions and correction items (own department; the Judicial Bureau: the region). */
  'issued_decision.read',
  /** Correct or justify the department's correction items (纠正"小案重罚"). */
  'correction.resolve',
  /** Create and revoke the API keys of a department's case-handling system (its reviewer; the system administrator). */
  'api_key.manage',
  /** Set the working days departments have to answer a correction item (the Judicial Bureau). */
  'correction.configure',
  /** The enterprise: apply for credit repair and file objections for its own entity's credit records (信用修复, 异议申诉). */
  'credit.apply',
  /** Decide the repairs and objections of the department's credit records (its reviewer). */
  'credit.review',
  /** Set the working days departments have to decide an objection (the Judicial Bureau). */
  'credit.configure',
  /** Create, edit and publish the inspection items (检查事项) of one's own department (its reviewer). */
  'inspection.item.manage',
  /** Maintain and publish the 综合查一次 task list and the trigger rules (the Judicial Bureau). */
  'inspection.task_list.manage',
  /** Open supervision tasks (督导) to departments, close or return their answers (the Judicial Bureau). */
  'supervision.manage',
  /** Read supervision tasks (own department; the Judicial Bureau and oversight: the region). */
  'supervision.read',
  /** Answer the department's supervision tasks with text and materials (its reviewer/leader). */
  'supervision.answer',
  /** Record training sessions (业务培训): a department's reviewer for its own; the Judicial Bureau for any. */
  'training.record',
  /** Read training sessions and their figures (own department; the Judicial Bureau and oversight: the region). */
  'training.read',
  /** Build, publish and close surveys (问卷调查), read and export their results (the Judicial Bureau). */
  'survey.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export const PermissionSchema = z.enum(PERMISSIONS);

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64, '用户名最多64个字符'),
  password: z.string().min(1, '请输入密码').max(256, '密码最多256个字符'),
  /** The 6-digit code of the authenticator app (TOTP, RFC 6238), for an account that has enabled it. */
  totp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '动态验证码为6位数字')
    .optional(),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const MeSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  permissions: z.array(PermissionSchema),
  regionCode: z.string(),
  regionName: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  /** 执法证号 of an officer. */
  certificateNo: z.string().nullable(),
  /** The 统一社会信用代码 an enterprise account acts for. */
  entityUscc: z.string().nullable(),
  entityId: z.string().nullable(),
  /** Demo accounts exist only in demo mode and are marked so. */
  demo: z.boolean(),
  lastLoginAt: z.string().nullable(),
  /** The password is older than the policy allows: it must be changed before anything else. */
  passwordExpired: z.boolean(),
  /** The account logs in with a second factor (TOTP) as well as its password. */
  secondFactor: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;

/** A second factor being set up: the secret for the authenticator app, as text and as a QR code. */
export const SecondFactorSetupSchema = z.object({
  secret: z.string().describe('Base32密钥（无法扫码时手工输入）'),
  otpauthUri: z.string(),
  qrDataUrl: z.string().describe('二维码（PNG data URL）'),
});
export type SecondFactorSetup = z.infer<typeof SecondFactorSetupSchema>;

export const SecondFactorCodeSchema = z.object({
  code: z
    .string({ message: '请输入动态验证码' })
    .trim()
    .regex(/^\d{6}$/, '动态验证码为6位数字'),
});
export type SecondFactorCode = z.infer<typeof SecondFactorCodeSchema>;

/**
 * The region's second-factor policy (安全管理员): `requireForStaff` — every staff account must enrol the second
 * factor before it gets a session (the enterprises' accounts and, in demo mode, the demo accounts excepted).
 */
export const SecondFactorPolicySchema = z.object({
  requireForStaff: z.boolean({ message: '请选择是否要求全体工作人员启用动态验证码' }),
});
export type SecondFactorPolicy = z.infer<typeof SecondFactorPolicySchema>;

/** A staff account and whether its second factor is enabled, for the security administrator's list. */
export const SecondFactorAccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  departmentName: z.string().nullable(),
  enabled: z.boolean(),
  demo: z.boolean(),
});
export type SecondFactorAccount = z.infer<typeof SecondFactorAccountSchema>;

/** A role and the permissions it grants (the domain's role table, for the security administrator). */
export const RolePermissionsSchema = z.object({ role: RoleSchema, permissions: z.array(PermissionSchema) });
export type RolePermissions = z.infer<typeof RolePermissionsSchema>;

/** The security policy of SECURITY.md in force (passwords, lock-out, sessions), for the security administrator. */
export const SecurityPolicySchema = z.object({
  /** Minimum password length. */
  passwordMinLength: z.number(),
  /** Minimum number of character classes (upper, lower, digit, symbol) in a password. */
  passwordMinClasses: z.number(),
  /** Failed logins in a row that lock an account. */
  lockoutThreshold: z.number(),
  /** How long a locked account stays locked. */
  lockoutMinutes: z.number(),
  /** A session unused this long expires. */
  sessionIdleMinutes: z.number(),
  /** A session expires this long after login, used or not. */
  sessionAbsoluteHours: z.number(),
  passwordMaxAgeDays: z.number(),
});
export type SecurityPolicy = z.infer<typeof SecurityPolicySchema>;
