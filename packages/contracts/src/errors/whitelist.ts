import { type ErrorCodeSpec, refusal } from './spec';

/**
 * 白名单 (常政办发〔2025〕5号 第十二项): WHITELIST.*. The register's lifecycle (domain `whitelistStep`) gives each refusal
 * its code; the field path names the rule (`action`, `entityId`).
 */
export const WHITELIST_ERROR_CODES = {
  'WHITELIST.STEP_REFUSED': refusal('白名单申请当前的状态或办理人的职责不允许这一步（部门审核、司法局确认、复核、移出）'),
  'WHITELIST.SELF_APPROVAL': refusal('提出人不能审核自己提出的白名单申请'),
  'WHITELIST.ALREADY_LISTED': refusal('该市场主体已在白名单内或已有待办的白名单申请'),
} as const satisfies Record<string, ErrorCodeSpec>;
