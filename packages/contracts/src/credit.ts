/**
 * The vocabulary of credit (信用监管, 常政办发〔2025〕5号 第五项、第十三项) and of issued penalty decisions
 * (行政处罚决定, 常政办发〔2025〕5号 第十一项、第十五项): the wire values that the server, the web and the departments' systems share.
 */
import { z } from 'zod';

/**
 * The kinds of administrative penalty, 行政处罚法 第九条 (in its order). The wire values are English;
 * `PENALTY_KIND_LABELS` gives the statute's words.
 */
export const PENALTY_KINDS = [
  'warning',
  'circulated_criticism',
  'fine',
  'confiscation_of_illegal_gains',
  'confiscation_of_illegal_property',
  'licence_suspension',
  'qualification_downgrade',
  'licence_revocation',
  'business_restriction',
  'suspension_order',
  'closure_order',
  'employment_restriction',
  'detention',
  'other',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];
export const PenaltyKindSchema = z.enum(PENALTY_KINDS, { message: '处罚种类不正确' });

export const PENALTY_KIND_LABELS: Readonly<Record<PenaltyKind, string>> = {
  warning: '警告',
  circulated_criticism: '通报批评',
  fine: '罚款',
  confiscation_of_illegal_gains: '没收违法所得',
  confiscation_of_illegal_property: '没收非法财物',
  licence_suspension: '暂扣许可证件',
  qualification_downgrade: '降低资质等级',
  licence_revocation: '吊销许可证件',
  business_restriction: '限制开展生产经营活动',
  suspension_order: '责令停产停业',
  closure_order: '责令关闭',
  employment_restriction: '限制从业',
  detention: '行政拘留',
  other: '法律、行政法规规定的其他行政处罚',
};

/** 失信信息 by severity (信用修复管理办法, 国家发展改革委令第36号: 轻微、一般、严重). Same values as the publicity calculator's. */
export const CREDIT_SEVERITIES = ['minor', 'general', 'serious'] as const;
export type CreditSeverity = (typeof CREDIT_SEVERITIES)[number];
export const CREDIT_SEVERITY_LABELS: Readonly<Record<CreditSeverity, string>> = {
  minor: '轻微失信',
  general: '一般失信',
  serious: '严重失信',
};

/**
 * Where a credit record stands. `publicized`: on the public credit page; `not_publicized`: a record the
 * rules do not publish (轻微失信 in principle); `repaired`: taken out of publicity by an approved repair;
 * `expired`: the maximum period ended; `withdrawn`: the decision behind it was corrected or revoked
 * (行政处罚法 第四十八条第二款), or an objection found it wrong.
 */
export const CREDIT_RECORD_STATUSES = ['publicized', 'not_publicized', 'repaired', 'expired', 'withdrawn'] as const;
export type CreditRecordStatus = (typeof CREDIT_RECORD_STATUSES)[number];

/** A repair application (信用修复申请) and how it ends. */
export const REPAIR_STATUSES = ['applied', 'approved', 'refused', 'withdrawn'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];

/** An objection (异议申诉): filed, then decided — the record corrected, the objection withdrawn, or the record confirmed. */
export const OBJECTION_STATUSES = ['filed', 'corrected', 'withdrawn', 'confirmed'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/**
 * Why an issued decision became a correction item (纠正"小案重罚""过罚不当", 常政办发〔2025〕5号 第十五项): the rules say it must
 * not be penalised, or its fine lies outside the benchmark range for the facts.
 */
export const CORRECTION_REASONS = ['should_not_penalize', 'outside_benchmark'] as const;
export type CorrectionReason = (typeof CORRECTION_REASONS)[number];

/** A correction item: open until the department corrects the decision or justifies it. Overdue is a flag, not a state. */
export const CORRECTION_ITEM_STATUSES = ['open', 'corrected', 'justified'] as const;
export type CorrectionItemStatus = (typeof CORRECTION_ITEM_STATUSES)[number];

/** 风险等级 of an entity (高/中/低), from its industry and its record. */
export const RISK_LEVEL_LABELS = { high: '高', medium: '中', low: '低' } as const;
