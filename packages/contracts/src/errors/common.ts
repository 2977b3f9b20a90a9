import type { ErrorCodeSpec } from './spec';

/** Codes that any route may give. */
export const COMMON_ERROR_CODES = {
  VALIDATION: { status: 422, meaning: '输入不符合格式要求；fields 列出每个字段及原因' },
  BAD_REQUEST: { status: 400, meaning: '请求无法解析（不是有效的JSON、multipart 格式错误等）' },
  'AUTH.REQUIRED': { status: 401, meaning: '未登录或会话已过期' },
  'AUTH.BAD_CREDENTIALS': { status: 401, meaning: '用户名或密码错误' },
  'AUTH.LOCKED': { status: 423, meaning: '连续登录失败，账号暂时锁定' },
  'AUTH.FORBIDDEN': { status: 403, meaning: '当前角色没有该操作的权限' },
  'AUTH.PASSWORD_EXPIRED': { status: 403, meaning: '密码已过期，须先修改密码' },
  'AUTH.SECOND_FACTOR_REQUIRED': { status: 401, meaning: '已启用动态验证码的账号须同时输入身份验证器中的6位动态验证码' },
  'AUTH.SECOND_FACTOR_BAD': { status: 401, meaning: '动态验证码不正确或已使用过' },
  'AUTH.SECOND_FACTOR_CODE_WRONG': { status: 422, meaning: '启用动态验证码时输入的验证码不正确' },
  'AUTH.SECOND_FACTOR_STATE': { status: 409, meaning: '动态验证码已启用或尚未设置' },
  NOT_FOUND: { status: 404, meaning: '记录不存在，或不在当前用户的数据范围内（二者不加区分）' },
  CONFLICT: { status: 409, meaning: '与已有记录冲突' },
  'CONFLICT.VERSION': { status: 409, meaning: '记录已被他人修改（乐观锁版本不符），请刷新后重试' },
  'CONFLICT.DUPLICATE': { status: 409, meaning: '同一记录已存在（如统一社会信用代码重复）' },
  'IDEMPOTENCY.MISMATCH': { status: 422, meaning: '同一Idempotency-Key已用于内容不同的提交；请为新的提交使用新的Idempotency-Key' },
  'IDEMPOTENCY.IN_PROGRESS': { status: 409, meaning: '同一提交（Idempotency-Key）仍在处理中，请稍后刷新查看结果' },
  'RULE.REFUSED': { status: 422, meaning: '业务规则不允许该操作（通用；各模块使用更具体的代码）' },
  'CALENDAR.ARRANGEMENT_MISSING': { status: 422, meaning: '期限涉及的年份尚未录入国务院节假日安排，无法按工作日计算' },
  'UPLOAD.TOO_LARGE': { status: 413, meaning: '请求体或文件超过大小限制' },
  'UPLOAD.UNSUPPORTED_TYPE': { status: 415, meaning: '文件类型不受支持（按文件内容判断）' },
  RATE_LIMITED: { status: 429, meaning: '请求过于频繁' },
  'DB.BUSY': { status: 503, meaning: '数据库忙，请稍后重试' },
  INTERNAL: { status: 500, meaning: '服务器内部错误（不含内部细节）' },
} as const satisfies Record<string, ErrorCodeSpec>;
