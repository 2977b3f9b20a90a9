import { z } from 'zod';

/** Roles of SPEC.md §1 and SECURITY.md (three separate administrator powers). */
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

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64, '用户名最多64个字符'),
  password: z.string().min(1, '请输入密码').max(256, '密码最多256个字符'),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const MeSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  permissions: z.array(z.string()),
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
});
export type Me = z.infer<typeof MeSchema>;
