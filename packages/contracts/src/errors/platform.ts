import { type ErrorCodeSpec, refusal } from './spec';

/** 账号、部门、市场主体名录、导入、文书与全过程记录: USER.*, DEPARTMENT.*, ENTITY.*, IMPORT.*, DOCUMENT.*, RECORDS.*. A rule's refusal is `refusal('…')` (422). */
export const PLATFORM_ERROR_CODES = {
  'USER.ROLE_CONFLICT': refusal(
    '角色组合违反权限分离：系统管理员、安全管理员、审计管理员不能兼任，管理员不能兼任业务角色，企业账号不能兼任其他角色（GB/T 22239-2019 三权分立）',
  ),
  'USER.SELF_LOCKOUT': refusal('系统管理员不能停用自己的账号或取消自己的系统管理员角色'),
  'USER.OUT_OF_REGION': refusal('只能在本行政区划内创建账号'),
  'USER.PASSWORD_REUSED': refusal('新密码不能与当前密码相同'),
  'ENTITY.OUT_OF_REGION': refusal('只能登记本辖区的市场主体'),
  'DOCUMENT.PREFIX_MISSING': refusal('部门的机关代字未设置或不正确，不能编制文号（GB/T 9704-2012 7.2.4）'),
} as const satisfies Record<string, ErrorCodeSpec>;
