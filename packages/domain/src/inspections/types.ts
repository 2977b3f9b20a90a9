/**
 * The vocabulary of inspections (SPEC §4, §12, §13, §15) as the pure rules need it. The string values are
 * those of the inspection contract (`@rouxing/contracts` inspections), so the server passes its rows
 * through unchanged; they are declared here so that the domain does not depend on the wire schemas.
 */
import type { CREDIT_GRADES } from '@rouxing/contracts';

/** 常规检查 / 双随机抽查 / 触发式检查 / 联合检查（综合查一次）/ 专项检查. */
export const INSPECTION_TYPES = ['routine', 'random', 'triggered', 'joint', 'special'] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];

/** The life of a plan; `rejected` and `cancelled` plans never count towards a cap. */
export const PLAN_STATUSES = ['pending_approval', 'approved', 'rejected', 'checked_in', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Grounds on which a plan may exceed the frequency caps, with a reviewer's approval (SPEC §12). */
export const EXEMPTION_GROUNDS = ['complaint_clue', 'public_safety_life_health', 'referral', 'higher_level_special'] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];

/** How an exemption ground reads in a message. */
export const EXEMPTION_GROUND_LABELS: Readonly<Record<ExemptionGround, string>> = {
  complaint_clue: '投诉举报线索',
  public_safety_life_health: '涉及公共安全和人民群众生命健康',
  referral: '有关部门移送或上级交办',
  higher_level_special: '上级部署的专项检查',
};

/** The field of an inspection item: safety-production and fire items are never merged (policy 第四项). */
export type ItemCategory = 'general' | 'safety_production' | 'fire';

/** 信用等级 A (best) … D (worst). */
export type CreditGrade = (typeof CREDIT_GRADES)[number];
