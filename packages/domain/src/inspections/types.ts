/**
 * The vocabulary of inspections (常政办发〔2025〕5号 第四项、第十二项、第十三项、第十五项) as the pure rules need it. The string values are
 * those of the inspection contract (`@rouxing/contracts` inspections), where they are defined once: 常规检查 /
 * 双随机抽查 / 触发式检查 / 联合检查（综合查一次）/ 专项检查; the life of a plan (`rejected` and `cancelled` plans never
 * count towards a cap); the grounds on which a plan may exceed the frequency caps with approval (常政办发〔2025〕5号 第十二项).
 */
import type { CREDIT_GRADES, ErrorCode, ExemptionGround } from '@rouxing/contracts';

/** A stable code of an inspection rule's refusal (`@rouxing/contracts` errors/inspections.ts), returned with its sentence. */
export type InspectionRefusalCode = Extract<ErrorCode, `INSPECTION.${string}` | `DRAW.${string}`>;

/** How an exemption ground reads in a message. */
export const EXEMPTION_GROUND_LABELS: Readonly<Record<ExemptionGround, string>> = {
  key_item_rigid: '重点监管事项“刚性查”',
  complaint_clue: '投诉举报线索',
  public_safety_life_health: '涉及公共安全和人民群众生命健康',
  referral: '有关部门移送或上级交办',
  higher_level_special: '上级部署的专项检查',
};

/** The field of an inspection item: safety-production and fire items are never merged (policy 常政办发〔2025〕5号 第四项). */
export type ItemCategory = 'general' | 'safety_production' | 'fire';

/** 信用等级 A (best) … D (worst). */
export type CreditGrade = (typeof CREDIT_GRADES)[number];
