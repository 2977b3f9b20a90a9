import { z } from 'zod';
import { RoleSchema } from './auth';
import { CalendarDateSchema, PageQuerySchema, pageOf, RegionCodeSchema } from './common';

export const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  regionCode: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  certificateNo: z.string().nullable(),
  /** Last day the 行政执法证 is valid. */
  certificateExpiresOn: z.string().nullable(),
  entityUscc: z.string().nullable(),
  active: z.boolean(),
  demo: z.boolean(),
  lockedUntil: z.string().nullable(),
  failedLogins: z.number().int(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

/** Password policy of SECURITY.md: at least 10 characters of at least 3 kinds. */
export const PasswordSchema = z
  .string()
  .min(10, '密码至少10位')
  .max(128, '密码最多128位')
  .refine(
    (p) => [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length >= 3,
    '密码须包含大写字母、小写字母、数字、符号中的至少3类',
  );

export const UserCreateSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, '用户名为3至32位字母、数字、下划线、点或连字符，以字母开头'),
  displayName: z.string().trim().min(1, '请填写姓名').max(50, '姓名最多50个字'),
  roles: z.array(RoleSchema).min(1, '至少选择一个角色'),
  regionCode: RegionCodeSchema,
  departmentId: z.string().uuid('部门标识格式不正确').nullish(),
  /** 执法证号: required for officers. */
  certificateNo: z.string().trim().max(32, '执法证号最多32位').nullish(),
  /** 执法证 valid until (inclusive): required for officers. */
  certificateExpiresOn: CalendarDateSchema.nullish(),
  entityUscc: z.string().trim().nullish(),
  password: PasswordSchema,
});
export type UserCreate = z.infer<typeof UserCreateSchema>;

export const UserUpdateSchema = z.object({
  displayName: z.string().trim().min(1, '请填写姓名').max(50, '姓名最多50个字'),
  roles: z.array(RoleSchema).min(1, '至少选择一个角色'),
  departmentId: z.string().uuid('部门标识格式不正确').nullish(),
  certificateNo: z.string().trim().max(32, '执法证号最多32位').nullish(),
  certificateExpiresOn: CalendarDateSchema.nullish(),
  active: z.boolean(),
});
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

export const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1, '请输入当前密码'),
  newPassword: PasswordSchema,
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

/** The account list's query: a page, and text to find in the username or the name. */
export const UserListQuerySchema = PageQuerySchema.extend({ q: z.string().trim().max(64, '关键词最多64个字').optional() });
export type UserListQuery = z.infer<typeof UserListQuerySchema>;
export const UserPageSchema = pageOf(UserSchema);
