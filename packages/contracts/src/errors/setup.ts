import { type ErrorCodeSpec, refusal } from './spec';

/**
 * Setting a county up (issue 16): DEPARTMENT.*, OFFICER.*, TASK_LIST.*, TRIGGER_RULE.*. A rule's refusal is
 * `refusal('…')` (422); the field path names the field or the rule.
 */
export const SETUP_ERROR_CODES = {
  'DEPARTMENT.OUT_OF_REGION': refusal('只能在本行政区划（GB/T 2260）内设立部门'),
  'DEPARTMENT.UNKNOWN_REGION': refusal('行政区划代码不在GB/T 2260行政区划表中'),
  // 《行政处罚法》第四十二条: 执法人员不得少于两人…应当主动出示执法证件 (常政办发〔2025〕5号 第十五项: 持证执法).
  'OFFICER.CERTIFICATE_INVALID': refusal('执法人员没有有效的行政执法证（未登记或已过期），不得列入检查计划（《行政处罚法》第四十二条）'),
  'TASK_LIST.NOT_JUDICIAL': refusal('“综合查一次”任务清单和触发规则由司法局维护（常政办发〔2025〕5号 第十五项）'),
  'TASK_LIST.ITEM_NOT_MERGEABLE': refusal(
    '安全生产、消防领域的事项和不可合并的事项不得列入“综合查一次”任务清单（常政办发〔2025〕5号 第四项）',
  ),
  'TASK_LIST.ITEM_NOT_PUBLISHED': refusal('未公布的检查事项不得列入任务清单或触发规则'),
  'TASK_LIST.NOTHING_TO_PUBLISH': refusal('任务清单没有待公布的条目'),
  'TRIGGER_RULE.KEY_ITEM': refusal('重点检查事项按固定周期检查，不设触发规则；触发式监管适用于一般事项（常政办发〔2025〕5号 第四项）'),
} as const satisfies Record<string, ErrorCodeSpec>;
