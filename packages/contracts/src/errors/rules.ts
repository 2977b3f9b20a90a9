import { type ErrorCodeSpec, refusal } from './spec';

/**
 * 违法行为事项、不予处罚清单、裁量基准与裁量辅助: RULES.*, LIST.*, BENCHMARK.*, DECISION.*. A rule's refusal is
 * `refusal('…')` (422).
 *
 * The review workflow refuses alike for list versions (LIST.*) and benchmark versions (BENCHMARK.*)
 * (常政办发〔2025〕5号 第1项、第2项; 行政处罚法 第三十四条: 裁量基准应当向社会公布): four eyes, one status at a
 * time, published versions immutable, one open draft per series. A stale `revision` stays
 * `CONFLICT.VERSION` (409).
 */
export const RULES_ERROR_CODES = {
  'LIST.SELF_APPROVAL': refusal('起草人不能审核发布自己起草的清单版本，须由其他审核人员审核（四眼原则）'),
  'LIST.PUBLISHED_IMMUTABLE': refusal('已发布（或已被替代）的清单版本不可更改；须在其基础上新建版本'),
  'LIST.NOT_DRAFT': refusal('只有草稿状态的清单版本可以修改或提交审核'),
  'LIST.NOT_PENDING_REVIEW': refusal('只有待审核的清单版本可以审核发布或退回（须先提交审核）'),
  'LIST.NOT_PUBLISHED': refusal('只能在已发布（或已被替代）的清单版本基础上新建版本'),
  'LIST.OPEN_DRAFT_EXISTS': refusal('该清单已有一个未发布的新版本，须先完成或退回该版本'),
  'BENCHMARK.SELF_APPROVAL': refusal('起草人不能审核发布自己起草的裁量基准版本，须由其他审核人员审核（四眼原则）'),
  'BENCHMARK.PUBLISHED_IMMUTABLE': refusal('已发布（或已被替代）的裁量基准版本不可更改；须在其基础上新建版本'),
  'BENCHMARK.NOT_DRAFT': refusal('只有草稿状态的裁量基准版本可以修改或提交审核'),
  'BENCHMARK.NOT_PENDING_REVIEW': refusal('只有待审核的裁量基准版本可以审核发布或退回（须先提交审核）'),
  'BENCHMARK.NOT_PUBLISHED': refusal('只能在已发布（或已被替代）的裁量基准版本基础上新建版本'),
  'BENCHMARK.OPEN_DRAFT_EXISTS': refusal('该裁量基准已有一个未发布的新版本，须先完成或退回该版本'),
} as const satisfies Record<string, ErrorCodeSpec>;
