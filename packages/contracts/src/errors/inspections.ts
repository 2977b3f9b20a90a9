import { type ErrorCodeSpec, refusal } from './spec';

/**
 * 入企检查（计划、检查码、报到、综合查一次、双随机抽查、触发式监管）: INSPECTION.*, DRAW.*. A rule's refusal is
 * `refusal('…')` (422); the field path names the rule (`status`, `window`, `frequency.<rule>`, `otherPlanId`,
 * `officers`). An enterprise rating a visit twice is `CONFLICT.DUPLICATE` (409).
 */
export const INSPECTION_ERROR_CODES = {
  // The plan's lifecycle (domain `PLAN_TRANSITIONS`; 常政办发〔2025〕5号 第十五项: 公务入企审批、入企扫码登记).
  'INSPECTION.NOT_PENDING_APPROVAL': refusal('检查计划不在待审批状态，不能批准或不予批准'),
  'INSPECTION.NOT_APPROVED': refusal('检查计划未经批准（紧急检查除外），不得入企检查，也不生成检查码'),
  'INSPECTION.OUTSIDE_WINDOW': refusal('不在批准的检查期限内，不得入企检查'),
  'INSPECTION.NOT_CHECKED_IN': refusal('尚未签到，不能签退'),
  'INSPECTION.NOT_COMPLETED': refusal('检查结束（签退）前，企业不能评价'),
  // The frequency rules (domain `checkPlan`; 常政办发〔2025〕5号 第十二项、第十五项); fields name every rule that refuses.
  'INSPECTION.ROUTINE_CAP': refusal('超出本部门对同一市场主体每年常规检查的次数上限（frequency.routine_cap）'),
  'INSPECTION.WHITELIST_ANNUAL_CAP': refusal('白名单企业“一年最多查一次”（frequency.whitelist_annual_cap）'),
  'INSPECTION.EXEMPTION_REASON_MISSING': refusal('申请豁免检查频次限制未写明具体理由（frequency.exemption_reason_missing）'),
  'INSPECTION.EXEMPTION_NOT_APPROVED': refusal('频次豁免未经审核人员批准（frequency.exemption_not_approved）'),
  'INSPECTION.EXEMPTION_SELF_APPROVED': refusal('检查计划的制定人不能批准自己申请的频次豁免（frequency.exemption_self_approved）'),
  // 综合查一次 (domain `mergeCandidates`; 常政办发〔2025〕5号 第十五项).
  'INSPECTION.NOT_MERGEABLE': refusal('两个检查计划不能合并为联合检查（不同部门、同一主体、期限相近、尚未实施、任务清单列明的事项）'),
  // 双随机一公开 (domain `drawOfficers`; 常政办发〔2025〕5号 第十三项).
  'DRAW.TOO_FEW_OFFICERS': refusal('申报回避后，可随机抽取的执法人员不足两名'),
} as const satisfies Record<string, ErrorCodeSpec>;
